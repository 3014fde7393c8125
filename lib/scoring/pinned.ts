import type { LanguageEvidence, SearchableText } from '../schema/analysis';
import type { PinnedRepo } from '../schema/profile';
import { type Findings, found, popularity, popularityNote, repositoryLocation } from './findings';
import { mentionsIn, skillsImpliedByLanguage, skillsOfLanguage } from './vocabulary-index';
import { SIGNAL_VALUES } from './values';

/** Evidence from the repositories pinned on the profile page (the page-only view of a person's work). */

const isContributed = (repo: PinnedRepo) => repo.name.includes('/');
const isGist = (repo: PinnedRepo) => repo.kind === 'gist';

export function pinnedLocation(repo: PinnedRepo): string {
  return isGist(repo) ? `gist:${repo.url}` : repositoryLocation(repo.url);
}

function repoLabel(repo: PinnedRepo): string {
  if (isGist(repo)) return `pinned gist ${repo.owner}/${repo.name}`;
  return isContributed(repo) ? `pinned repository ${repo.name} (contributed, not owned)` : `pinned repository ${repo.owner}/${repo.name}`;
}

function repoPopularity(repo: PinnedRepo): number {
  return isGist(repo) ? 0 : popularity(repo.stars ?? 0, repo.forks ?? 0);
}

/** A contributed project's stars are mostly other people's work: they count half toward a skill. */
function creditedPopularity(repo: PinnedRepo): number {
  return isContributed(repo) ? repoPopularity(repo) / 2 : repoPopularity(repo);
}

function languageValue(repo: PinnedRepo): number {
  if (isGist(repo)) return SIGNAL_VALUES.gistLanguage;
  const base = isContributed(repo) ? SIGNAL_VALUES.contributedRepoLanguage : SIGNAL_VALUES.ownRepoLanguage;
  return base + creditedPopularity(repo);
}

function textValue(repo: PinnedRepo): number {
  return isGist(repo) ? SIGNAL_VALUES.gistText : SIGNAL_VALUES.repoText + creditedPopularity(repo);
}

/** Name and description on separate lines so context never leaks from one into the other. */
const searchableText = (repo: PinnedRepo) => `${repo.name}\n${repo.description ?? ''}`;

export interface PinnedOutput {
  texts: SearchableText[];
  languages: LanguageEvidence[];
}

export function addPinnedFindings(repo: PinnedRepo, findings: Findings, output: PinnedOutput): void {
  const at = { where: repoLabel(repo), url: repo.url };
  const location = pinnedLocation(repo);
  const language = repo.language;
  const languageQuote = `language: ${language}${popularityNote(repo.stars, repo.forks)}`;
  for (const skill of skillsOfLanguage(language)) {
    findings.addForSkill(skill.id, found(location, 'pinned-language', { ...at, quote: languageQuote, value: languageValue(repo) }));
  }
  const text = searchableText(repo);
  for (const { skill, excerpt } of mentionsIn(text)) {
    findings.addForSkill(skill.id, found(location, 'pinned-repo', { ...at, quote: excerpt, value: textValue(repo) }));
  }
  if (!isGist(repo)) {
    for (const skill of skillsImpliedByLanguage(language)) {
      const quote = `language: ${language} (${skill.impliedByLanguages!.note}, indirect)`;
      findings.addForSkill(skill.id, found(location, 'pinned-language', { ...at, quote, value: SIGNAL_VALUES.impliedByLanguage }));
    }
    findings.addForSignal('public-repositories', publicRepoEvidence(repo, location, at));
  }
  output.texts.push({ location, source: 'pinned-repo', ...at, text, value: textValue(repo) });
  if (language) output.languages.push({ location, source: 'pinned-language', ...at, quote: languageQuote, value: languageValue(repo), language });
}

function publicRepoEvidence(repo: PinnedRepo, location: string, at: { where: string; url: string }) {
  const contributed = isContributed(repo);
  const base = contributed ? SIGNAL_VALUES.contributedRepo : SIGNAL_VALUES.ownPublicRepo;
  const what = contributed ? 'contributes to a public repository' : 'public repository';
  // Full popularity here: having work accepted into a widely used project is the open-source signal.
  const quote = `${what}${popularityNote(repo.stars, repo.forks)}`;
  return found(location, 'pinned-repo', { ...at, quote, value: base + repoPopularity(repo) });
}

export function countsAsPinnedRepository(repo: PinnedRepo): boolean {
  return !isGist(repo);
}
