import type { LanguageEvidence, SearchableText } from '../schema/analysis';
import type { Repository } from '../schema/profile';
import { type Findings, adoption, compareText, formatCount, found, repositoryLocation, saturating, urlWithQuery, yearMonth } from './findings';
import type { Skill } from './skills';
import { getSkill } from './skills';
import { languageKey, languageShows, mentionsIn, skillsInSlug, skillsOfLanguage, slugToWords } from './vocabulary-index';
import { SIGNAL_VALUES } from './values';

/**
 * Evidence from every public repository the API listed. Skill comes from the person's own work:
 * how much code in a language, across how many repositories, over how long, how recently, and
 * how much it looks like production work. Stars and forks by others are adoption, evidence for
 * open source only. A fork is someone else's work unless the person pushed to it after forking.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365.25 * DAY_MS;

/** A fork counts only for what the person changed: pushed to more than a day after forking. */
export function isChangedFork(repo: Pick<Repository, 'isFork' | 'createdAt' | 'pushedAt'>): boolean {
  if (!repo.isFork) return false;
  const created = Date.parse(repo.createdAt ?? '');
  const pushed = Date.parse(repo.pushedAt ?? '');
  return pushed - created > DAY_MS;
}

export function kindFactor(repo: Pick<Repository, 'isFork' | 'archived' | 'createdAt' | 'pushedAt'>): number {
  const kind = !repo.isFork ? 1 : isChangedFork(repo) ? SIGNAL_VALUES.changedFork : 0;
  return kind * (repo.archived ? SIGNAL_VALUES.archivedRepository : 1);
}

/** Halves every repositoryHalfLifeYears before the capture; measured from capturedAt, never from now. */
export function recencyFactor(pushedAt: string | undefined, capturedAtMs: number): number {
  const pushedMs = pushedAt === undefined ? NaN : Date.parse(pushedAt);
  if (Number.isNaN(pushedMs) || Number.isNaN(capturedAtMs)) return SIGNAL_VALUES.repositoryRecencyUnknown;
  const ageYears = Math.max(0, capturedAtMs - pushedMs) / YEAR_MS;
  return Math.max(SIGNAL_VALUES.repositoryRecencyFloor, 0.5 ** (ageYears / SIGNAL_VALUES.repositoryHalfLifeYears));
}

/** Logarithmic in the amount of code: 1 KB and 1 MB differ a lot, 5 MB and 10 MB hardly. Unknown: a middling credit. */
export function codeFactor(kb: number | undefined): number {
  const { codeSizeDecades, codeSizeFloor, codeSizeUnknown } = SIGNAL_VALUES;
  if (kb === undefined) return codeSizeUnknown;
  return Math.max(codeSizeFloor, Math.min(1, Math.log10(1 + kb) / codeSizeDecades));
}

/** What marks the repository as production work, when its files were read; undefined when not read. */
export function productionMarks(repo: Pick<Repository, 'files' | 'releases'>): string[] | undefined {
  const { files, releases } = repo;
  if (!files) return undefined;
  const marks: string[] = [];
  if (files.goModule && (files.goDependencies ?? 0) > 0) marks.push(`go.mod with ${plural(files.goDependencies!, 'dependency', 'dependencies')}`);
  if (files.tests) marks.push('tests');
  if (files.ciConfig) marks.push('CI config');
  if (files.dockerfile) marks.push('Dockerfile');
  if (files.kubernetes) marks.push('Kubernetes manifests');
  if ((releases ?? 0) > 0) marks.push(plural(releases!, 'release', 'releases'));
  return marks;
}

export function productionFactor(repo: Pick<Repository, 'files' | 'releases'>): number {
  const marks = productionMarks(repo);
  if (!marks) return SIGNAL_VALUES.productionUnknown;
  return SIGNAL_VALUES.productionBase + SIGNAL_VALUES.productionMarkValue * Math.min(5, marks.length);
}

