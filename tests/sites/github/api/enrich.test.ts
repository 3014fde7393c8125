import { describe, expect, it } from 'vitest';
import { GithubClient } from '@/lib/sites/github/api/client';
import { fetchEnrichment, groupMergedPullRequests, organizationsFromApi, withEnrichment } from '@/lib/sites/github/api/enrich';
import { GithubProfileSchema, type GithubProfile } from '@/lib/schema/profile';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../../../real-fixtures';
import { FakeGithub, memoryStores, searchItem, searchResult, type FakeAnswer } from './fake-github';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const api = (file: string): unknown => JSON.parse(readRealFixture(`github_api/${file}`));
const MOJOMBO_USER = 'honeypotiogit-lang__tests__fixtures__user.json';
const MOJOMBO_REPOS = 'honeypotiogit-lang__tests__fixtures__repos.json';
const SMILGA_USER = 'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockUser.derived.json';
const SMILGA_REPOS = 'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockRepos.derived.json';

// No recording of /users/:login/orgs or /search/issues exists in ../shared: those two answers are
// written here in the documented shape, small, and say so.
const ORGS = [{ login: 'github', id: 9919, description: 'How people build software.' }];
const PULLS = searchResult([
  searchItem('rails', 'rails', 1, '2015-01-02T00:00:00Z'),
  searchItem('rails', 'rails', 2, '2016-05-06T00:00:00Z'),
  searchItem('jekyll', 'jekyll', 3, '2014-03-04T00:00:00Z'),
]);

function fakeFor(user: unknown, repos: unknown[], overrides: (url: URL) => FakeAnswer | undefined = () => undefined, perPage = 100) {
  return new FakeGithub((url) => {
    const override = overrides(url);
    if (override) return override;
    if (url.pathname.endsWith('/repos')) {
      const page = Number(url.searchParams.get('page') ?? '1');
      const next = page * perPage < repos.length ? { link: `<${url.origin}${url.pathname}?page=${page + 1}>; rel="next"` } : undefined;
      return { body: repos.slice((page - 1) * perPage, page * perPage), headers: next };
    }
    if (url.pathname.endsWith('/orgs')) return { body: ORGS };
    if (url.pathname === '/search/issues') return { body: PULLS };
    if (/^\/users\/[^/]+$/.test(url.pathname)) return { body: user };
    return undefined;
  });
}

function clientFor(github: FakeGithub, stores = memoryStores(), token?: string) {
  return new GithubClient({ token, cache: stores.cache, limits: stores.limits, fetch: github.fetch, now: () => NOW, sleep: async () => undefined });
}

if (!hasRealFixtures) console.warn(SKIP_REASON);

describe.skipIf(!hasRealFixtures)('fetchEnrichment on recorded responses', () => {
  it('mojombo: 3 core requests and 1 search for a new profile; originals and forks kept apart', async () => {
    const github = fakeFor(api(MOJOMBO_USER), api(MOJOMBO_REPOS) as unknown[]);
    const result = await fetchEnrichment(clientFor(github), 'mojombo', NOW);
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.partial).toBeUndefined();
    expect(github.sent.map((request) => new URL(request.url).pathname)).toEqual(['/users/mojombo', '/users/mojombo/repos', '/users/mojombo/orgs', '/search/issues']);
    expect(new URL(github.sent[3]!.url).searchParams.get('q')).toBe('author:mojombo type:pr is:merged -user:mojombo');
    // Read by hand from repos.json: 7 repositories, forks 30daysoflaptops.github.io, benbalter.github.com, bower.
    expect(result.data.repositories).toHaveLength(7);
    expect(result.data.repositories.filter((repo) => repo.isFork).map((repo) => repo.name)).toEqual(['30daysoflaptops.github.io', 'benbalter.github.com', 'bower']);
    expect(result.data.repositories.find((repo) => repo.name === 'bert')).toMatchObject({ language: 'Ruby', stars: 182, sizeKb: 186, isFork: false });
    expect(result.data.repositoriesAtLimit).toBe(false);
    expect(result.data.organizations).toEqual([{ login: 'github', url: 'https://github.com/github' }]);
    expect(result.data.mergedPullRequests?.map((group) => [group.repo, group.count])).toEqual([['rails/rails', 2], ['jekyll/jekyll', 1]]);
  });

  it('a revisit sends the validators back: every answer is a 304, and with a token none is counted', async () => {
    const github = fakeFor(api(MOJOMBO_USER), api(MOJOMBO_REPOS) as unknown[]);
    const stores = memoryStores();
    await fetchEnrichment(clientFor(github, stores, 'ghp_token'), 'mojombo', NOW);
    const before = github.sent.length;
    const again = await fetchEnrichment(clientFor(github, stores, 'ghp_token'), 'mojombo', NOW);
    expect(again.ok && again.data.repositories).toHaveLength(7);
    const revisit = github.sent.slice(before);
    expect(revisit.map((request) => request.status)).toEqual([304, 304, 304, 304]);
    expect(revisit.every((request) => request.headers['if-none-match'])).toBe(true);
    expect(github.counted()).toHaveLength(4);
  });

  it('john-smilga: 100 repositories over pages of 30 follow the Link header, capped at 3 pages', async () => {
    const repos = api(SMILGA_REPOS) as unknown[];
    const github = fakeFor(api(SMILGA_USER), repos, undefined, 30);
    const result = await fetchEnrichment(clientFor(github), 'john-smilga', NOW);
    if (!result.ok) throw new Error(result.failure.detail);
    expect(github.sent.filter((request) => request.url.includes('/repos'))).toHaveLength(3);
    expect(result.data.repositories).toHaveLength(90);
    expect(result.data.repositoriesAtLimit).toBe(true);
  });

  it('a failed search keeps what was read and names what is missing', async () => {
    const github = fakeFor(api(MOJOMBO_USER), api(MOJOMBO_REPOS) as unknown[], (url) =>
      url.pathname === '/search/issues' ? { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0' } } : undefined,
    );
    const result = await fetchEnrichment(clientFor(github), 'mojombo', NOW);
    expect(result).toMatchObject({ ok: true, partial: { failure: { kind: 'rate-limited' }, missing: ['merged pull requests'] } });
    expect(result.ok && result.data.mergedPullRequests).toBeUndefined();
    expect(result.ok && result.data.organizations).toHaveLength(1);
  });

  it('refuses an organization, a bot or an answer for someone else', async () => {
    const org = api('PyGithubPyGithub__tests__ReplayData__Reaction.setUp.txt__GET_users_PyGithub.json');
    expect(await fetchEnrichment(clientFor(fakeFor(org, [])), 'PyGithub', NOW)).toMatchObject({ ok: false, failure: { kind: 'not-found' } });
    expect(await fetchEnrichment(clientFor(fakeFor(api(MOJOMBO_USER), [])), 'defunkt', NOW)).toMatchObject({
      ok: false,
      failure: { kind: 'malformed', detail: 'the API answered for @mojombo' },
    });
  });

  it('a 404 user (renamed or deleted) stops before the repositories', async () => {
    const github = fakeFor(api(MOJOMBO_USER), [], (url) => (url.pathname === '/users/gone' ? { status: 404, body: { message: 'Not Found' } } : undefined));
    expect(await fetchEnrichment(clientFor(github), 'gone', NOW)).toMatchObject({ ok: false, failure: { kind: 'not-found' } });
    expect(github.sent).toHaveLength(1);
  });
});

