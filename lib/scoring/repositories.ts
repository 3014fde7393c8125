import type { LanguageEvidence, SearchableText } from '../schema/analysis';
import type { Repository } from '../schema/profile';
import {
  type Findings,
  compareText,
  formatCount,
  found,
  popularity,
  popularityNote,
  repositoryLocation,
  saturating,
  urlWithQuery,
  yearMonth,
} from './findings';
import type { Skill } from './skills';
import { languageKey, languageShows, mentionsIn, skillsImpliedByLanguage, skillsInSlug, skillsOfLanguage, slugToWords } from './vocabulary-index';
import { SIGNAL_VALUES } from './values';

/**
 * Evidence from every public repository the REST API listed. Each repository gets a weight in
 * 0..1 (kind × recency × size); a language is one piece of evidence across all its repositories,
 * and names, descriptions and topics are evidence per repository.
 */

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

export function kindFactor(repo: Pick<Repository, 'isFork' | 'archived'>): number {
  return (repo.isFork ? SIGNAL_VALUES.forkedRepository : 1) * (repo.archived ? SIGNAL_VALUES.archivedRepository : 1);
}

/** Halves every repositoryHalfLifeYears before the capture; measured from capturedAt, never from now. */
export function recencyFactor(pushedAt: string | undefined, capturedAtMs: number): number {
  const pushedMs = pushedAt === undefined ? NaN : Date.parse(pushedAt);
  if (Number.isNaN(pushedMs) || Number.isNaN(capturedAtMs)) return SIGNAL_VALUES.repositoryRecencyUnknown;
  const ageYears = Math.max(0, capturedAtMs - pushedMs) / YEAR_MS;
  return Math.max(SIGNAL_VALUES.repositoryRecencyFloor, 0.5 ** (ageYears / SIGNAL_VALUES.repositoryHalfLifeYears));
}

/** Logarithmic in the size: 1 KB and 10 MB differ, 5 MB and 10 MB hardly. */
export function sizeFactor(sizeKb: number | undefined): number {
  const { repositorySizeFloor: floor, repositorySizeDecades: decades } = SIGNAL_VALUES;
  const scaled = sizeKb === undefined ? SIGNAL_VALUES.repositorySizeUnknown : Math.min(1, Math.log10(1 + sizeKb) / decades);
  return floor + (1 - floor) * scaled;
}

function repositoryWeight(repo: Repository, capturedAtMs: number): number {
  return kindFactor(repo) * recencyFactor(repo.pushedAt, capturedAtMs) * sizeFactor(repo.sizeKb);
}

interface WeightedRepository {
  repo: Repository;
  location: string;
  weight: number;
}

