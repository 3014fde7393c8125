import { describe, expect, it } from 'vitest';
import { GithubClient } from '@/lib/sites/github/api/client';
import { fetchEnrichmentGraphql, graphqlCacheKey } from '@/lib/sites/github/api/enrich-graphql';
import { goRequirements } from '@/lib/sites/github/api/repository-files';
import { ENRICHMENT_TTL_MS } from '@/lib/schema/enrichment';
import { GithubProfileSchema } from '@/lib/schema/profile';
import { FakeGithub, memoryStores, type FakeAnswer } from './fake-github';
import { graphqlFixture, isGraphql, pagedProfile, variablesOf, type GraphqlVariables } from './fake-graphql';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LOGIN = 'gopher-jane';

function graphqlServer(answer: (variables: GraphqlVariables) => FakeAnswer | undefined) {
  return new FakeGithub((url, request) => (isGraphql(url, request) ? answer(variablesOf(request)) : undefined));
}

function clientFor(github: FakeGithub, stores = memoryStores(), now = NOW) {
  return new GithubClient({ token: 'ghp_token', cache: stores.cache, limits: stores.limits, fetch: github.fetch, now: () => now, sleep: async () => undefined });
}

async function read(answer: (variables: GraphqlVariables) => FakeAnswer | undefined = () => ({ body: graphqlFixture('profile') }), login = LOGIN) {
  const github = graphqlServer(answer);
  const result = await fetchEnrichmentGraphql(clientFor(github), login, NOW);
  return { github, result };
}

async function readData() {
  const { github, result } = await read();
  if (!result.ok) throw new Error(result.failure.detail);
  return { github, data: result.data, partial: result.partial };
}

describe('fetchEnrichmentGraphql: one query per person', () => {
  it('sends one POST to api.github.com/graphql with the token, for public repositories the person owns, most recently pushed first', async () => {
    const { github, data, partial } = await readData();
    expect(github.sent).toHaveLength(1);
    const [request] = github.sent;
    expect(request).toMatchObject({ url: 'https://api.github.com/graphql', method: 'POST', headers: { authorization: 'Bearer ghp_token', 'content-type': 'application/json' } });
    expect(variablesOf(request!)).toEqual({ login: LOGIN });
    const query = (request!.body as { query: string }).query;
    expect(query).toContain('ownerAffiliations: OWNER, privacy: PUBLIC, orderBy: { field: PUSHED_AT, direction: DESC }');
    expect(query).toContain('commitContributionsByRepository(maxRepositories: 100)');
    expect(partial).toBeUndefined();
    expect(data.via).toBe('graphql');
  });

  it('makes the same profile REST would: name, website, counts; an empty public email is no email', async () => {
    const { data } = await readData();
    expect(GithubProfileSchema.parse(data.profile)).toEqual(data.profile);
    expect(data.profile).toMatchObject({ login: LOGIN, name: 'Jane Gopher', company: '@acme-corp', website: 'https://jane.dev', followers: 120, following: 8, location: 'Berlin' });
    expect(data.profile.email).toBeUndefined();
    expect(data.profile.repositories).toEqual(data.repositories);
    expect(data.profile.contributionsByRepository).toEqual(data.contributionsByRepository);
  });

  it('every language with its bytes, largest first, and the number of releases', async () => {
    const { data } = await readData();
    const scheduler = data.repositories.find((repo) => repo.name === 'scheduler');
    expect(scheduler).toMatchObject({
      language: 'Go',
      languages: [
        { name: 'Go', bytes: 52000 },
        { name: 'Shell', bytes: 1800 },
        { name: 'Dockerfile', bytes: 310 },
      ],
      releases: 3,
      topics: ['kubernetes', 'scheduler'],
      stars: 41,
      sizeKb: 2400,
    });
    expect(data.repositories.find((repo) => repo.name === 'empty-idea')).toMatchObject({ languages: [], releases: 0 });
  });

  it('files at HEAD for the recent originals: go.mod with 3 requires, Dockerfile, chart, CI, tests; an empty workflows folder is no CI', async () => {
    const { data } = await readData();
    const files = Object.fromEntries(data.repositories.map((repo) => [repo.name, repo.files]));
    expect(files.scheduler).toEqual({ goModule: true, goDependencies: 3, dockerfile: true, kubernetes: true, ciConfig: true, tests: true });
    expect(files['notes-web']).toEqual({ goModule: false, dockerfile: false, kubernetes: false, ciConfig: false, tests: true });
    expect(files['empty-idea']).toBeUndefined(); // no HEAD: not read, not "no files"
    expect(files.kubernetes).toBeUndefined(); // a fork is not examined
  });

  it('a fork keeps when it was forked, so a later push is the person’s own', async () => {
    const { data } = await readData();
    expect(data.repositories.find((repo) => repo.name === 'kubernetes')).toMatchObject({ isFork: true, createdAt: '2025-06-01T09:00:00Z', pushedAt: '2025-07-15T12:00:00Z' });
  });

  it('commits by repository, others’ marked; a private repository the token can see is left out', async () => {
    const { data } = await readData();
    expect(data.contributionsByRepository).toEqual([
      {
        repo: 'gopher-jane/scheduler',
        url: 'https://github.com/gopher-jane/scheduler',
        commits: 212,
        othersRepository: false,
        language: 'Go',
        description: 'A small job scheduler for Kubernetes clusters.',
        topics: ['kubernetes', 'scheduler'],
        stars: 41,
      },
      expect.objectContaining({ repo: 'kubernetes/kubernetes', commits: 14, othersRepository: true, topics: ['kubernetes', 'containers', 'cncf'], stars: 112000 }),
      expect.objectContaining({ repo: 'golang/go', commits: 6, othersRepository: true, language: 'Go' }),
    ]);
  });

  it('merged pull requests grouped as the REST search’s are; own and private repositories left out', async () => {
    const { data } = await readData();
    expect(data.mergedPullRequests).toEqual([
      { repo: 'golang/go', url: 'https://github.com/golang/go/pulls?q=is%3Apr%20is%3Amerged%20author%3Agopher-jane', count: 2, latestMergedAt: '2025-10-01T09:00:00Z' },
      { repo: 'kubernetes/kubernetes', url: 'https://github.com/kubernetes/kubernetes/pulls?q=is%3Apr%20is%3Amerged%20author%3Agopher-jane', count: 1, latestMergedAt: '2025-08-03T14:00:00Z' },
    ]);
    expect(data.mergedPullRequestsTotal).toBe(3); // every one was read: the total for others' repositories is exact
    expect(data.organizations).toEqual([
      { login: 'kubernetes', url: 'https://github.com/kubernetes' },
      { login: 'cncf', url: 'https://github.com/cncf' },
    ]);
  });

  it('no total when more merged pull requests exist than were read (GraphQL’s total counts own repositories too)', async () => {
    const { result } = await read(() => {
      const body = graphqlFixture('profile');
      body.data.repositoryOwner.pullRequests.totalCount = 250;
      return { body };
    });
    expect(result.ok && result.data.mergedPullRequestsTotal).toBeUndefined();
  });
});

