import { ENRICHMENT_TTL_MS, type ApiFailureKind, type Enrichment, type EnrichmentFailure, type RateLimitState } from '../../../schema/enrichment';
import { EXAMINED_REPOSITORIES } from './graphql-query';

/** For the panel and Options: what setting a GitHub token adds to what is read without one. */
export const TOKEN_ADDS = `A GitHub token adds each repository’s languages by size and its releases, what the ${EXAMINED_REPOSITORIES} most recently pushed original repositories hold (go.mod and its modules, a Dockerfile, Kubernetes files, CI, tests), and the person’s commits of the last year to other people’s projects.`;

const WHAT_WENT_WRONG: Record<ApiFailureKind, string> = {
  'not-found': 'GitHub’s API does not know this user (renamed or deleted?).',
  unauthorized: 'GitHub refused your access token.',
  forbidden: 'GitHub refused the request (HTTP 403).',
  'rate-limited': 'The GitHub API request limit is used up for now.',
  server: 'GitHub’s API is having trouble.',
  offline: 'GitHub’s API could not be reached (offline?).',
  malformed: 'GitHub’s API sent a response that could not be read.',
};

/** One plain paragraph: what went wrong, what the score is missing, when it is tried again. */
export function describeFailure(enrichment: Enrichment, failure: EnrichmentFailure): string {
  const cause = WHAT_WENT_WRONG[failure.kind];
  const retry = failure.kind === 'unauthorized' ? 'Fix or clear the token in Options, then press Refresh.' : retryText(failure.retryAt);
  return `${cause} ${missingText(enrichment, failure)} ${retry}`;
}

function missingText(enrichment: Enrichment, failure: EnrichmentFailure): string {
  if (!enrichment.fetchedAt) return 'The score uses the profile page only, without repositories, organizations or merged pull requests.';
  const kept = `the API data from ${formatTime(enrichment.fetchedAt)}`;
  if (failure.missing.includes('repositories')) return `The score keeps ${kept}.`;
  return `Not read this time: ${failure.missing.join(' and ')}; the score keeps ${kept}.`;
}

function retryText(retryAt: string | undefined): string {
  return retryAt ? `It is tried again when you open this profile after ${formatTime(retryAt)}, or press Refresh.` : 'Press Refresh to try again.';
}

/** "From the GitHub API: 7 repositories, 2 organizations, merged pull requests in 3 other projects." */
export function describeEnrichment(enrichment: Enrichment): string | undefined {
  if (!enrichment.fetchedAt) return undefined;
  const parts = [
    count(enrichment.repositories?.length ?? 0, 'repository', 'repositories') + (enrichment.repositoriesAtLimit ? ' (most recent)' : ''),
    count(enrichment.organizations?.length ?? 0, 'organization', 'organizations'),
  ];
  const pulls = enrichment.mergedPullRequests;
  if (pulls) parts.push(pulls.length ? `merged pull requests in ${count(pulls.length, 'other project', 'other projects')}` : 'no merged pull requests to other projects');
  const others = enrichment.contributionsByRepository?.filter((contribution) => contribution.othersRepository).length;
  if (others) parts.push(`commits in the last year to ${count(others, 'other project', 'other projects')}`);
  return `From the GitHub API: ${parts.join(', ')}.`;
}

/** "Checked 5 min ago; kept for 24 h before asking GitHub again." */
export function describeFreshness(enrichment: Enrichment, now: Date): string {
  const ttlHours = Math.round(ENRICHMENT_TTL_MS / 3_600_000);
  return `Checked ${ago(enrichment.checkedAt, now)}; kept for ${ttlHours} h before asking GitHub again.`;
}

/** "GitHub API: 56 of 60 requests left, until 14:05."; with a token, the GraphQL points it spends once known. */
export function describeBudget(state: RateLimitState | undefined, now: Date): string {
  const graphql = state?.authenticated ? state.graphql : undefined;
  if (graphql && Date.parse(graphql.resetAt) > now.getTime()) {
    return `GitHub API: ${graphql.remaining} of ${graphql.limit} GraphQL points left with your token, until ${formatTime(graphql.resetAt)}.`;
  }
  const core = state?.core;
  if (!core || Date.parse(core.resetAt) <= now.getTime()) return 'GitHub API: full budget (60 requests an hour without a token).';
  const who = state.authenticated ? ' with your token' : '';
  return `GitHub API: ${core.remaining} of ${core.limit} requests left${who}, until ${formatTime(core.resetAt)}.`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ago(iso: string, now: Date): string {
  const minutes = Math.round((now.getTime() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
