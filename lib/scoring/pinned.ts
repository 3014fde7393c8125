import type { LanguageEvidence, SearchableText } from '../schema/analysis';
import type { PinnedRepo } from '../schema/profile';
import { type Findings, adoption, found, popularityNote, repositoryLocation } from './findings';
import { mentionsIn, skillsOfLanguage } from './vocabulary-index';
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

/** Stars do not make a pinned repository more Go: skill values come from the work alone. */
function languageValue(repo: PinnedRepo): number {
  if (isGist(repo)) return SIGNAL_VALUES.gistLanguage;
  return isContributed(repo) ? SIGNAL_VALUES.contributedRepoLanguage : SIGNAL_VALUES.ownRepoLanguage;
}

function textValue(repo: PinnedRepo): number {
  return isGist(repo) ? SIGNAL_VALUES.gistText : SIGNAL_VALUES.repoText;
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
  const languageQuote = `language: ${language}`;
  for (const skill of skillsOfLanguage(language)) {
    findings.addForSkill(skill.id, found(location, 'pinned-language', { ...at, quote: languageQuote, value: languageValue(repo) }));
  }
  const text = searchableText(repo);
  for (const { skill, excerpt } of mentionsIn(text)) {
    findings.addForSkill(skill.id, found(location, 'pinned-repo', { ...at, quote: excerpt, value: textValue(repo) }));
  }
  if (!isGist(repo)) {
    findings.addForSignal('public-repositories', publicRepoEvidence(repo, location, at));
    if (!isContributed(repo)) addPinnedAdoption(repo, location, at, findings);
  }
  output.texts.push({ location, source: 'pinned-repo', ...at, text, value: textValue(repo) });
  if (language) output.languages.push({ location, source: 'pinned-language', ...at, quote: languageQuote, value: languageValue(repo), language });
}

function publicRepoEvidence(repo: PinnedRepo, location: string, at: { where: string; url: string }) {
  const contributed = isContributed(repo);
  const value = contributed ? SIGNAL_VALUES.contributedRepo : SIGNAL_VALUES.ownPublicRepo;
  const quote = contributed ? 'contributes to a public repository' : 'public repository';
  return found(location, 'pinned-repo', { ...at, quote, value });
}

/** Others starring and forking the person's own pinned repository: adoption, for open source only. */
function addPinnedAdoption(repo: PinnedRepo, location: string, at: { where: string; url: string }, findings: Findings): void {
  const value = adoption(repo.stars ?? 0, repo.forks ?? 0);
  if (value <= 0) return;
  findings.addForSignal('adoption', found(`adoption:${location}`, 'adoption', { ...at, quote: `used by others${popularityNote(repo.stars, repo.forks)}`, value }));
}

export function countsAsPinnedRepository(repo: PinnedRepo): boolean {
  return !isGist(repo);
}