describe('paging over 100 repositories', () => {
  it('250 repositories: 3 queries, each page after the last cursor', async () => {
    const pages = pagedProfile(250);
    const { github, result } = await read(pages);
    expect(github.sent.map((request) => variablesOf(request).after)).toEqual([undefined, 'cursor-100', 'cursor-200']);
    expect(result.ok && result.data.repositories).toHaveLength(250);
    expect(result.ok && result.data.repositoriesAtLimit).toBe(false);
  });

  it('350 repositories: capped at 3 pages (300), like REST', async () => {
    const { github, result } = await read(pagedProfile(350));
    expect(github.sent).toHaveLength(3);
    expect(result.ok && result.data.repositories).toHaveLength(300);
    expect(result.ok && result.data.repositoriesAtLimit).toBe(true);
  });
});

describe('the cache: GraphQL answers have no ETag, so the answer is kept for the TTL', () => {
  it('a revisit within the TTL sends nothing; Refresh and a visit after the TTL ask again', async () => {
    const github = graphqlServer(() => ({ body: graphqlFixture('profile') }));
    const stores = memoryStores();
    await fetchEnrichmentGraphql(clientFor(github, stores), LOGIN, NOW);
    expect([...stores.cached.keys()]).toEqual([graphqlCacheKey(LOGIN)]);

    const later = new Date(NOW.getTime() + ENRICHMENT_TTL_MS - 60_000);
    const again = await fetchEnrichmentGraphql(clientFor(github, stores, later), LOGIN, later);
    expect(again.ok && again.data.repositories).toHaveLength(4);
    expect(github.sent).toHaveLength(1);

    await fetchEnrichmentGraphql(clientFor(github, stores, later), LOGIN, later, { refresh: true });
    expect(github.sent).toHaveLength(2);
    const expired = new Date(later.getTime() + ENRICHMENT_TTL_MS + 60_000); // the refresh stored a new answer
    await fetchEnrichmentGraphql(clientFor(github, stores, expired), LOGIN, expired);
    expect(github.sent).toHaveLength(3);
  });

  it('the key is per login (any case) and per query version, shaped so "Forget this person" finds it', () => {
    expect(graphqlCacheKey('Gopher-Jane')).toBe(graphqlCacheKey('gopher-jane'));
    expect(graphqlCacheKey('gopher-jane')).toMatch(/^https:\/\/api\.github\.com\/graphql\/[0-9a-f]{8}\/users\/gopher-jane$/);
    expect(graphqlCacheKey('gopher-jane', 'abc=')).toMatch(/\/users\/gopher-jane\?after=abc%3D$/);
  });
});

