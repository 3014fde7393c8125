import { z } from 'zod';
import { MergedPullRequestsSchema, OrganizationSchema, RepositorySchema } from './profile';
import { LIMITS } from './limits';

/** How long API data is used without asking GitHub again; the panel shows it. */
export const ENRICHMENT_TTL_MS = 24 * 60 * 60_000;

export const API_FAILURE_KINDS = ['not-found', 'unauthorized', 'forbidden', 'rate-limited', 'server', 'offline', 'malformed'] as const;
export type ApiFailureKind = (typeof API_FAILURE_KINDS)[number];

/** Why a GitHub API call gave nothing usable, and when trying again makes sense. */
export const ApiFailureSchema = z.object({
  kind: z.enum(API_FAILURE_KINDS),
  /** Technical detail for the curious ("HTTP 502"); never holds the token. */
  detail: z.string().max(300),
  /** ISO time before which another try is pointless (rate-limit reset, back-off). */
  retryAt: z.string().optional(),
});
export type ApiFailure = z.infer<typeof ApiFailureSchema>;

export const ENRICHMENT_PARTS = ['repositories', 'organizations', 'merged pull requests'] as const;
export type EnrichmentPart = (typeof ENRICHMENT_PARTS)[number];

/**
 * What the REST API added to one candidate, kept apart from the page capture so a new page
 * read never loses it and a failed refresh never replaces it with less.
 */
export const EnrichmentSchema = z.object({
  candidateKey: z.string(),
  login: z.string(),
  /** Last time every part was read (200 or 304); absent until one run succeeds. */
  fetchedAt: z.string().optional(),
  /** Last attempt, successful or not. */
  checkedAt: z.string(),
  repositories: z.array(RepositorySchema).max(LIMITS.repositories).optional(),
  /** True when the repository list was cut at the page cap. */
  repositoriesAtLimit: z.boolean().optional(),
  organizations: z.array(OrganizationSchema).max(LIMITS.organizations).optional(),
  mergedPullRequests: z.array(MergedPullRequestsSchema).max(LIMITS.pullRequestRepositories).optional(),
  /** The search's total, which may exceed the pull requests read. */
  mergedPullRequestsTotal: z.number().int().nonnegative().optional(),
  /** Set when the last attempt left parts unread; cleared by the next full success. */
  failure: ApiFailureSchema.extend({ missing: z.array(z.enum(ENRICHMENT_PARTS)), at: z.string() }).optional(),
});
export type Enrichment = z.infer<typeof EnrichmentSchema>;
export type EnrichmentFailure = NonNullable<Enrichment['failure']>;

/** One resource's primary rate limit as GitHub last reported it. */
export interface RateBucket {
  limit: number;
  remaining: number;
  /** ISO time the window resets. */
  resetAt: string;
}

export interface RateLimitState {
  /** Whether these numbers were read with a token: a token has its own, larger, budget. */
  authenticated: boolean;
  core?: RateBucket;
  search?: RateBucket;
  /** A secondary limit or Retry-After: nothing is sent before this ISO time. */
  blockedUntil?: string;
  updatedAt: string;
}
