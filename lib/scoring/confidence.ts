import type { Coverage, ProfileAnalysis } from '../schema/analysis';
import { TOKEN_ADDS } from '../sites/github/api/describe';
import { SITE_LABELS } from '../schema/profile';
import type { Confidence, EvidenceSource } from '../schema/score';

/**
 * How much was known, said honestly: high only when the whole repository list was read and most
 * points come from the person's work itself; a page-only capture is at most medium; a profile with
 * nothing public is "low — no public work". Each level comes with what would raise it.
 */

export interface Assessed {
  confidence: Confidence;
  confidenceReasons: string[];
  raiseConfidence: string[];
}

export const NO_PUBLIC_WORK = 'low — no public work';

/** Sources that are the work itself, as opposed to what a person says about it or who follows them. */
const DIRECT_SOURCES: ReadonlySet<EvidenceSource> = new Set<EvidenceSource>([
  'repository-language',
  'repository-contents',
  'repository-topic',
  'repository',
  'repositories',
  'adoption',
  'merged-pull-request',
  'contributed-repository',
  'pinned-language',
  'pinned-repo',
  'stackoverflow-tag',
  'stackoverflow-answers',
]);

export const isDirect = (source: EvidenceSource) => DIRECT_SOURCES.has(source);

const noun = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

interface GithubLevel {
  /** 0 (nothing) to 4 (full picture): the scale every site's coverage uses, so linked profiles add up. */
  known: number;
  reasons: string[];
  raise: string[];
}

/** Work of the person's on other people's code: merged pull requests, commits, forks they changed. */
function hasOthersWork(coverage: Coverage): boolean {
  return (coverage.pullRequestRepositories ?? 0) > 0 || (coverage.contributedRepositories ?? 0) > 0 || (coverage.changedForks ?? 0) > 0;
}

function githubLevel(coverage: Coverage): GithubLevel {
  const { repositories, repositoriesAtLimit, pinnedRepositories: pinned, originalRepositories } = coverage;
  if (repositories === undefined) {
    const reasons = [pinned > 0 ? `page only: ${noun(pinned, 'pinned repository', 'pinned repositories')}, the repository list was not read` : 'page only: no pinned repositories, the repository list was not read'];
    return { known: pinned >= 3 ? 2 : pinned > 0 ? 1 : 0, reasons, raise: ['the repository list from GitHub’s API (read after a capture; see the API status above)'] };
  }
  const originals = originalRepositories ?? repositories;
  if (originals === 0 && !hasOthersWork(coverage)) {
    const forks = repositories > 0 ? ` (${noun(repositories, 'fork', 'forks')} of others’ work, unchanged)` : '';
    return { known: 0, reasons: [`${NO_PUBLIC_WORK}: no original public repositories${forks}`], raise: ['public work to judge: a portfolio or code samples, or another profile of theirs (GitLab, Stack Overflow) linked to this person'] };
  }
  const read = repositoriesAtLimit
    ? `the first ${repositories} public repositories read (there may be more)`
    : `${repositories === 1 ? 'the one public repository' : `all ${repositories} public repositories`} read (${originals} original)`;
  const contents = (coverage.contentsRead ?? 0) > 0 ? [`languages by size and files at HEAD of ${noun(coverage.contentsRead!, 'repository', 'repositories')} read`] : [];
  const raise = (coverage.contentsRead ?? 0) > 0 ? [] : [`${TOKEN_ADDS} Set one in Options.`];
  return { known: repositoriesAtLimit ? 3 : 4, reasons: [read, ...contents], raise };
}

const confidenceOfKnown = (known: number): Confidence => (known >= 4 ? 'high' : known >= 2 ? 'medium' : 'low');

/** A different number for every coverage that assesses differently (counts are at most a few hundred). */
function coverageKey(coverage: Coverage): number {
  const flags = (coverage.repositoriesAtLimit ? 4 : 0) + ((coverage.contentsRead ?? 0) > 0 ? 2 : 0) + (hasOthersWork(coverage) ? 1 : 0);
  return (((coverage.repositories ?? -1) + 1) * 1_000 + (coverage.originalRepositories ?? -1) + 1) * 128 + coverage.pinnedRepositories * 8 + flags;
}

/** Coverage takes few distinct values: each is assessed once, not once per candidate. */
const assessedGithub = new Map<number, GithubLevel>();
const assessedAlone = new Map<number, Assessed>();

function githubLevelCached(coverage: Coverage, key = coverageKey(coverage)): GithubLevel {
  let level = assessedGithub.get(key);
  if (!level) assessedGithub.set(key, (level = githubLevel(coverage)));
  return level;
}

/**
 * The confidence of one result. `directShare` is the share of its points that came from the work
 * itself: a high coverage whose points mostly come from a bio or a README is only medium.
 * Results share the reason lists of a cached assessment: treat them as read-only.
 */
export function confidenceOf({ coverage, siteCoverage }: Pick<ProfileAnalysis, 'coverage' | 'siteCoverage'>, directShare: number): Assessed {
  if (coverage && siteCoverage.length === 0) {
    // One GitHub profile, the common case in a re-score of thousands.
    const key = coverageKey(coverage) * 2 + (directShare < 0.5 ? 1 : 0);
    let assessed = assessedAlone.get(key);
    if (!assessed) assessedAlone.set(key, (assessed = combine([{ site: 'GitHub', ...githubLevelCached(coverage) }], directShare)));
    return assessed;
  }
  const parts = [
    ...(coverage ? [{ site: 'GitHub', ...githubLevelCached(coverage) }] : []),
    ...siteCoverage.map((entry) => ({ site: SITE_LABELS[entry.site], known: entry.known, reasons: entry.reasons, raise: [] as string[] })),
  ];
  return combine(parts, directShare);
}

function combine(parts: readonly (GithubLevel & { site: string })[], directShare: number): Assessed {
  if (parts.length === 0) return { confidence: 'low', confidenceReasons: ['nothing was read'], raiseConfidence: [] };
  const labelled = parts.length > 1;
  const known = parts.reduce((sum, part) => sum + part.known, 0);
  const reasons = parts.flatMap((part) => part.reasons.map((reason) => (labelled ? `${part.site}: ${reason}` : reason)));
  const raise = parts.flatMap((part) => part.raise);
  let confidence = confidenceOfKnown(known);
  if (confidence === 'high' && directShare < 0.5) {
    confidence = 'medium';
    reasons.push('most points come from what the person writes about themselves, not from their work');
  }
  return { confidence, confidenceReasons: reasons, raiseConfidence: confidence === 'high' ? [] : raise };
}
