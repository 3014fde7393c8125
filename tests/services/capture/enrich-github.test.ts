import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { handlePageRead, handleRefreshEnrichment } from '@/lib/services/handlers';
import { enrichCandidate } from '@/lib/services/capture/enrich-github';
import { dueState } from '@/lib/sites/github/api/freshness';
import { githubToken } from '@/lib/services/capture/github-token';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { FakeGithub, searchItem, searchResult, type FakeAnswer } from '../../sites/github/api/fake-github';
import type { Candidate } from '@/lib/schema/candidate';
import type { GithubProfile, Repository } from '@/lib/schema/profile';
import { resetDatabase } from '../../support/database';

function githubOf(candidate: Candidate | undefined): GithubProfile {
  if (candidate?.profile.site !== 'github') throw new Error('expected a stored GitHub candidate');
  return candidate.profile;
}

const EXTENSION_ID = 'our-extension-id';
const KEY = 'github:gopher-jane';
const T0 = new Date('2026-03-01T12:00:00.000Z');
const hoursLater = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

const page: GithubProfile = {
  site: 'github',
  login: 'gopher-jane',
  url: 'https://github.com/gopher-jane',
  bio: 'Backend developer.',
  socialLinks: [],
  organizations: [],
  pinned: [],
  capturedAt: T0.toISOString(),
};

const repo = (name: string, language: string, fork = false) => ({
  name,
  full_name: `gopher-jane/${name}`,
  owner: { login: 'gopher-jane' },
  html_url: `https://github.com/gopher-jane/${name}`,
  fork,
  language,
  stargazers_count: 40,
  forks_count: 2,
  size: 900,
  pushed_at: '2026-02-01T00:00:00Z',
  topics: ['kubernetes'],
});

const healthy = (url: URL): FakeAnswer | undefined => {
  if (url.pathname === '/users/gopher-jane') return { body: { login: 'gopher-jane', type: 'User' } };
  if (url.pathname === '/users/gopher-jane/repos') return { body: [repo('scheduler', 'Go'), repo('dotfiles', 'Shell', true)] };
  if (url.pathname === '/users/gopher-jane/orgs') return { body: [{ login: 'kubernetes' }] };
  if (url.pathname === '/search/issues') return { body: searchResult([searchItem('golang', 'go', 1, '2025-10-01T00:00:00Z')]) };
  return undefined;
};

let answer: (url: URL) => FakeAnswer | undefined;
const github = () => new FakeGithub((url) => answer(url));
let fake: FakeGithub;

async function enrich(now: Date, force = false) {
  return enrichCandidate(KEY, { now, force, client: { fetch: fake.fetch, now: () => now, sleep: async () => undefined } });
}

async function capture() {
  let enrichedKey: string | undefined;
  await handlePageRead({ status: 'profile', url: page.url, profile: page }, { id: EXTENSION_ID, tab: { id: 1 } }, EXTENSION_ID, (key) => (enrichedKey = key));
  return enrichedKey;
}

beforeEach(async () => {
  await resetDatabase();
  answer = healthy;
  fake = github();
});

