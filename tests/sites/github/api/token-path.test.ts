import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { forgetCandidate } from '@/lib/services';
import { handlePageRead } from '@/lib/services/handlers';
import { capturePersonFromApi, enrichCandidate } from '@/lib/services/capture/enrich-github';
import { githubToken } from '@/lib/services/capture/github-token';
import type { Candidate } from '@/lib/schema/candidate';
import type { GithubProfile } from '@/lib/schema/profile';
import { FakeGithub, searchItem, searchResult, type FakeAnswer, type FakeRequest } from './fake-github';
import { graphqlFixture, isGraphql } from './fake-graphql';
import { resetDatabase } from '../../../support/database';

/** The background with a token: which path it takes, how often it asks, and the fallback to REST. */

const EXTENSION_ID = 'our-extension-id';
const LOGIN = 'gopher-jane';
const KEY = `github:${LOGIN}`;
const T0 = new Date('2026-03-01T12:00:00.000Z');
const hoursLater = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

const page: GithubProfile = {
  site: 'github',
  login: LOGIN,
  url: `https://github.com/${LOGIN}`,
  bio: 'Backend developer.',
  socialLinks: [],
  organizations: [],
  pinned: [],
  capturedAt: T0.toISOString(),
};

const restAnswer = (url: URL): FakeAnswer | undefined => {
  if (url.pathname === `/users/${LOGIN}`) return { body: { login: LOGIN, type: 'User' } };
  if (url.pathname === `/users/${LOGIN}/repos`) return { body: [{ name: 'scheduler', owner: { login: LOGIN }, language: 'Go', pushed_at: '2026-02-01T00:00:00Z' }] };
  if (url.pathname === `/users/${LOGIN}/orgs`) return { body: [{ login: 'kubernetes' }] };
  if (url.pathname === '/search/issues') return { body: searchResult([searchItem('golang', 'go', 1, '2025-10-01T00:00:00Z')]) };
  return undefined;
};

let graphqlAnswer: () => FakeAnswer;
let fake: FakeGithub;

const paths = () => fake.sent.map((request) => `${request.method} ${new URL(request.url).pathname}`);
const enrich = (now: Date, force = false) => enrichCandidate(KEY, { now, force, client: { fetch: fake.fetch, now: () => now, sleep: async () => undefined } });

async function capture() {
  await handlePageRead({ status: 'profile', url: page.url, profile: page }, { id: EXTENSION_ID, tab: { id: 1 } }, EXTENSION_ID, () => undefined);
}

function githubOf(candidate: Candidate | undefined): GithubProfile {
  if (candidate?.profile.site !== 'github') throw new Error('expected a stored GitHub candidate');
  return candidate.profile;
}

beforeEach(async () => {
  await resetDatabase();
  await githubToken.setValue('ghp_token_for_tests_0000000');
  graphqlAnswer = () => ({ body: graphqlFixture('profile') });
  fake = new FakeGithub((url: URL, request: FakeRequest) => (isGraphql(url, request) ? graphqlAnswer() : restAnswer(url)));
});

