import { describe, expect, it, vi } from 'vitest';
import { GithubClient } from '@/lib/sites/github/api/client';
import { describeBudget } from '@/lib/sites/github/api/describe';
import { FakeGithub, memoryStores, type FakeAnswer, type FakeRequest } from './fake-github';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const CACHE = { key: 'https://api.github.com/graphql/test/users/ada', maxAgeMs: 60_000 };
const ANSWER = { data: { repositoryOwner: { login: 'ada' } } };

function setup(answer: (url: URL, request: FakeRequest) => FakeAnswer | undefined, token: string | null = 'ghp_secret') {
  const github = new FakeGithub(answer);
  const stores = memoryStores();
  const sleep = vi.fn(async (_ms: number) => undefined);
  const client = new GithubClient({ token: token ?? undefined, cache: stores.cache, limits: stores.limits, fetch: github.fetch, now: () => NOW, sleep });
  return { github, stores, sleep, client };
}

describe('GithubClient.graphql', () => {
  it('POSTs the query and variables as JSON to api.github.com/graphql, with the token', async () => {
    const { github, client } = setup(() => ({ body: ANSWER }));
    expect(await client.graphql('query { x }', { login: 'ada' }, CACHE)).toEqual({ ok: true, body: ANSWER, notModified: false });
    expect(github.sent).toEqual([
      expect.objectContaining({
        url: 'https://api.github.com/graphql',
        method: 'POST',
        body: { query: 'query { x }', variables: { login: 'ada' } },
        headers: expect.objectContaining({ authorization: 'Bearer ghp_secret', 'content-type': 'application/json' }),
      }),
    ]);
    expect(github.sent[0]!.headers['if-none-match']).toBeUndefined();
  });

  it('without a token nothing is sent: GitHub’s GraphQL API needs one', async () => {
    const { github, client } = setup(() => ({ body: ANSWER }), null);
    expect(await client.graphql('query { x }', {}, CACHE)).toMatchObject({ ok: false, failure: { kind: 'unauthorized' } });
    expect(github.sent).toHaveLength(0);
  });

  it('keeps a clean answer under the cache key (never under the shared /graphql URL) and reuses it within maxAgeMs', async () => {
    const { github, client, stores } = setup(() => ({ body: ANSWER }));
    await client.graphql('query { x }', {}, CACHE);
    expect([...stores.cached.keys()]).toEqual([CACHE.key]);
    expect(await client.graphql('query { x }', {}, CACHE)).toEqual({ ok: true, body: ANSWER, notModified: true });
    await client.graphql('query { x }', {}, { ...CACHE, maxAgeMs: 0 });
    expect(github.sent).toHaveLength(2);
  });

  it('records the graphql bucket from x-ratelimit-resource, beside an older stored state that has none', async () => {
    const { client, stores } = setup(() => ({ body: ANSWER }));
    await stores.limits.put({ authenticated: true, core: { limit: 5000, remaining: 4000, resetAt: '2026-03-01T13:00:00.000Z' }, updatedAt: NOW.toISOString() });
    await client.graphql('query { x }', {}, CACHE);
    expect(stores.state()).toMatchObject({ core: { remaining: 4000 }, graphql: { limit: 5000, remaining: 4999 } });
    expect(describeBudget(stores.state(), NOW)).toMatch(/^GitHub API: 4999 of 5000 GraphQL points left with your token, until /);
  });

  it('a 401 is unauthorized and its rate-limit numbers are not kept (GitHub sends 0 left for an hour with it)', async () => {
    const { client, stores } = setup(() => ({ status: 401, body: { message: 'Bad credentials' }, headers: { 'x-ratelimit-remaining': '0' } }));
    expect(await client.graphql('query { x }', {}, CACHE)).toMatchObject({ ok: false, failure: { kind: 'unauthorized' } });
    expect(stores.state()).toBeUndefined();
  });

  it('a 403 without a rate-limit sign is forbidden; a 502 is retried with the same body', async () => {
    expect(await setup(() => ({ status: 403, body: { message: 'Resource not accessible by personal access token' } })).client.graphql('q', {}, CACHE)).toMatchObject({
      failure: { kind: 'forbidden' },
    });
    let calls = 0;
    const flaky = setup(() => (++calls === 1 ? { status: 502, text: 'Bad gateway' } : { body: ANSWER }));
    expect(await flaky.client.graphql('query { x }', { login: 'ada' }, CACHE)).toMatchObject({ ok: true });
    expect(flaky.github.sent.map((request) => request.body)).toEqual([{ query: 'query { x }', variables: { login: 'ada' } }, { query: 'query { x }', variables: { login: 'ada' } }]);
  });

  it('GraphQL FORBIDDEN in a 200 answer is forbidden too (so the caller may fall back to REST)', async () => {
    const body = { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by personal access token' }] };
    expect(await setup(() => ({ body })).client.graphql('q', {}, CACHE)).toMatchObject({ ok: false, failure: { kind: 'forbidden' } });
  });
});
