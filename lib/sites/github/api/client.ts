import type { ApiFailure, ApiFailureKind, RateLimitState } from '../../../schema/enrichment';
import type { CachedResponse } from '../../../schema/http-cache';
import { graphqlFailure, isCleanGraphqlAnswer } from './graphql-schemas';
import { blockedUntil, bucketFromHeaders, RATE_RESOURCES, resourceOf, retryAfterSeconds, type RateResource } from './rate-limit';
import { nextLink } from '../../http';

/** The only origin the client talks to: the token can never be sent anywhere else. */
export const API_ORIGIN = 'https://api.github.com';
const API_VERSION = '2022-11-28';
const GRAPHQL_URL = new URL('/graphql', API_ORIGIN);

/** Waiting longer than this inside one run would keep the service worker busy for nothing: give up and say when. */
const MAX_INLINE_WAIT_S = 60;
const SERVER_RETRIES = 2;
const SECONDARY_DEFAULT_WAIT_S = 60;
const OFFLINE_RETRY_MS = 5 * 60_000;
const SERVER_RETRY_MS = 5 * 60_000;


export interface HttpCacheStore {
  get(url: string): Promise<CachedResponse | undefined>;
  put(entry: CachedResponse): Promise<void>;
}

export interface RateLimitStore {
  get(): Promise<RateLimitState | undefined>;
  put(state: RateLimitState): Promise<void>;
}

export type ApiResponse = { ok: true; body: unknown; notModified: boolean; next?: string } | { ok: false; failure: ApiFailure };

/** Where a GraphQL answer is kept and for how long it is used without asking again. */
export interface GraphqlCache {
  /** Stable per query version and login (and page), so a changed query never reads an old answer. */
  key: string;
  maxAgeMs: number;
}

/** A request to send: a GET of `url`, or a POST of `payload` (GraphQL). */
interface Outgoing {
  url: URL;
  payload?: string;
}

/** One request as sent, for tests and the benchmark; `status` 0 means the network failed. */
export interface RequestRecord {
  url: string;
  status: number;
  conditional: boolean;
}

export interface GithubClientOptions {
  token?: string;
  cache: HttpCacheStore;
  limits: RateLimitStore;
  fetch?: typeof fetch;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  onRequest?: (record: RequestRecord) => void;
}

let queueTail: Promise<unknown> = Promise.resolve();

/** One request at a time across the extension, as GitHub asks of clients to avoid secondary limits. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queueTail.then(task, task);
  queueTail = run.catch(() => undefined);
  return run;
}

/**
 * A small typed client for GitHub's public REST endpoints and its GraphQL API: conditional requests from a
 * persistent cache, the rate-limit budget kept from response headers, requests queued one at
 * a time, a short back-off on 5xx and Retry-After, and every failure classified rather than thrown.
 */