/** Each language of the repository with its code in KB: measured bytes, or an estimate for the main language (undefined: size unknown). */
export function codeByLanguage(repo: Repository): { language: string; kb: number | undefined; measured: boolean }[] {
  if (repo.languages?.length) return measuredLanguages(repo.languages);
  if (!repo.language) return [];
  return [{ language: repo.language, kb: estimatedCodeKb(repo), measured: false }];
}

/** The REST size holds history and assets: a share of it, capped, stands for the main language's code. */
function estimatedCodeKb(repo: Pick<Repository, 'sizeKb'>): number | undefined {
  if (repo.sizeKb === undefined) return undefined;
  return Math.min(SIGNAL_VALUES.mainLanguageMaxKb, repo.sizeKb * SIGNAL_VALUES.mainLanguageShareOfSize);
}

/** All the code a repository holds, in KB: what its words about a skill stand on. */
function totalCodeKb(repo: Repository): number | undefined {
  return repo.languages?.length ? repo.languages.reduce((sum, { bytes }) => sum + bytes, 0) / 1024 : estimatedCodeKb(repo);
}

/**
 * A language is part of a repository's work when it holds at least a tenth of the code, or 50 KB:
 * a 2 KB build script in Shell or a Dockerfile beside 400 KB of Go is not work in Shell.
 */
function measuredLanguages(languages: NonNullable<Repository['languages']>): { language: string; kb: number; measured: true }[] {
  const total = languages.reduce((sum, { bytes }) => sum + bytes, 0);
  const { secondaryLanguageShare, secondaryLanguageBytes } = SIGNAL_VALUES;
  return languages
    .filter(({ bytes }) => bytes >= secondaryLanguageShare * total || bytes >= secondaryLanguageBytes)
    .map(({ name, bytes }) => ({ language: name, kb: bytes / 1024, measured: true }));
}

interface WeightedRepository {
  repo: Repository;
  location: string;
  /** kind × recency: 0 for an unchanged fork. */
  weight: number;
  production: number;
}

/** One language across the person's repositories. */
interface LanguageWork {
  language: string;
  originals: number;
  changedForks: number;
  kb: number;
  /** Repositories in it whose size is unknown (GitLab projects). */
  unsized: number;
  measured: boolean;
  /** Σ weight × code × production: what the value grows with. */
  code: number;
  firstCreated?: string;
  latestPush?: string;
  /** Repositories in the language with production marks, by mark. */
  marks: Map<string, number>;
}

export interface RepositoryOutput {
  texts: SearchableText[];
  languages: LanguageEvidence[];
}

export interface RepositoryContext {
  profileUrl: string;
  capturedAtMs: number;
  findings: Findings;
  output: RepositoryOutput;
}

/** What was read, for coverage and for saying what a missing requirement looked at. */
export interface RepositorySummary {
  originals: number;
  forks: number;
  changedForks: number;
  /** The languages with most code, largest first. */
  mainLanguages: string[];
  /** Repositories whose files at HEAD were read. */
  contentsRead: number;
  /** True when languages were measured in bytes (GraphQL). */
  measuredLanguages: boolean;
}

const earlier = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a <= b ? a : b);
const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);
const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;
const isMeaningful = (value: number) => value >= SIGNAL_VALUES.repositoryEvidenceMin;

export function addRepositoryFindings(repositories: readonly Repository[], context: RepositoryContext): RepositorySummary {
  // Sorted so sums never depend on the order the API listed them in.
  const weighted = repositories
    .map((repo) => ({
      repo,
      location: repositoryLocation(repo.url),
      weight: kindFactor(repo) * recencyFactor(repo.pushedAt, context.capturedAtMs),
      production: productionFactor(repo),
    }))
    .sort((a, b) => compareText(a.location, b.location));
  const originals = weighted.filter(({ repo }) => !repo.isFork);
  const work = languageWork(weighted);
  for (const language of work) addLanguageWork(language, originals.length, context);
  for (const item of weighted) if (item.weight > 0) addRepositoryItem(item, context);
  if (originals.length > 0) {
    addPublicRepositories(originals, weighted.length - originals.length, context);
    addAdoption(originals, context);
  }
  return {
    originals: originals.length,
    forks: weighted.length - originals.length,
    changedForks: weighted.filter(({ repo }) => isChangedFork(repo)).length,
    mainLanguages: [...work].sort((a, b) => b.code - a.code).slice(0, 5).map((language) => language.language),
    contentsRead: repositories.filter((repo) => repo.files).length,
    measuredLanguages: work.some((language) => language.measured),
  };
}

