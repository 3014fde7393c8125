import { createHash } from 'node:crypto';

/** What the fake answers for one URL; a body alone is a 200 with an ETag. */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
  /** Sent as is instead of JSON (for a malformed body). */
  text?: string;
  headers?: Record<string, string>;
}

export interface SentRequest {
  url: string;
  headers: Record<string, string>;
  status: number;
  method: string;
  /** A POST's JSON body (GraphQL: query and variables). */
  body?: unknown;
}

/** What the answer function sees besides the URL. */
export interface FakeRequest {
  method: string;
  body?: unknown;
}

type Resource = 'core' | 'search' | 'graphql';

/**
 * api.github.com as far as the client can tell: ETags from the body, 304 on a matching
 * If-None-Match, x-ratelimit-* headers per resource, and GitHub's rule that a 304 to an
 * authorized request does not count against the primary limit.
 */
export class FakeGithub {
  readonly sent: SentRequest[] = [];
  readonly remaining: Record<Resource, number> = { core: 60, search: 10, graphql: 5000 };
  limit: Record<Resource, number> = { core: 60, search: 10, graphql: 5000 };
  resetAt = Math.floor(Date.parse('2026-03-01T13:00:00Z') / 1000);

  constructor(private readonly answer: (url: URL, request: FakeRequest) => FakeAnswer | undefined) {}

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const request: FakeRequest = { method: init?.method ?? 'GET', ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) } : {}) };
    const response = this.respond(url, headers, request);
    this.sent.push({ url: url.href, headers, status: response.status, ...request });
    return response;
  };

  /** Requests that cost budget: everything but 304s to authorized requests. */
  counted(): SentRequest[] {
    return this.sent.filter((request) => !(request.status === 304 && request.headers.authorization));
  }

  private respond(url: URL, headers: Record<string, string>, request: FakeRequest): Response {
    const resource: Resource = url.pathname === '/graphql' ? 'graphql' : url.pathname.startsWith('/search/') ? 'search' : 'core';
    const answer = this.answer(url, request) ?? { status: 404, body: { message: 'Not Found' } };
    const status = answer.status ?? 200;
    const text = answer.text ?? JSON.stringify(answer.body);
    const etag = `W/"${createHash('sha1').update(text).digest('hex')}"`;
    const notModified = status === 200 && headers['if-none-match'] === etag;
    if (!(notModified && headers.authorization)) this.remaining[resource] = Math.max(0, this.remaining[resource] - 1);
    const rate = {
      'x-ratelimit-limit': String(this.limit[resource]),
      'x-ratelimit-remaining': String(this.remaining[resource]),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-resource': resource,
    };
    if (notModified) return new Response(null, { status: 304, headers: { ...rate, etag } });
    return new Response(text, { status, headers: { 'content-type': 'application/json', ...rate, ...(status === 200 ? { etag } : {}), ...answer.headers } });
  }
}

/** The shape of GET /search/issues items (docs.github.com), reduced to what the client reads. */
export function searchItem(owner: string, repo: string, number: number, mergedAt: string): unknown {
  return {
    html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
    repository_url: `https://api.github.com/repos/${owner}/${repo}`,
    number,
    state: 'closed',
    closed_at: mergedAt,
    pull_request: { url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`, html_url: `https://github.com/${owner}/${repo}/pull/${number}`, merged_at: mergedAt },
  };
}

export const searchResult = (items: unknown[], total = items.length) => ({ total_count: total, incomplete_results: false, items });

/** In-memory stores, for client tests that need no IndexedDB. */
export function memoryStores() {
  const cache = new Map<string, import('@/lib/schema/http-cache').CachedResponse>();
  let limits: import('@/lib/schema/enrichment').RateLimitState | undefined;
  return {
    cache: { get: async (url: string) => cache.get(url), put: async (entry: import('@/lib/schema/http-cache').CachedResponse) => void cache.set(entry.url, entry) },
    limits: { get: async () => limits, put: async (state: import('@/lib/schema/enrichment').RateLimitState) => void (limits = state) },
    cached: cache,
    state: () => limits,
  };
}