export class GithubClient {
  private readonly fetch: typeof fetch;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GithubClientOptions) {
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get authenticated(): boolean {
    return Boolean(this.options.token);
  }

  /** GET a path ("/users/x") or an api.github.com URL taken from a Link header. */
  get(target: string): Promise<ApiResponse> {
    const url = apiUrl(target);
    if (!url) return Promise.resolve(failed('malformed', 'not an api.github.com address'));
    return serially(() => this.send({ url }, 0));
  }

  /**
   * POST a GraphQL query (a token is required). GitHub gives POST answers no ETag to revalidate,
   * so a clean answer is kept under `cache.key` and used while younger than `cache.maxAgeMs`.
   * Errors with no data are a failure; data with errors is returned for the caller to sort out.
   */
  graphql(query: string, variables: Record<string, unknown>, cache: GraphqlCache): Promise<ApiResponse> {
    if (!this.authenticated) return Promise.resolve(failed('unauthorized', 'the GraphQL API needs a token'));
    return serially(async () => {
      const stored = await this.options.cache.get(cache.key);
      if (stored && this.now().getTime() - Date.parse(stored.storedAt) < cache.maxAgeMs) return { ok: true, body: stored.body, notModified: true };
      const response = await this.send({ url: GRAPHQL_URL, payload: JSON.stringify({ query, variables }) }, 0);
      if (response.ok && isCleanGraphqlAnswer(response.body)) await this.options.cache.put({ url: cache.key, body: response.body, storedAt: this.now().toISOString() });
      return response;
    });
  }

  private async send(request: Outgoing, attempt: number): Promise<ApiResponse> {
    const { url } = request;
    const resource = resourceOf(url.pathname);
    const state = await this.options.limits.get();
    const waitUntil = blockedUntil(state, resource, this.authenticated, this.now());
    if (waitUntil) return failed('rate-limited', `the ${resource} rate limit is used up`, waitUntil);

    const cached = request.payload === undefined ? await this.options.cache.get(url.href) : undefined;
    let response: Response;
    try {
      response = await this.fetch(url.href, this.initFor(request, cached));
    } catch {
      this.options.onRequest?.({ url: url.href, status: 0, conditional: Boolean(cached) });
      return failed('offline', 'the network is unreachable', this.later(OFFLINE_RETRY_MS));
    }
    this.options.onRequest?.({ url: url.href, status: response.status, conditional: Boolean(cached) });
    // A 401 carries the numbers of no valid credential (GraphQL's say 0 left for an hour): keeping them would block the next token.
    if (response.status !== 401) await this.recordLimits(response.headers, resource, state);
    return this.interpret(request, response, cached, attempt);
  }

  private async interpret(request: Outgoing, response: Response, cached: CachedResponse | undefined, attempt: number): Promise<ApiResponse> {
    const { status } = response;
    if (status === 304 && cached) return { ok: true, body: cached.body, notModified: true, next: cached.next };
    if (status >= 200 && status < 300) return this.fresh(request, response);
    if (status === 401) return failed('unauthorized', 'GitHub refused the token (HTTP 401)');
    if (status === 404 || status === 410 || status === 422) return failed('not-found', `HTTP ${status}`);
    if (status === 403 || status === 429) return this.limited(request, response, attempt);
    if (status >= 500 && attempt < SERVER_RETRIES) {
      await this.sleep(1000 * 2 ** attempt);
      return this.send(request, attempt + 1);
    }
    return failed('server', `HTTP ${status}`, this.later(SERVER_RETRY_MS));
  }

  private async fresh(request: Outgoing, response: Response): Promise<ApiResponse> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failed('malformed', 'the response is not JSON', this.later(SERVER_RETRY_MS));
    }
    if (request.payload !== undefined) return this.graphqlAnswer(body, response.headers);
    const { url } = request;
    const next = nextLink(response.headers.get('link'));
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    if (etag || lastModified) {
      await this.options.cache.put({ url: url.href, etag, lastModified, body, next, storedAt: this.now().toISOString() });
    }
    return { ok: true, body, notModified: false, next };
  }

  /** GraphQL says most failures in a 200 answer: `errors` and no `data`. */
  private graphqlAnswer(body: unknown, headers: Headers): ApiResponse {
    const failure = graphqlFailure(body);
    if (!failure) return { ok: true, body, notModified: false };
    if (failure.kind === 'rate-limited') {
      const resetAt = bucketFromHeaders(headers)?.resetAt ?? this.later(1000 * (retryAfterSeconds(headers) ?? SECONDARY_DEFAULT_WAIT_S));
      return failed('rate-limited', failure.detail, resetAt);
    }
    return failed(failure.kind, failure.detail, failure.kind === 'not-found' ? undefined : this.later(SERVER_RETRY_MS));
  }

  /** 403 and 429 are rate limits unless GitHub says otherwise (a token without access is a plain 403). */
  private async limited(request: Outgoing, response: Response, attempt: number): Promise<ApiResponse> {
    const primary = bucketFromHeaders(response.headers);
    if (primary && primary.remaining <= 0) return failed('rate-limited', `HTTP ${response.status}, primary rate limit`, primary.resetAt);
    const retryAfter = retryAfterSeconds(response.headers);
    const message = await response.text().catch(() => '');
    if (retryAfter === undefined && response.status === 403 && !/rate limit/i.test(message)) {
      return failed('forbidden', 'HTTP 403');
    }
    const waitSeconds = retryAfter ?? SECONDARY_DEFAULT_WAIT_S;
    if (retryAfter !== undefined && retryAfter <= MAX_INLINE_WAIT_S && attempt === 0) {
      await this.sleep(retryAfter * 1000);
      return this.send(request, attempt + 1);
    }
    const until = this.later(waitSeconds * 1000);
    await this.block(until);
    return failed('rate-limited', `HTTP ${response.status}, secondary rate limit`, until);
  }

  private initFor(request: Outgoing, cached: CachedResponse | undefined): RequestInit {
    const headers = this.headersFor(cached);
    if (request.payload === undefined) return { headers, cache: 'no-store' };
    return { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: request.payload, cache: 'no-store' };
  }

  private headersFor(cached: CachedResponse | undefined): Record<string, string> {
    return {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': API_VERSION,
      ...(this.options.token ? { Authorization: `Bearer ${this.options.token}` } : {}),
      ...(cached?.etag ? { 'If-None-Match': cached.etag } : {}),
      ...(cached?.lastModified ? { 'If-Modified-Since': cached.lastModified } : {}),
    };
  }

  private async recordLimits(headers: Headers, inferred: RateResource, previous: RateLimitState | undefined): Promise<void> {
    const bucket = bucketFromHeaders(headers);
    if (!bucket) return;
    const named = headers.get('x-ratelimit-resource');
    const resource = RATE_RESOURCES.find((known) => known === named) ?? inferred;
    const base = previous?.authenticated === this.authenticated ? previous : undefined;
    await this.options.limits.put({ ...base, authenticated: this.authenticated, [resource]: bucket, updatedAt: this.now().toISOString() });
  }

  private async block(until: string): Promise<void> {
    const state = await this.options.limits.get();
    const base = state?.authenticated === this.authenticated ? state : undefined;
    await this.options.limits.put({ ...base, authenticated: this.authenticated, blockedUntil: until, updatedAt: this.now().toISOString() });
  }

  private later(ms: number): string {
    return new Date(this.now().getTime() + ms).toISOString();
  }
}

function failed(kind: ApiFailureKind, detail: string, retryAt?: string): ApiResponse {
  return { ok: false, failure: { kind, detail, ...(retryAt ? { retryAt } : {}) } };
}

/** Only api.github.com over https; a Link header pointing elsewhere is not followed. */
export function apiUrl(target: string): URL | undefined {
  try {
    const url = new URL(target, API_ORIGIN);
    return url.origin === API_ORIGIN ? url : undefined;
  } catch {
    return undefined;
  }
}

