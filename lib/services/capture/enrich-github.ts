import { applyEnrichment, currentScorer, findProfile, saveCapture, getEnrichment, httpCacheStore, putEnrichment, rateLimitStore } from '@/lib/services';
import { GithubClient, type GithubClientOptions } from '@/lib/sites/github/api/client';
import { fetchEnrichment, withEnrichment, type EnrichmentResult } from '@/lib/sites/github/api/enrich';
import { fetchEnrichmentGraphql } from '@/lib/sites/github/api/enrich-graphql';
import { readToken } from '@/lib/services/capture/github-token';
import { ENRICHMENT_PARTS, ENRICHMENT_TTL_MS, REST_PARTS, type ApiFailureKind, type Enrichment } from '@/lib/schema/enrichment';
import { dueState } from '@/lib/sites/github/api/freshness';
import { bucketFor, remainingBudget } from '@/lib/sites/github/api/rate-limit';
import { profileKey } from '@/lib/people/links';
import type { PersonOutcome } from './run-capture-all';
import { oncePerKey } from '../once-per-key';

/** A user the API does not know (renamed, deleted) is not asked about again before this. */
const NOT_FOUND_RETRY_MS = ENRICHMENT_TTL_MS;
/** A refused token or a plain 403 gives no time of its own; Refresh in the panel retries sooner. */
const DEFAULT_RETRY_MS = 15 * 60_000;
/** GraphQL refusals that REST may not share; see fetchFor. */
const REST_FALLBACK: ReadonlySet<ApiFailureKind> = new Set(['unauthorized', 'forbidden']);

export type EnrichOutcome = 'fresh' | 'waiting' | 'enriched' | 'partial' | 'failed' | 'no-candidate';

export interface EnrichOptions {
  /** The panel's Refresh: ask GitHub now (conditionally), whatever the TTL says. */
  force?: boolean;
  now?: Date;
  /** Tests and the benchmark replace fetch, the clock and the sleep. */
  client?: Partial<GithubClientOptions>;
}

/** Enriches one stored GitHub profile (by its key, "github:login") from the GitHub API, at most one run per candidate at a time. */
export const enrichCandidate: (key: string, options?: EnrichOptions) => Promise<EnrichOutcome> = oncePerKey((key: string, options: EnrichOptions = {}) => enrichNow(key, options));

async function enrichNow(key: string, options: EnrichOptions): Promise<EnrichOutcome> {
  const now = options.now ?? new Date();
  const profile = await findProfile(key);
  if (profile?.site !== 'github') return 'no-candidate';
  const previous = await getEnrichment(key);
  if (!options.force) {
    const due = dueState(previous, now);
    if (due !== 'due') return due;
  }
  const client = new GithubClient({ token: await readToken(), cache: httpCacheStore, limits: rateLimitStore, ...options.client });
  const result = await fetchFor(client, profile.login, now, options.force ?? false);
  const next = nextEnrichment(previous, result, key, profile.login, now);
  if (!result.ok) {
    await putEnrichment(next);
    return 'failed';
  }
  await applyEnrichment(next, await currentScorer(), now);
  return result.partial ? 'partial' : 'enriched';
}

/**
 * With a token, one GraphQL query; without, REST's 3 requests and 1 search. GraphQL can refuse
 * what REST accepts (a fine-grained token or an organization's policy that does not cover the
 * GraphQL API), so a refused token (401/403) falls back to REST once, with the same token: the
 * person is still read, and a token REST refuses too is reported as today.
 */
async function fetchFor(client: GithubClient, login: string, now: Date, refresh: boolean): Promise<EnrichmentResult> {
  if (!client.authenticated) return fetchEnrichment(client, login, now);
  const viaGraphql = await fetchEnrichmentGraphql(client, login, now, { refresh });
  if (viaGraphql.ok || !REST_FALLBACK.has(viaGraphql.failure.kind)) return viaGraphql;
  return fetchEnrichment(client, login, now);
}

/** The row to store: what was read replaces what was kept; what failed keeps what was kept. */
export function nextEnrichment(previous: Enrichment | undefined, result: EnrichmentResult, candidateKey: string, login: string, now: Date): Enrichment {
  const at = now.toISOString();
  const kept: Enrichment = { ...previous, candidateKey, login, checkedAt: at };
  delete kept.failure;
  if (!result.ok) {
    const wait = result.failure.kind === 'not-found' ? NOT_FOUND_RETRY_MS : DEFAULT_RETRY_MS;
    const retryAt = result.failure.retryAt ?? new Date(now.getTime() + wait).toISOString();
    const missing = result.via === 'graphql' ? [...ENRICHMENT_PARTS] : [...REST_PARTS];
    return { ...kept, failure: { ...result.failure, retryAt, missing, at } };
  }
  const { data, partial } = result;
  return {
    ...kept,
    fetchedAt: at,
    via: data.via,
    repositories: data.repositories,
    repositoriesAtLimit: data.repositoriesAtLimit,
    ...(data.organizations ? { organizations: data.organizations } : {}),
    ...(data.mergedPullRequests ? { mergedPullRequests: data.mergedPullRequests, mergedPullRequestsTotal: data.mergedPullRequestsTotal } : {}),
    ...(data.contributionsByRepository ? { contributionsByRepository: data.contributionsByRepository } : {}),
    ...(partial ? { failure: { ...partial.failure, missing: partial.missing, at } } : {}),
  };
}

/**
 * "Capture all": one listed person read from the API alone (no page was opened). A person read
 * within the TTL is skipped; a page capture already stored gets the API data added, never replaced.
 */
export async function capturePersonFromApi(login: string, options: EnrichOptions = {}): Promise<PersonOutcome> {
  const now = options.now ?? new Date();
  const key = profileKey({ site: 'github', login });
  const previous = await getEnrichment(key);
  const stored = await findProfile(key);
  const due = dueState(previous, now);
  if (stored && due === 'fresh') return { kind: 'skipped' };
  if (due === 'waiting' && previous?.failure?.kind === 'rate-limited' && previous.failure.retryAt) return { kind: 'waiting', until: previous.failure.retryAt };

  const client = new GithubClient({ token: await readToken(), cache: httpCacheStore, limits: rateLimitStore, ...options.client });
  const result = await fetchFor(client, login, now, false);
  const next = nextEnrichment(previous, result, key, login, now);
  if (!result.ok) {
    await putEnrichment(next);
    if (result.failure.kind === 'rate-limited' && next.failure?.retryAt) return { kind: 'waiting', until: next.failure.retryAt };
    return { kind: 'failed', reason: result.failure.kind };
  }
  const scorer = await currentScorer();
  if (stored) {
    await applyEnrichment(next, scorer, now);
  } else {
    await putEnrichment(next);
    await saveCapture({ profile: withEnrichment(result.data.profile, next), scorePerson: scorer, url: result.data.profile.url, now });
  }
  return { kind: 'captured' };
}

/** What the budget the next capture spends allows now (GraphQL points with a token, core requests without), from the last rate-limit headers seen. */
export async function coreBudget(now = new Date()): Promise<{ remaining?: number; resetAt?: string }> {
  const state = await rateLimitStore.get();
  const authenticated = (await readToken()) !== undefined;
  const resource = authenticated ? 'graphql' : 'core';
  const remaining = remainingBudget(state, resource, authenticated, now);
  const resetAt = bucketFor(state, resource, authenticated)?.resetAt;
  return { remaining, resetAt: state?.blockedUntil && Date.parse(state.blockedUntil) > now.getTime() ? state.blockedUntil : resetAt };
}