describe('merged pull requests and organizations', () => {
  it('groups by repository, most first, leaves out the person’s own repositories and non-PRs', () => {
    const items = [
      searchItem('golang', 'go', 10, '2024-02-01T00:00:00Z'),
      searchItem('kubernetes', 'kubernetes', 11, '2023-01-01T00:00:00Z'),
      searchItem('golang', 'go', 12, '2025-06-01T00:00:00Z'),
      searchItem('Ada', 'own-project', 13, '2025-01-01T00:00:00Z'),
      { html_url: 'https://github.com/x/y/issues/1', repository_url: 'https://api.github.com/repos/x/y' },
      { repository_url: 'https://evil.example/repos/a/b', pull_request: {} },
      'junk',
    ];
    expect(groupMergedPullRequests(items, 'ada')).toEqual([
      { repo: 'golang/go', url: 'https://github.com/golang/go/pulls?q=is%3Apr%20is%3Amerged%20author%3Aada', count: 2, latestMergedAt: '2025-06-01T00:00:00Z' },
      { repo: 'kubernetes/kubernetes', url: 'https://github.com/kubernetes/kubernetes/pulls?q=is%3Apr%20is%3Amerged%20author%3Aada', count: 1, latestMergedAt: '2023-01-01T00:00:00Z' },
    ]);
  });

  it('organizations become github.com links; malformed items are skipped', () => {
    expect(organizationsFromApi([{ login: 'golang' }, { id: 3 }, null])).toEqual([{ login: 'golang', url: 'https://github.com/golang' }]);
  });

  it('withEnrichment adds API data to a page capture: page fields kept, organizations joined without duplicates', () => {
    const page: GithubProfile = GithubProfileSchema.parse({
      site: 'github',
      login: 'ada',
      url: 'https://github.com/ada',
      bio: 'from the page',
      organizations: [{ login: 'Golang', url: 'https://github.com/Golang' }],
      capturedAt: NOW.toISOString(),
    });
    const merged = withEnrichment(page, {
      candidateKey: 'github:ada',
      login: 'ada',
      checkedAt: NOW.toISOString(),
      fetchedAt: NOW.toISOString(),
      repositories: [],
      organizations: [{ login: 'golang', url: 'https://github.com/golang' }, { login: 'nodejs', url: 'https://github.com/nodejs' }],
      mergedPullRequests: [{ repo: 'golang/go', url: 'https://github.com/golang/go/pulls', count: 2 }],
    });
    expect(GithubProfileSchema.parse(merged)).toEqual(merged);
    expect(merged).toMatchObject({ bio: 'from the page', repositories: [], mergedPullRequests: [{ repo: 'golang/go', count: 2 }] });
    expect(merged.organizations.map((org) => org.login)).toEqual(['Golang', 'nodejs']);
    expect(withEnrichment(page, undefined)).toBe(page);
  });
});