interface LanguageShare {
  language: string;
  originals: number;
  forks: number;
  weight: number;
  stars: number;
  forksOfOriginals: number;
  latestPush?: string;
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

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function addRepositoryFindings(repositories: readonly Repository[], context: RepositoryContext): void {
  // Sorted so sums of weights never depend on the order the API listed them in.
  const weighted = repositories
    .map((repo) => ({ repo, location: repositoryLocation(repo.url), weight: repositoryWeight(repo, context.capturedAtMs) }))
    .sort((a, b) => compareText(a.location, b.location));
  const originals = weighted.filter(({ repo }) => !repo.isFork);
  for (const share of languageShares(weighted)) addLanguageShare(share, originals.length, context);
  for (const item of weighted) addRepositoryItem(item, context);
  if (originals.length > 0) addPublicRepositories(originals, weighted.length - originals.length, context);
}

function languageShares(weighted: readonly WeightedRepository[]): LanguageShare[] {
  const shares = new Map<string, LanguageShare>();
  for (const { repo, weight } of weighted) {
    if (!repo.language) continue;
    const key = languageKey(repo.language);
    let share = shares.get(key);
    if (!share) shares.set(key, (share = { language: repo.language, originals: 0, forks: 0, weight: 0, stars: 0, forksOfOriginals: 0 }));
    share.weight += weight;
    share.latestPush = later(share.latestPush, repo.pushedAt);
    if (repo.isFork) share.forks += 1;
    else {
      share.originals += 1;
      share.stars += repo.stars;
      share.forksOfOriginals += repo.forks;
    }
  }
  return [...shares.values()].sort((a, b) => compareText(languageKey(a.language), languageKey(b.language)));
}

function shareQuote(share: LanguageShare, originalCount: number): string {
  const latest = share.latestPush ? `, latest push ${yearMonth(share.latestPush)}` : '';
  if (share.originals === 0) return `${share.language} only in ${plural(share.forks, 'forked repository', 'forked repositories')}${latest}`;
  const percent = Math.round((100 * share.originals) / originalCount);
  const forks = share.forks > 0 ? ` (+${plural(share.forks, 'fork', 'forks')})` : '';
  const stars = popularityNote(share.stars, share.forksOfOriginals);
  return `${share.language} in ${share.originals} of ${originalCount} original repositories (${percent}%)${forks}${latest}${stars}`;
}

function addLanguageShare(share: LanguageShare, originalCount: number, { profileUrl, findings, output }: RepositoryContext): void {
  const location = `language:${languageKey(share.language)}`;
  const at = {
    where: `public repositories in ${share.language}`,
    url: urlWithQuery(profileUrl, { tab: 'repositories', language: share.language.toLowerCase() }),
  };
  const quote = shareQuote(share, originalCount);
  const { languageShareMax, languageShareScale, impliedShareMax } = SIGNAL_VALUES;
  const value = saturating(languageShareMax, languageShareScale, share.weight) + popularity(share.stars, share.forksOfOriginals);
  if (!isMeaningful(value)) return;
  for (const skill of skillsOfLanguage(share.language)) findings.addForSkill(skill.id, found(location, 'repository-language', { ...at, quote, value }));
  const impliedValue = saturating(impliedShareMax, languageShareScale, share.weight);
  for (const skill of isMeaningful(impliedValue) ? skillsImpliedByLanguage(share.language) : []) {
    const impliedQuote = `${quote} (${skill.impliedByLanguages!.note}, indirect)`;
    findings.addForSkill(skill.id, found(location, 'repository-language', { ...at, quote: impliedQuote, value: impliedValue }));
  }
  output.languages.push({ location, source: 'repository-language', ...at, quote, value, language: share.language });
}

const isMeaningful = (value: number) => value >= SIGNAL_VALUES.repositoryEvidenceMin;

function repositoryLabel(repo: Repository): string {
  const notes = [repo.isFork ? 'fork' : '', repo.archived ? 'archived' : '', repo.pushedAt ? `pushed ${yearMonth(repo.pushedAt)}` : ''].filter(Boolean);
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

function addRepositoryItem({ repo, location, weight }: WeightedRepository, { findings, output }: RepositoryContext): void {
  const at = { where: repositoryLabel(repo), url: repo.url };
  const stars = popularity(repo.stars, repo.forks) * weight;
  const textValue = SIGNAL_VALUES.repositoryText * weight + stars;
  const topicValue = SIGNAL_VALUES.repositoryTopic * weight + stars;
  // The topic value is the larger: below the minimum, nothing this repository says counts.
  if (!isMeaningful(topicValue)) return;
  for (const [skill, reading] of readingsOf(repo)) {
    // The language share already counts this repository for the skill.
    if (languageShows(repo.language, skill)) continue;
    const value = reading.topic ? topicValue : textValue;
    if (isMeaningful(value)) findings.addForSkill(skill.id, found(location, reading.topic ? 'repository-topic' : 'repository', { ...at, quote: reading.quote, value }));
  }
  addSearchableTexts(repo, { location, ...at, textValue, topicValue }, output);
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

function addPublicRepositories(originals: readonly WeightedRepository[], forkCount: number, { profileUrl, findings }: RepositoryContext): void {
  const weight = originals.reduce((sum, { weight }) => sum + weight, 0);
  const stars = originals.reduce((sum, { repo }) => sum + repo.stars, 0);
  const forks = originals.reduce((sum, { repo }) => sum + repo.forks, 0);
  const latest = originals.reduce<string | undefined>((max, { repo }) => later(max, repo.pushedAt), undefined);
  const { publicRepositoriesMax, publicRepositoriesScale } = SIGNAL_VALUES;
  const parts = [
    plural(originals.length, 'original public repository', 'original public repositories'),
    forkCount > 0 ? ` (+${plural(forkCount, 'fork', 'forks')})` : '',
    stars > 0 ? `, ${formatCount(stars)} stars received` : '',
    latest ? `, latest push ${yearMonth(latest)}` : '',
  ];
  findings.addForSignal(
    'public-repositories',
    found('repositories', 'repositories', {
      quote: parts.join(''),
      where: 'public repositories',
      url: urlWithQuery(profileUrl, { tab: 'repositories' }),
      value: saturating(publicRepositoriesMax, publicRepositoriesScale, weight) + popularity(stars, forks),
    }),
  );
}
