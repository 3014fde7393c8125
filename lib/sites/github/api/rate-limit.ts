import type { RateBucket, RateLimitState } from '../../../schema/enrichment';

export type RateResource = 'core' | 'search' | 'graphql';
export const RATE_RESOURCES: readonly RateResource[] = ['core', 'search', 'graphql'];

export function resourceOf(path: string): RateResource {
  if (path === '/graphql') return 'graphql';
  return path.startsWith('/search/') ? 'search' : 'core';
}

/** The x-ratelimit-* headers of a response, if GitHub sent them. */
export function bucketFromHeaders(headers: Headers): RateBucket | undefined {
  const limit = Number(headers.get('x-ratelimit-limit'));
  const remaining = Number(headers.get('x-ratelimit-remaining'));
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (!headers.has('x-ratelimit-remaining') || ![limit, remaining, reset].every(Number.isFinite)) return undefined;
  return { limit, remaining, resetAt: new Date(reset * 1000).toISOString() };
}

/** Seconds from a Retry-After header (GitHub sends seconds, never a date). */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Stored numbers read with another kind of credential say nothing about this one's budget. */
export function bucketFor(state: RateLimitState | undefined, resource: RateResource, authenticated: boolean): RateBucket | undefined {
  if (!state || state.authenticated !== authenticated) return undefined;
  return state[resource];
}

/** When a request for `resource` may not be sent yet, the time it may; otherwise undefined. */
export function blockedUntil(state: RateLimitState | undefined, resource: RateResource, authenticated: boolean, now: Date): string | undefined {
  if (state?.blockedUntil && Date.parse(state.blockedUntil) > now.getTime()) return state.blockedUntil;
  const bucket = bucketFor(state, resource, authenticated);
  if (bucket && bucket.remaining <= 0 && Date.parse(bucket.resetAt) > now.getTime()) return bucket.resetAt;
  return undefined;
}

/** Requests left for `resource` until the reset, or undefined when unknown (never asked yet, or the window passed). */
export function remainingBudget(state: RateLimitState | undefined, resource: RateResource, authenticated: boolean, now: Date): number | undefined {
  const bucket = bucketFor(state, resource, authenticated);
  if (!bucket || Date.parse(bucket.resetAt) <= now.getTime()) return undefined;
  return bucket.remaining;
}