describe('failures', () => {
  it('an unknown login is not-found, whether the owner is null or there is no data at all', async () => {
    expect((await read(() => ({ body: graphqlFixture('not-found') }), 'gone-user')).result).toMatchObject({ ok: false, via: 'graphql', failure: { kind: 'not-found' } });
    const noData = { data: null, errors: graphqlFixture('not-found').errors };
    expect((await read(() => ({ body: noData }), 'gone-user')).result).toMatchObject({ ok: false, failure: { kind: 'not-found' } });
    expect((await read(() => ({ body: { data: { repositoryOwner: null } } }), 'gone-user')).result).toMatchObject({ ok: false, failure: { kind: 'not-found' } });
  });

  it('an organization is refused like REST refuses it, after one request', async () => {
    const { github, result } = await read(() => ({ body: graphqlFixture('organization') }), 'kubernetes');
    expect(result).toEqual({ ok: false, via: 'graphql', failure: { kind: 'not-found', detail: 'an organization account, not a person' } });
    expect(github.sent).toHaveLength(1);
  });

  it('an answer about someone else is refused', async () => {
    expect((await read(undefined, 'someone-else')).result).toMatchObject({ ok: false, failure: { kind: 'malformed', detail: 'the API answered for @gopher-jane' } });
  });

  it('RATE_LIMITED (HTTP 200, no data): retried at the reset from the headers, and nothing is sent before it', async () => {
    const reset = Math.floor(Date.parse('2026-03-01T12:40:00Z') / 1000);
    const github = graphqlServer(() => ({ body: graphqlFixture('rate-limited'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'graphql' } }));
    const stores = memoryStores();
    const result = await fetchEnrichmentGraphql(clientFor(github, stores), LOGIN, NOW);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAt: '2026-03-01T12:40:00.000Z' } });
    expect(stores.state()?.graphql).toMatchObject({ remaining: 0 });
    expect(await fetchEnrichmentGraphql(clientFor(github, stores), LOGIN, NOW, { refresh: true })).toMatchObject({ ok: false, failure: { kind: 'rate-limited' } });
    expect(github.sent).toHaveLength(1);
  });

  it('RATE_LIMIT, the type GitHub sends today, is a rate limit too', async () => {
    const body = { errors: [{ type: 'RATE_LIMIT', code: 'graphql_rate_limit', message: 'API rate limit already exceeded for user ID 1.' }] };
    expect((await read(() => ({ body }))).result).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAt: '2026-03-01T13:00:00.000Z' } });
  });

  it('unreadable answers are malformed: not JSON, no repository list, data of the wrong type, errors of an unknown type', async () => {
    const cases: FakeAnswer[] = [
      { text: '{"data": {' },
      { body: { data: { repositoryOwner: { __typename: 'User', login: LOGIN } } } },
      { body: { data: 'oops' } },
      { body: { errors: [{ message: 'Field "nope" doesn\'t exist on type "User"' }] } },
    ];
    for (const answer of cases) expect((await read(() => answer)).result, JSON.stringify(answer)).toMatchObject({ ok: false, failure: { kind: 'malformed' } });
  });

  it('a timeout is a server fault, tried again later', async () => {
    const body = { data: null, errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.' }] };
    expect((await read(() => ({ body }))).result).toMatchObject({ ok: false, failure: { kind: 'server', retryAt: '2026-03-01T12:05:00.000Z' } });
  });

  it('partial data with errors keeps what is usable, names what is missing, and is not cached', async () => {
    const partialAnswer = () => {
      const body = graphqlFixture('profile');
      body.data.repositoryOwner.pullRequests = null;
      body.data.repositoryOwner.repositories.nodes.push(null); // an item GraphQL could not resolve
      body.errors = [{ type: 'SERVICE_UNAVAILABLE', path: ['repositoryOwner', 'pullRequests'], message: 'Pull requests are unavailable right now.' }];
      return { body };
    };
    const github = graphqlServer(partialAnswer);
    const stores = memoryStores();
    const result = await fetchEnrichmentGraphql(clientFor(github, stores), LOGIN, NOW);
    expect(result).toMatchObject({ ok: true, partial: { failure: { kind: 'malformed', detail: expect.stringContaining('SERVICE_UNAVAILABLE') }, missing: ['merged pull requests'] } });
    expect(result.ok && result.data.mergedPullRequests).toBeUndefined();
    expect(result.ok && result.data.repositories).toHaveLength(4);
    expect(result.ok && result.data.contributionsByRepository).toHaveLength(3);
    expect(stores.cached.size).toBe(0);
  });
});

describe('go.mod requirements', () => {
  it('counts modules in require blocks and single lines, comments and empty blocks aside', () => {
    expect(goRequirements(graphqlFixture('profile').data.repositoryOwner.examined.nodes[0].goMod.text)).toBe(3);
    expect(goRequirements('module x\n\ngo 1.22\n')).toBe(0);
    expect(goRequirements('module x\nrequire ()\nrequire (\n  // none yet\n)\nrequire (\n\ta v1\n\tb v2 // indirect\n)\r\nrequire c v3\r\n')).toBe(3);
  });
});
