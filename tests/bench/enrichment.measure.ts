import { describe, expect, it } from 'vitest';
import { GithubClient } from '@/lib/sites/github/api/client';
import { fetchEnrichment } from '@/lib/sites/github/api/enrich';
import { fetchEnrichmentGraphql } from '@/lib/sites/github/api/enrich-graphql';
import { dueState } from '@/lib/sites/github/api/freshness';
import { ENRICHMENT_TTL_MS } from '@/lib/schema/enrichment';
import { FakeGithub, memoryStores, searchResult } from '../sites/github/api/fake-github';
import { graphqlFixture, isGraphql, pagedProfile, variablesOf } from '../sites/github/api/fake-graphql';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../real-fixtures';
import { printTable, ratio, type Row } from './report';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const api = (file: string): unknown => JSON.parse(readRealFixture(`github_api/${file}`));

/** Recorded user and repository lists (../shared/fixtures/real/github_api). */
const PROFILES = [
  { login: 'mojombo', user: 'honeypotiogit-lang__tests__fixtures__user.json', repos: 'honeypotiogit-lang__tests__fixtures__repos.json' },
  { login: 'sferik', user: 'octokitoctokit.rb__spec__fixtures__v3__user.json', repos: 'octokitoctokit.rb__spec__fixtures__v3__repositories.json' },
  { login: 'jacquev6', user: 'PyGithubPyGithub__tests__ReplayData__Equality.testUserDifference.txt__GET_users_jacquev6.json', repos: 'PyGithubPyGithub__tests__ReplayData__NamedUser.testGetReposWithAllArgs.txt__GET_users_jacquev6_repos.json' },
  {
    login: 'john-smilga',
    user: 'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockUser.derived.json',
    repos: 'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockRepos.derived.json',
  },
];

/** GitHub paginates at 100; a synthetic 250-repository account shows the pagination cost. */
function serve(user: unknown, repos: unknown[]) {
  return new FakeGithub((url) => {
    if (url.pathname.endsWith('/repos')) {
      const page = Number(url.searchParams.get('page') ?? '1');
      const link = page * 100 < repos.length ? { link: `<${url.origin}${url.pathname}?page=${page + 1}>; rel="next"` } : undefined;
      return { body: repos.slice((page - 1) * 100, page * 100), headers: link };
    }
    if (url.pathname.endsWith('/orgs')) return { body: [] };
    if (url.pathname === '/search/issues') return { body: searchResult([]) };
    return /^\/users\/[^/]+$/.test(url.pathname) ? { body: user } : undefined;
  });
}

interface Visit {
  core: number;
  search: number;
  pages: number;
  counted: number;
}

async function visit(github: FakeGithub, stores: ReturnType<typeof memoryStores>, login: string, token?: string): Promise<Visit> {
  const before = github.sent.length;
  const countedBefore = github.counted().length;
  const client = new GithubClient({ token, cache: stores.cache, limits: stores.limits, fetch: github.fetch, now: () => NOW, sleep: async () => undefined });
  const result = await fetchEnrichment(client, login, NOW);
  if (!result.ok) throw new Error(`${login}: ${result.failure.detail}`);
  const sent = github.sent.slice(before);
  return {
    core: sent.filter((request) => !request.url.includes('/search/')).length,
    search: sent.filter((request) => request.url.includes('/search/')).length,
    pages: sent.filter((request) => request.url.includes('/repos')).length,
    counted: github.counted().length - countedBefore,
  };
}

describe.skipIf(!hasRealFixtures)('GitHub API requests per profile', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('new profile, revisit within the TTL, revisit after it (with and without a token)', async () => {
    const rows: Row[] = [];
    const big = { login: 'mojombo-250', user: { ...(api(PROFILES[0]!.user) as object), login: 'mojombo-250' }, repos: Array.from({ length: 250 }, (_, i) => ({ name: `r${i}`, fork: false, size: 10 })) };
    const cases = [...PROFILES.map((p) => ({ login: p.login, user: api(p.user), repos: api(p.repos) as unknown[] })), big];
    for (const { login, user, repos } of cases) {
      for (const token of [undefined, 'ghp_benchmark']) {
        const github = serve(user, repos);
        const stores = memoryStores();
        const first = await visit(github, stores, login, token);
        const fetchedAt = NOW.toISOString();
        const withinTtl = dueState({ candidateKey: login, login, checkedAt: fetchedAt, fetchedAt }, new Date(NOW.getTime() + ENRICHMENT_TTL_MS / 2));
        const again = await visit(github, stores, login, token);
        const auth = token ? 'token' : 'no token';
        const extraPages = first.pages - 1;
        rows.push(
          { measure: `${login} (${repos.length} repos, ${auth}): new, core`, value: String(first.core), target: `≤ ${3 + extraPages}`, ratio: ratio(first.core, 3 + extraPages) },
          { measure: `${login} (${auth}): new, search`, value: String(first.search), target: '1', ratio: ratio(first.search, 1) },
          { measure: `${login} (${auth}): revisit within TTL, sent`, value: withinTtl === 'fresh' ? '0' : 'due', target: '0', ratio: withinTtl === 'fresh' ? '0.00×' : '∞' },
          { measure: `${login} (${auth}): revisit after TTL, counted`, value: `${again.counted} (all ${again.core + again.search} were 304)`, target: '0', ratio: again.counted === 0 ? '0.00×' : `${again.counted} over` },
        );
        expect(withinTtl).toBe('fresh');
      }
    }
    printTable('GitHub API requests per profile (recorded responses; GitHub counts a 304 only without a token)', rows);
    expect(rows.length).toBeGreaterThan(0);
  });
});

/** The token path: hand-made GraphQL answers (tests/fixtures/github), one query per person. */
describe('GitHub GraphQL requests per profile (with a token)', () => {
  it('new profile, revisit within the TTL, a person with 250 repositories', async () => {
    const rows: Row[] = [];
    const cases = [
      { name: 'gopher-jane (hand-made answer)', repositories: 'fixture', answer: () => ({ body: graphqlFixture('profile') }) },
      { name: 'gopher-jane, 250 repositories', repositories: '250', answer: pagedProfile(250) },
    ];
    for (const { name, answer } of cases) {
      const github = new FakeGithub((url, request) => (isGraphql(url, request) ? answer(variablesOf(request)) : undefined));
      const stores = memoryStores();
      const client = new GithubClient({ token: 'ghp_benchmark', cache: stores.cache, limits: stores.limits, fetch: github.fetch, now: () => NOW, sleep: async () => undefined });
      const first = await fetchEnrichmentGraphql(client, 'gopher-jane', NOW);
      if (!first.ok) throw new Error(first.failure.detail);
      const sentNew = github.sent.length;
      const again = await fetchEnrichmentGraphql(client, 'gopher-jane', new Date(NOW.getTime() + ENRICHMENT_TTL_MS / 2));
      expect(again.ok).toBe(true);
      const pages = Math.ceil((first.data.repositories.length || 1) / 100);
      rows.push(
        { measure: `${name}: new, GraphQL requests (REST: 3 core + 1 search)`, value: String(sentNew), target: `≤ ${pages}`, ratio: ratio(sentNew, pages) },
        { measure: `${name}: revisit within TTL, sent`, value: String(github.sent.length - sentNew), target: '0', ratio: github.sent.length === sentNew ? '0.00×' : 'over' },
      );
    }
    printTable('GitHub GraphQL requests per profile (hand-made answers in the API’s shape)', rows);
    expect(rows.length).toBe(4);
  });
});
