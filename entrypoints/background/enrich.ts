import { scoreProfile } from '@/lib/scoring';
import { applyEnrichment, getCandidate, getEnrichment, httpCacheStore, listPostings, putEnrichment, rateLimitStore } from '@/lib/db/repo';
import { GithubClient, type GithubClientOptions } from '@/lib/github-api/client';
import { fetchEnrichment, type EnrichmentResult } from '@/lib/github-api/enrich';
import { readToken } from '@/lib/github-api/token';
import { ENRICHMENT_PARTS, ENRICHMENT_TTL_MS, type Enrichment } from '@/lib/schema/enrichment';
import { dueState } from '@/lib/github-api/freshness';

/** A user the API does not know (renamed, deleted) is not asked about again before this. */
const NOT_FOUND_RETRY_MS = ENRICHMENT_TTL_MS;
/** A refused token or a plain 403 gives no time of its own; Refresh in the panel retries sooner. */
const DEFAULT_RETRY_MS = 15 * 60_000;

export type EnrichOutcome = 'fresh' | 'waiting' | 'enriched' | 'partial' | 'failed' | 'no-candidate';

export interface EnrichOptions {
  /** The panel's Refresh: ask GitHub now (conditionally), whatever the TTL says. */
  force?: boolean;
  now?: Date;
  /** Tests and the benchmark replace fetch, the clock and the sleep. */
  client?: Partial<GithubClientOptions>;
}

const running = new Map<string, Promise<EnrichOutcome>>();

/** Enriches one stored candidate from the REST API, at most one run per candidate at a time. */
export function enrichCandidate(key: string, options: EnrichOptions = {}): Promise<EnrichOutcome> {
  const current = running.get(key);
  if (current) return current;
  const run = enrichNow(key, options).finally(() => running.delete(key));
  running.set(key, run);
  return run;
}

async function enrichNow(key: string, options: EnrichOptions): Promise<EnrichOutcome> {
  const now = options.now ?? new Date();
  const candidate = await getCandidate(key);
  if (!candidate || candidate.site !== 'github') return 'no-candidate';
  const previous = await getEnrichment(key);
  if (!options.force) {
    const due = dueState(previous, now);
    if (due !== 'due') return due;
  }
  const client = new GithubClient({ token: await readToken(), cache: httpCacheStore, limits: rateLimitStore, ...options.client });
  const result = await fetchEnrichment(client, candidate.login, now);
  const next = nextEnrichment(previous, result, key, candidate.login, now);
  if (!result.ok) {
    await putEnrichment(next);
    return 'failed';
  }
  const postings = await listPostings();
  await applyEnrichment(next, (profile) => postings.map((posting) => ({ posting, result: scoreProfile(profile, posting) })), now);
  return result.partial ? 'partial' : 'enriched';
}

/** The row to store: what was read replaces what was kept; what failed keeps what was kept. */
export function nextEnrichment(previous: Enrichment | undefined, result: EnrichmentResult, candidateKey: string, login: string, now: Date): Enrichment {
  const at = now.toISOString();
  const kept: Enrichment = { ...previous, candidateKey, login, checkedAt: at };
  delete kept.failure;
  if (!result.ok) {
    const wait = result.failure.kind === 'not-found' ? NOT_FOUND_RETRY_MS : DEFAULT_RETRY_MS;
    const retryAt = result.failure.retryAt ?? new Date(now.getTime() + wait).toISOString();
    return { ...kept, failure: { ...result.failure, retryAt, missing: [...ENRICHMENT_PARTS], at } };
  }
  const { data, partial } = result;
  return {
    ...kept,
    fetchedAt: at,
    repositories: data.repositories,
    repositoriesAtLimit: data.repositoriesAtLimit,
    ...(data.organizations ? { organizations: data.organizations } : {}),
    ...(data.mergedPullRequests ? { mergedPullRequests: data.mergedPullRequests, mergedPullRequestsTotal: data.mergedPullRequestsTotal } : {}),
    ...(partial ? { failure: { ...partial.failure, missing: partial.missing, at } } : {}),
  };
}
