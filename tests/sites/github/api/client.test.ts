import { describe, expect, it, vi } from 'vitest';
import { GithubClient, apiUrl } from '@/lib/sites/github/api/client';
import { nextLink } from '@/lib/sites/http';
import { FakeGithub, memoryStores, type FakeAnswer } from './fake-github';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const RESET = '2026-03-01T13:00:00.000Z';

function setup(answer: (url: URL) => FakeAnswer | undefined, token?: string) {
  const github = new FakeGithub(answer);
  const stores = memoryStores();
  const sleep = vi.fn(async (_ms: number) => undefined);
  const client = new GithubClient({ token, cache: stores.cache, limits: stores.limits, fetch: github.fetch, now: () => NOW, sleep });
  return { github, stores, sleep, client };
}

const user = { login: 'ada', type: 'User' };

describe('GithubClient', () => {
  it('caches the ETag and revalidates with If-None-Match: a 304 returns the stored body', async () => {
    const { github, client, stores } = setup(() => ({ body: user }), 'ghp_secret');
    const first = await client.get('/users/ada');
    expect(first).toMatchObject({ ok: true, body: user, notModified: false });
    const second = await client.get('/users/ada');
    expect(second).toMatchObject({ ok: true, body: user, notModified: true });
    expect(github.sent.map((request) => request.status)).toEqual([200, 304]);
    expect(github.sent[1]!.headers['if-none-match']).toBe(stores.cached.get('https://api.github.com/users/ada')!.etag);
    expect(github.counted()).toHaveLength(1); // the 304 to an authorized request is free
  });

  it('keeps the budget from the rate-limit headers, per resource', async () => {
    const { client, stores } = setup(() => ({ body: user }));
    await client.get('/users/ada');
    await client.get('/search/issues?q=x');
    expect(stores.state()).toMatchObject({ authenticated: false, core: { limit: 60, remaining: 59, resetAt: RESET }, search: { limit: 10, remaining: 9 } });
  });

  it('sends the token as a Bearer header, and only to api.github.com', async () => {
    const { github, client } = setup(() => ({ body: user }), 'ghp_secret');
    await client.get('/users/ada');
    expect(github.sent[0]!.headers.authorization).toBe('Bearer ghp_secret');
    expect(github.sent[0]!.url).toMatch(/^https:\/\/api\.github\.com\//);
    expect(await client.get('https://evil.example/users/ada')).toMatchObject({ ok: false, failure: { kind: 'malformed' } });
    expect(await client.get('//evil.example/x')).toMatchObject({ ok: false });
    expect(github.sent).toHaveLength(1);
  });

  it('a 403 with x-ratelimit-remaining: 0 is the primary limit: retry at the reset, and nothing more is sent before it', async () => {
    const { github, client } = setup(() => ({
      status: 403,
      body: { message: 'API rate limit exceeded for 1.2.3.4.' },
      headers: { 'x-ratelimit-remaining': '0' },
    }));
    const result = await client.get('/users/ada');
    expect(result).toEqual({ ok: false, failure: { kind: 'rate-limited', detail: 'HTTP 403, primary rate limit', retryAt: RESET } });
    expect(await client.get('/users/ada/repos')).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAt: RESET } });
    expect(github.sent).toHaveLength(1);
  });

  it('waits out a short Retry-After (secondary limit) once, and blocks everything after a long one', async () => {
    let calls = 0;
    const short = setup(() => (++calls === 1 ? { status: 429, body: { message: 'secondary rate limit' }, headers: { 'retry-after': '30' } } : { body: user }));
    expect(await short.client.get('/users/ada')).toMatchObject({ ok: true });
    expect(short.sleep).toHaveBeenCalledWith(30_000);

    const long = setup(() => ({ status: 403, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '120' } }));
    expect(await long.client.get('/users/ada')).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAt: '2026-03-01T12:02:00.000Z' } });
    expect(long.stores.state()?.blockedUntil).toBe('2026-03-01T12:02:00.000Z');
    expect(await long.client.get('/users/other')).toMatchObject({ ok: false, failure: { kind: 'rate-limited' } });
    expect(long.github.sent).toHaveLength(1);
  });

  it('a secondary limit without Retry-After waits a minute; a plain 403 is not a rate limit', async () => {
    const secondary = setup(() => ({ status: 403, body: { message: 'You have exceeded a secondary rate limit.' } }));
    expect(await secondary.client.get('/users/ada')).toMatchObject({ failure: { kind: 'rate-limited', retryAt: '2026-03-01T12:01:00.000Z' } });
    const forbidden = setup(() => ({ status: 403, body: { message: 'Resource protected by organization SAML enforcement.' } }));
    expect(await forbidden.client.get('/users/ada')).toMatchObject({ failure: { kind: 'forbidden' } });
  });

  it('retries a 5xx twice with back-off, then says when to try again', async () => {
    let calls = 0;
    const recovers = setup(() => (++calls < 3 ? { status: 502, text: '<html>Bad gateway</html>' } : { body: user }));
    expect(await recovers.client.get('/users/ada')).toMatchObject({ ok: true });
    expect(recovers.sleep.mock.calls.map(([ms]) => ms)).toEqual([1000, 2000]);

    const down = setup(() => ({ status: 503, text: 'unavailable' }));
    expect(await down.client.get('/users/ada')).toEqual({ ok: false, failure: { kind: 'server', detail: 'HTTP 503', retryAt: '2026-03-01T12:05:00.000Z' } });
    expect(down.github.sent).toHaveLength(3);
  });

  it('classifies 401, 404, offline and a body that is not JSON', async () => {
    expect(await setup(() => ({ status: 401, body: { message: 'Bad credentials' } }), 'ghp_bad').client.get('/users/ada')).toMatchObject({ failure: { kind: 'unauthorized' } });
    expect(await setup(() => undefined).client.get('/users/gone')).toMatchObject({ failure: { kind: 'not-found' } });
    expect(await setup(() => ({ text: '{"login": "ada"' })).client.get('/users/ada')).toMatchObject({ failure: { kind: 'malformed' } });
    const stores = memoryStores();
    const offline = new GithubClient({ ...stores, fetch: async () => Promise.reject(new TypeError('Failed to fetch')), now: () => NOW });
    expect(await offline.get('/users/ada')).toEqual({ ok: false, failure: { kind: 'offline', detail: 'the network is unreachable', retryAt: '2026-03-01T12:05:00.000Z' } });
  });

  it('ignores a budget read with another kind of credential', async () => {
    const { client, stores } = setup(() => ({ body: user }), 'ghp_secret');
    await stores.limits.put({ authenticated: false, core: { limit: 60, remaining: 0, resetAt: RESET }, updatedAt: NOW.toISOString() });
    expect(await client.get('/users/ada')).toMatchObject({ ok: true });
    expect(stores.state()).toMatchObject({ authenticated: true, core: { remaining: 59 } });
  });

  it('reads rel="next" from a Link header and accepts only api.github.com addresses', () => {
    expect(nextLink('<https://api.github.com/user/1/repos?page=2>; rel="next", <https://api.github.com/user/1/repos?page=3>; rel="last"')).toBe(
      'https://api.github.com/user/1/repos?page=2',
    );
    expect(nextLink('<https://api.github.com/user/1/repos?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
    expect(apiUrl('/users/ada')?.href).toBe('https://api.github.com/users/ada');
    expect(apiUrl('http://api.github.com/users/ada')).toBeUndefined();
  });
});
