import { z } from 'zod';
import { MergedPullRequestsSchema, OrganizationSchema, RepositoryContributionSchema, RepositorySchema } from './profile';
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

export const ENRICHMENT_PARTS = ['repositories', 'organizations', 'merged pull requests', 'contributions by repository'] as const;
export type EnrichmentPart = (typeof ENRICHMENT_PARTS)[number];
/** What the REST path (no token) reads: contributions by repository need the GraphQL API. */
export const REST_PARTS = ['repositories', 'organizations', 'merged pull requests'] as const satisfies readonly EnrichmentPart[];

/** Which API the data came from: GraphQL with a token, REST without one (or when GraphQL refused the token). */
export const ENRICHMENT_PATHS = ['graphql', 'rest'] as const;
export type EnrichmentPath = (typeof ENRICHMENT_PATHS)[number];

/**
 * What the GitHub API added to one candidate, kept apart from the page capture so a new page
 * read never loses it and a failed refresh never replaces it with less.
 */
export const EnrichmentSchema = z.object({
  candidateKey: z.string(),
  login: z.string(),
  /** Last time every part was read (200 or 304); absent until one run succeeds. */
  fetchedAt: z.string().optional(),
  /** Last attempt, successful or not. */
  checkedAt: z.string(),
  /** The API of the last successful read; absent in rows stored before GraphQL was used. */
  via: z.enum(ENRICHMENT_PATHS).optional(),
  repositories: z.array(RepositorySchema).max(LIMITS.repositories).optional(),
  /** True when the repository list was cut at the page cap. */
  repositoriesAtLimit: z.boolean().optional(),
  organizations: z.array(OrganizationSchema).max(LIMITS.organizations).optional(),
  mergedPullRequests: z.array(MergedPullRequestsSchema).max(LIMITS.pullRequestRepositories).optional(),
  /** All merged pull requests to others' repositories: the search's total (REST), which may exceed those read; GraphQL sets it only when it read them all. */
  mergedPullRequestsTotal: z.number().int().nonnegative().optional(),
  /** Commits in the last year by repository (GraphQL only). */
  contributionsByRepository: z.array(RepositoryContributionSchema).max(LIMITS.pullRequestRepositories).optional(),
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
  /** GraphQL points (a query costs by the nodes it may return), absent until a GraphQL answer. */
  graphql?: RateBucket;
  /** A secondary limit or Retry-After: nothing is sent before this ISO time. */
  blockedUntil?: string;
  updatedAt: string;
}
