import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { LAYOUT_NOT_RECOGNISED, handlePageRead } from '@/lib/services/handlers';
import { currentScorer, saveCapture } from '@/lib/services';
import type { GithubProfile } from '@/lib/schema/profile';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { resetDatabase } from '../support/database';

const EXTENSION_ID = 'our-extension-id';
const fromTab = (tabId: number) => ({ id: EXTENSION_ID, tab: { id: tabId } });

const gopher: GithubProfile = {
  site: 'github',
  login: 'gopher-jane',
  url: 'https://github.com/gopher-jane',
  bio: 'Go developer. Kubernetes operators, Linux kernel hacking.',
  socialLinks: [],
  organizations: [{ login: 'kubernetes', url: 'https://github.com/kubernetes' }],
  pinned: [
    { name: 'scheduler', owner: 'gopher-jane', url: 'https://github.com/gopher-jane/scheduler', description: 'A concurrent job scheduler', language: 'Go', stars: 420, forks: 31, kind: 'repository' },
  ],
  contributions: { lastYear: 1200, source: 'fragment' },
  capturedAt: '2026-11-01T10:00:00.000Z',
};

beforeEach(async () => {
  await resetDatabase();
});

describe('handlePageRead', () => {
  it('scores a profile with the active posting and stores it for the tab', async () => {
    const result = await handlePageRead({ status: 'profile', url: gopher.url, profile: gopher }, fromTab(3), EXTENSION_ID);

    expect(result).toMatchObject({ ok: true });
    expect(await db.candidates.get('github:gopher-jane')).toMatchObject({ login: 'gopher-jane' });
    const score = await db.scores.get(['github:gopher-jane', seedPosting.id]);
    expect(score?.total).toBeGreaterThan(0);
    expect(score?.result.requirements.length).toBe(seedPosting.requirements.length);
    expect(await db.tabs.get(3)).toMatchObject({ status: 'profile', candidateKey: 'github:gopher-jane' });
  });

  it('stores "not a profile" and "could not read" states without creating a candidate', async () => {
    await handlePageRead({ status: 'not-profile', url: 'https://github.com/a/b', reason: 'This is a repository.' }, fromTab(4), EXTENSION_ID);
    await handlePageRead({ status: 'unreadable', url: 'https://github.com/x', reason: 'unknown layout' }, fromTab(5), EXTENSION_ID);

    expect(await db.tabs.get(4)).toMatchObject({ status: 'not-profile', reason: 'This is a repository.' });
    expect(await db.tabs.get(5)).toMatchObject({ status: 'unreadable', reason: 'unknown layout' });
    expect(await db.candidates.count()).toBe(0);
  });

  it.each([
    ['a javascript: profile URL', { ...gopher, url: 'javascript:alert(1)' }],
    ['a missing login', { ...gopher, login: '' }],
    ['a 1 MB bio', { ...gopher, bio: 'x'.repeat(1_000_000) }],
  ])('refuses %s: the tab says it could not be read, nothing is stored', async (_, profile) => {
    const result = await handlePageRead({ status: 'profile', url: 'https://github.com/gopher-jane', profile }, fromTab(6), EXTENSION_ID);

    expect(result.ok).toBe(false);
    expect(await db.candidates.count()).toBe(0);
    const tab = await db.tabs.get(6);
    expect(tab?.status).toBe('unreadable');
    expect(tab?.reason).toContain('did not pass validation');
  });

  it('ignores messages from other extensions and from outside a tab', async () => {
    const message = { status: 'profile', url: gopher.url, profile: gopher };
    expect(await handlePageRead(message, { id: 'someone-else', tab: { id: 1 } }, EXTENSION_ID)).toMatchObject({ ok: false });
    expect(await handlePageRead(message, { id: EXTENSION_ID }, EXTENSION_ID)).toMatchObject({ ok: false });
    expect(await db.candidates.count()).toBe(0);
    expect(await db.tabs.count()).toBe(0);
  });
});

describe('a GitHub page whose layout is not recognised', () => {
  const unreadable = (url: string) => ({ status: 'unreadable', url, reason: 'could not find the profile card (unknown GitHub layout)' });

  it('reads the person from the API instead, scores them, and says so', async () => {
    const asked: string[] = [];
    const readFromApi = async (login: string) => {
      asked.push(login);
      await saveCapture({ profile: { ...gopher, login, url: `https://github.com/${login}` }, scorePerson: await currentScorer(), url: `https://github.com/${login}` });
      return { kind: 'captured' } as const;
    };
    await handlePageRead(unreadable('https://github.com/gopher-jane?tab=repositories'), fromTab(8), EXTENSION_ID, undefined, readFromApi);
    expect(asked).toEqual(['gopher-jane']);
    expect(await db.tabs.get(8)).toMatchObject({ status: 'profile', candidateKey: 'github:gopher-jane', reason: LAYOUT_NOT_RECOGNISED });
    expect((await db.scores.get(['github:gopher-jane', seedPosting.id]))?.total).toBeGreaterThan(0);
  });

  it('keeps "could not read" when the API cannot help either, and says why', async () => {
    await handlePageRead(unreadable('https://github.com/ghost-user'), fromTab(9), EXTENSION_ID, undefined, async () => ({ kind: 'failed', reason: 'not-found' }));
    const state = await db.tabs.get(9);
    expect(state).toMatchObject({ status: 'unreadable' });
    expect(state?.reason).toMatch(/unknown GitHub layout.*GitHub’s API could not help either: not-found/);
  });

  it('never asks the API for another site’s page, or for a GitHub page that is not a person', async () => {
    const asked: string[] = [];
    const readFromApi = async (login: string) => (asked.push(login), { kind: 'captured' } as const);
    await handlePageRead(unreadable('https://www.linkedin.com/in/someone'), fromTab(10), EXTENSION_ID, undefined, readFromApi);
    await handlePageRead(unreadable('https://github.com/settings/profile'), fromTab(11), EXTENSION_ID, undefined, readFromApi);
    expect(asked).toEqual([]);
    expect(await db.tabs.get(10)).toMatchObject({ status: 'unreadable' });
  });
});