// ---- languages: the code itself --------------------------------------------------------

/** Under this, a language in a repository is a config file or a script, not work in the language. */
const COUNTED_KB = 1;

function languageWork(weighted: readonly WeightedRepository[]): LanguageWork[] {
  const byKey = new Map<string, LanguageWork>();
  for (const { repo, weight, production } of weighted) {
    if (weight === 0) continue;
    const marks = productionMarks(repo) ?? [];
    for (const { language, kb, measured } of codeByLanguage(repo)) {
      const key = languageKey(language);
      let work = byKey.get(key);
      if (!work) byKey.set(key, (work = { language, originals: 0, changedForks: 0, kb: 0, unsized: 0, measured: false, code: 0, marks: new Map() }));
      work.code += weight * codeFactor(kb) * production;
      work.measured ||= measured;
      if (kb !== undefined && kb < COUNTED_KB && measured) continue;
      if (kb === undefined) work.unsized += 1;
      else work.kb += kb;
      if (repo.isFork) work.changedForks += 1;
      else work.originals += 1;
      work.firstCreated = earlier(work.firstCreated, repo.createdAt ?? repo.pushedAt);
      work.latestPush = later(work.latestPush, repo.pushedAt);
      for (const mark of marks) work.marks.set(markKind(mark), (work.marks.get(markKind(mark)) ?? 0) + 1);
    }
  }
  return [...byKey.values()].sort((a, b) => compareText(languageKey(a.language), languageKey(b.language)));
}

/** "go.mod with 3 dependencies" and "go.mod with 12 dependencies" are one kind of mark. */
const markKind = (mark: string) => mark.replace(/ with \d.*$/, ' with dependencies').replace(/^\d[\d.k]* releases?$/, 'releases');

/** Work in a language over years shows more than a burst in one month. */
export function continuity(firstCreated: string | undefined, latestPush: string | undefined): number {
  const span = Date.parse(latestPush ?? '') - Date.parse(firstCreated ?? '');
  const years = Number.isNaN(span) ? 0 : Math.max(0, span) / YEAR_MS;
  const { continuityFloor, continuityYears } = SIGNAL_VALUES;
  return continuityFloor + (1 - continuityFloor) * Math.min(1, years / continuityYears);
}

function formatKb(kb: number): string {
  if (kb >= 1024) return `${(kb / 1024).toFixed(kb >= 10 * 1024 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(kb))} KB`;
}

function sizeNote(work: LanguageWork): string {
  if (work.unsized > 0 && work.kb === 0) return 'size unknown';
  return `about ${formatKb(work.kb)}${work.unsized > 0 ? `, ${work.unsized} more of unknown size` : ''}`;
}

function amountQuote(work: LanguageWork, originalCount: number): string {
  const forks = plural(work.changedForks, 'fork', 'forks');
  if (work.originals === 0) return `${work.language} only in ${forks} changed after forking (${sizeNote(work)})`;
  const repositories = `${work.originals} of ${plural(originalCount, 'original repository', 'original repositories')}`;
  const forkNote = work.changedForks > 0 ? ` (+${forks} changed after forking)` : '';
  if (work.measured && work.unsized === 0) return `${formatKb(work.kb)} of ${work.language} in ${repositories}${forkNote}`;
  return `${work.language} is the main language of ${repositories}${forkNote} (${sizeNote(work)})`;
}

function workQuote(work: LanguageWork, originalCount: number): string {
  const amount = amountQuote(work, originalCount);
  const span = work.firstCreated && work.latestPush ? `, ${yearMonth(work.firstCreated)} to ${yearMonth(work.latestPush)}` : '';
  const marks = [...work.marks].map(([mark, count]) => `${mark} in ${count}`);
  return `${amount}${span}${marks.length > 0 ? `; ${marks.join(', ')}` : ''}`;
}