describe('with a token', () => {
  it('a new profile costs one GraphQL query; the stored enrichment and the profile carry languages, files and contributions', async () => {
    await capture();
    expect(await enrich(T0)).toBe('enriched');
    expect(paths()).toEqual(['POST /graphql']);

    const stored = await db.enrichment.get(KEY);
    expect(stored).toMatchObject({ via: 'graphql', fetchedAt: T0.toISOString(), mergedPullRequestsTotal: 3 });
    expect(stored?.contributionsByRepository).toHaveLength(3);
    const profile = githubOf(await db.candidates.get(KEY));
    expect(profile.repositories?.find((repo) => repo.name === 'scheduler')).toMatchObject({ releases: 3, files: { goModule: true, goDependencies: 3 } });
    expect(profile.contributionsByRepository?.filter((repo) => repo.othersRepository).map((repo) => repo.repo)).toEqual(['kubernetes/kubernetes', 'golang/go']);
    expect(profile.mergedPullRequests?.map((group) => group.repo)).toEqual(['golang/go', 'kubernetes/kubernetes']);
    expect(profile.bio).toBe('Backend developer.'); // the page's own fields win
  });

  it('a revisit within the TTL sends nothing; Refresh asks again despite the cached answer', async () => {
    await capture();
    await enrich(T0);
    expect(await enrich(hoursLater(2))).toBe('fresh');
    expect(fake.sent).toHaveLength(1);
    expect(await enrich(hoursLater(3), true)).toBe('enriched');
    expect(paths()).toEqual(['POST /graphql', 'POST /graphql']);
  });

  it('a 401 from GraphQL falls back to REST once: the person is still read, via REST', async () => {
    await capture();
    graphqlAnswer = () => ({ status: 401, body: { message: 'Bad credentials' } });
    expect(await enrich(T0)).toBe('enriched');
    expect(paths()).toEqual(['POST /graphql', `GET /users/${LOGIN}`, `GET /users/${LOGIN}/repos`, `GET /users/${LOGIN}/orgs`, 'GET /search/issues']);
    expect(await db.enrichment.get(KEY)).toMatchObject({ via: 'rest', repositories: [expect.objectContaining({ name: 'scheduler' })] });
  });

  it('a token both refuse is reported as refused, after one REST request', async () => {
    await capture();
    fake = new FakeGithub(() => ({ status: 401, body: { message: 'Bad credentials' } }));
    expect(await enrich(T0)).toBe('failed');
    expect(paths()).toEqual(['POST /graphql', `GET /users/${LOGIN}`]);
    expect((await db.enrichment.get(KEY))?.failure).toMatchObject({ kind: 'unauthorized', missing: ['repositories', 'organizations', 'merged pull requests'] });
  });

  it('a GraphQL failure other than a refusal does not fall back (a rate limit waits for its reset)', async () => {
    await capture();
    graphqlAnswer = () => ({ body: graphqlFixture('rate-limited'), headers: { 'x-ratelimit-remaining': '0' } });
    expect(await enrich(T0)).toBe('failed');
    expect(paths()).toEqual(['POST /graphql']);
    expect((await db.enrichment.get(KEY))?.failure).toMatchObject({ kind: 'rate-limited', retryAt: '2026-03-01T13:00:00.000Z', missing: expect.arrayContaining(['contributions by repository']) });
  });

  it('"Capture all" reads a listed person with one query too', async () => {
    expect(await capturePersonFromApi(LOGIN, { now: T0, client: { fetch: fake.fetch, now: () => T0 } })).toEqual({ kind: 'captured' });
    expect(paths()).toEqual(['POST /graphql']);
    expect(githubOf(await db.candidates.get(KEY)).contributionsByRepository).toHaveLength(3);
  });

  it('"Forget this person" erases the cached GraphQL answer', async () => {
    await capture();
    await enrich(T0);
    expect(await db.httpCache.count()).toBe(1);
    await forgetCandidate(KEY);
    expect(await db.httpCache.count()).toBe(0);
  });
});

describe('without a token', () => {
  it('exactly the REST requests as before: user, repositories, organizations, then the search', async () => {
    await githubToken.removeValue();
    await capture();
    expect(await enrich(T0)).toBe('enriched');
    expect(fake.sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET https://api.github.com/users/${LOGIN}`,
      `GET https://api.github.com/users/${LOGIN}/repos?type=owner&sort=pushed&per_page=100`,
      `GET https://api.github.com/users/${LOGIN}/orgs?per_page=100`,
      `GET https://api.github.com/search/issues?q=${encodeURIComponent(`author:${LOGIN} type:pr is:merged -user:${LOGIN}`)}&sort=updated&per_page=100`,
    ]);
    expect(fake.sent.every((request) => !request.headers.authorization)).toBe(true);
    expect(await db.enrichment.get(KEY)).toMatchObject({ via: 'rest' });
  });
});