describe('enrichCandidate', () => {
  it('after a capture: reads the API, stores it, merges it into the profile and re-scores every posting', async () => {
    expect(await capture()).toBe(KEY);
    const pageOnly = (await db.scores.get([KEY, seedPosting.id]))!;
    expect(await enrich(T0)).toBe('enriched');
    expect(fake.sent).toHaveLength(4);

    const candidate = await db.candidates.get(KEY);
    expect(githubOf(candidate).repositories?.map((r: Repository) => [r.name, r.isFork])).toEqual([['scheduler', false], ['dotfiles', true]]);
    expect(githubOf(candidate).organizations).toEqual([{ login: 'kubernetes', url: 'https://github.com/kubernetes' }]);
    expect(githubOf(candidate).mergedPullRequests).toEqual([expect.objectContaining({ repo: 'golang/go', count: 1 })]);
    const enriched = (await db.scores.get([KEY, seedPosting.id]))!;
    expect(enriched.scoredAt).toBe(T0.toISOString());
    expect(enriched.total).toBeGreaterThan(pageOnly.total); // Go repositories meet the posting's Go requirement
    expect(await db.enrichment.get(KEY)).toMatchObject({ fetchedAt: T0.toISOString(), repositories: expect.any(Array) });
  });

  it('a revisit within the TTL sends nothing; after it, only conditional requests', async () => {
    await capture();
    await enrich(T0);
    await capture();
    expect(await enrich(hoursLater(2))).toBe('fresh');
    expect(fake.sent).toHaveLength(4);
    expect(await enrich(hoursLater(25))).toBe('enriched');
    expect(fake.sent.slice(4).map((request) => request.status)).toEqual([304, 304, 304, 304]);
  });

  it('a new page read keeps the stored API data', async () => {
    await capture();
    await enrich(T0);
    await capture();
    expect(githubOf(await db.candidates.get(KEY)).repositories).toHaveLength(2);
  });

  it('a failed refresh keeps everything stored and records why and when to retry', async () => {
    await capture();
    await enrich(T0);
    const before = await db.candidates.get(KEY);
    answer = () => ({ status: 502, text: 'Bad gateway' });
    expect(await enrich(hoursLater(1), true)).toBe('failed');
    expect((await db.candidates.get(KEY))?.profile).toEqual(before?.profile);
    expect(await db.enrichment.get(KEY)).toMatchObject({
      fetchedAt: T0.toISOString(),
      repositories: expect.arrayContaining([expect.objectContaining({ name: 'scheduler' })]),
      failure: { kind: 'server', missing: ['repositories', 'organizations', 'merged pull requests'], retryAt: hoursLater(1 + 5 / 60).toISOString() },
    });
  });

  it('rate limited on a new profile: the page-only score stays, the retry waits for the reset', async () => {
    await capture();
    const reset = Math.floor(hoursLater(1).getTime() / 1000);
    answer = () => ({ status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } });
    expect(await enrich(T0)).toBe('failed');
    expect(githubOf(await db.candidates.get(KEY)).repositories).toBeUndefined();
    expect(await db.scores.get([KEY, seedPosting.id])).toBeDefined();
    expect((await db.enrichment.get(KEY))?.failure).toMatchObject({ kind: 'rate-limited', retryAt: hoursLater(1).toISOString() });
    expect(await enrich(hoursLater(0.5))).toBe('waiting');
    expect(fake.sent).toHaveLength(1);
  });

  it('a search failure keeps the earlier merged pull requests', async () => {
    await capture();
    await enrich(T0);
    answer = (url) => (url.pathname === '/search/issues' ? { status: 500, text: 'oops' } : healthy(url));
    expect(await enrich(hoursLater(30))).toBe('partial');
    const stored = await db.enrichment.get(KEY);
    expect(stored?.mergedPullRequests).toHaveLength(1);
    expect(stored?.failure).toMatchObject({ kind: 'server', missing: ['merged pull requests'] });
    expect(githubOf(await db.candidates.get(KEY)).mergedPullRequests).toHaveLength(1);
  });

  it('a bad token (401) is said so; a 404 is not asked again for a day', async () => {
    await capture();
    await githubToken.setValue('ghp_not_a_real_token_000000');
    answer = () => ({ status: 401, body: { message: 'Bad credentials' } });
    expect(await enrich(T0)).toBe('failed');
    expect(fake.sent[0]!.headers.authorization).toBe('Bearer ghp_not_a_real_token_000000');
    expect((await db.enrichment.get(KEY))?.failure?.kind).toBe('unauthorized');

    await githubToken.removeValue();
    answer = () => ({ status: 404, body: { message: 'Not Found' } });
    expect(await enrich(hoursLater(1), true)).toBe('failed');
    expect(fake.sent.at(-1)!.headers.authorization).toBeUndefined(); // the token run sent 2: GraphQL, then REST once (fallback)
    expect(dueState(await db.enrichment.get(KEY), hoursLater(20))).toBe('waiting');
    expect(dueState(await db.enrichment.get(KEY), hoursLater(26))).toBe('due');
  });

  it('Refresh is accepted from extension pages only', async () => {
    const calls: string[] = [];
    const enrichSpy = async (key: string) => void calls.push(key);
    expect(await handleRefreshEnrichment(KEY, { url: 'chrome-extension://abc/sidepanel.html' }, 'chrome-extension://abc/', enrichSpy)).toEqual({ ok: true });
    expect(await handleRefreshEnrichment(KEY, { url: 'https://github.com/x', tab: { id: 1 } }, 'chrome-extension://abc/', enrichSpy)).toEqual({ ok: false });
    expect(calls).toEqual([KEY]);
  });
});