function addLanguageWork(work: LanguageWork, originalCount: number, { profileUrl, findings, output }: RepositoryContext): void {
  if (work.originals + work.changedForks === 0) return;
  const location = `language:${languageKey(work.language)}`;
  const at = {
    where: `public repositories in ${work.language}`,
    url: urlWithQuery(profileUrl, { tab: 'repositories', language: work.language.toLowerCase() }),
  };
  const quote = workQuote(work, originalCount);
  const value = saturating(SIGNAL_VALUES.languageMax, SIGNAL_VALUES.languageScale, work.code) * continuity(work.firstCreated, work.latestPush);
  if (!isMeaningful(value)) return;
  for (const skill of skillsOfLanguage(work.language)) findings.addForSkill(skill.id, found(location, 'repository-language', { ...at, quote, value }));
  output.languages.push({ location, source: 'repository-language', ...at, quote, value, language: work.language });
}

// ---- one repository: what it says and what it holds -------------------------------------

function repositoryLabel(repo: Repository): string {
  const notes = [repo.isFork ? 'fork, changed after forking' : '', repo.archived ? 'archived' : '', repo.pushedAt ? `pushed ${yearMonth(repo.pushedAt)}` : ''].filter(Boolean);
  return `repository ${repo.owner}/${repo.name}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

interface Reading {
  quote: string;
  topic: boolean;
}

/** Per skill, the best reading of a repository: a topic, else its description, else its name. */
function readingsOf(repo: Repository): Map<Skill, Reading> {
  const readings = new Map<Skill, Reading>();
  const add = (skill: Skill, reading: Reading) => {
    if (!readings.has(skill)) readings.set(skill, reading);
  };
  for (const topic of repo.topics) for (const skill of skillsInSlug(topic)) add(skill, { quote: `topic: ${topic}`, topic: true });
  for (const { skill, excerpt } of repo.description ? mentionsIn(repo.description) : []) add(skill, { quote: excerpt, topic: false });
  for (const skill of skillsInSlug(repo.name)) add(skill, { quote: `name: ${repo.name}`, topic: false });
  return readings;
}

/** Skills a file at HEAD shows directly: a Dockerfile is Docker work, a workflow is CI. */
const SKILLS_OF_FILES: readonly { has: (files: NonNullable<Repository['files']>) => boolean; skill: string; quote: string }[] = [
  { has: (files) => files.dockerfile, skill: 'docker', quote: 'Dockerfile at HEAD' },
  { has: (files) => files.kubernetes, skill: 'kubernetes', quote: 'Kubernetes manifests or Helm chart at HEAD' },
  { has: (files) => files.ciConfig, skill: 'ci-cd', quote: 'CI pipeline config at HEAD' },
  { has: (files) => files.tests, skill: 'testing', quote: 'tests at HEAD' },
];

function addRepositoryItem({ repo, location, weight }: WeightedRepository, { findings, output }: RepositoryContext): void {
  const at = { where: repositoryLabel(repo), url: repo.url };
  // A description of a concurrent job scheduler says more with 5 MB of code behind it than with 5 KB.
  const substance = 0.5 + 0.5 * codeFactor(totalCodeKb(repo));
  const textValue = SIGNAL_VALUES.repositoryText * weight * substance;
  const topicValue = SIGNAL_VALUES.repositoryTopic * weight * substance;
  for (const [skill, reading] of readingsOf(repo)) {
    // The language's code already counts this repository for the skill.
    if (languageShows(repo.language, skill)) continue;
    const value = reading.topic ? topicValue : textValue;
    if (isMeaningful(value)) findings.addForSkill(skill.id, found(location, reading.topic ? 'repository-topic' : 'repository', { ...at, quote: reading.quote, value }));
  }
  addContents(repo, { location, ...at, weight }, findings);
  addSearchableTexts(repo, { location, ...at, textValue, topicValue }, output);
}

/** Production marks as evidence for the repository's languages, and the files that are skills themselves. */
function addContents(repo: Repository, { location, where, url, weight }: { location: string; where: string; url: string; weight: number }, findings: Findings): void {
  const marks = productionMarks(repo);
  if (!marks || marks.length === 0 || !repo.files) return;
  const value = SIGNAL_VALUES.repositoryContents * weight * Math.min(1, marks.length / 3);
  if (isMeaningful(value)) {
    const quote = `production marks: ${marks.join(', ')}`;
    const languages = new Set(codeByLanguage(repo).filter(({ kb }) => kb === undefined || kb >= COUNTED_KB).map(({ language }) => language));
    for (const language of languages) for (const skill of skillsOfLanguage(language)) findings.addForSkill(skill.id, found(`contents:${location}`, 'repository-contents', { where, url, quote, value }));
  }
  const fileValue = SIGNAL_VALUES.repositoryTopic * weight;
  for (const { has, skill, quote } of SKILLS_OF_FILES) {
    if (has(repo.files) && getSkill(skill) && isMeaningful(fileValue)) findings.addForSkill(skill, found(location, 'repository-contents', { where, url, quote, value: fileValue }));
  }
}

/** Description, topics and name apart, so a recruiter's term is quoted from the one it matched. */
function addSearchableTexts(
  repo: Repository,
  { location, where, url, textValue, topicValue }: { location: string; where: string; url: string; textValue: number; topicValue: number },
  output: RepositoryOutput,
): void {
  const language = repo.language;
  const add = (source: 'repository' | 'repository-topic', text: string, value: number, quote?: string) => {
    if (isMeaningful(value)) output.texts.push({ location, source, where, url, value, text, quote, language });
  };
  if (repo.description) add('repository', repo.description, textValue);
  if (repo.topics.length > 0) add('repository-topic', `topics: ${repo.topics.join(', ')}`, topicValue);
  add('repository', slugToWords(repo.name), textValue, `name: ${repo.name}`);
}

// ---- open source: own projects in the open, and others using them -------------------------

function addPublicRepositories(originals: readonly WeightedRepository[], forkCount: number, { profileUrl, findings }: RepositoryContext): void {
  const body = originals.reduce((sum, { repo, weight }) => sum + weight * codeFactor(totalCodeKb(repo)), 0);
  const latest = originals.reduce<string | undefined>((max, { repo }) => later(max, repo.pushedAt), undefined);
  const parts = [
    plural(originals.length, 'original public repository', 'original public repositories'),
    forkCount > 0 ? ` (+${plural(forkCount, 'fork', 'forks')})` : '',
    latest ? `, latest push ${yearMonth(latest)}` : '',
  ];
  const value = saturating(SIGNAL_VALUES.publicRepositoriesMax, SIGNAL_VALUES.publicRepositoriesScale, body);
  if (!isMeaningful(value)) return;
  findings.addForSignal(
    'public-repositories',
    found('repositories', 'repositories', { quote: parts.join(''), where: 'public repositories', url: urlWithQuery(profileUrl, { tab: 'repositories' }), value }),
  );
}

function addAdoption(originals: readonly WeightedRepository[], { profileUrl, findings }: RepositoryContext): void {
  const stars = originals.reduce((sum, { repo }) => sum + repo.stars, 0);
  const forks = originals.reduce((sum, { repo }) => sum + repo.forks, 0);
  const value = adoption(stars, forks);
  if (!isMeaningful(value)) return;
  const most = [...originals].sort((a, b) => b.repo.stars - a.repo.stars || compareText(a.location, b.location))[0]!.repo;
  const counts = [stars > 0 ? plural(stars, 'star', 'stars') : '', forks > 0 ? plural(forks, 'fork', 'forks') : ''].filter(Boolean).join(' and ');
  const mostUsed = most.stars > 0 ? ` (most: ${most.name}, ${plural(most.stars, 'star', 'stars')})` : '';
  findings.addForSignal(
    'adoption',
    found('adoption', 'adoption', {
      quote: `${counts} by others on ${plural(originals.length, 'original repository', 'original repositories')}${mostUsed}`,
      where: 'adoption of own projects',
      url: urlWithQuery(profileUrl, { tab: 'repositories', sort: 'stargazers' }),
      value,
    }),
  );
}
