import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { rescoreAll, rescoreEveryPosting } from '@/lib/services/rescore';
import { ANALYSIS_VERSION } from '@/lib/schema/analysis';
import { handleRescore } from '@/lib/services/handlers';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { scorePerson } from '@/lib/scoring';
import { makeProfile, repo as pinnedRepo } from '../scoring/profiles';
import { rankedFor } from '../support/ranked';
import { resetDatabase } from '../support/database';

const NOW = new Date('2026-11-10T12:00:00Z');

function person(login: string, language: string) {
  return makeProfile({ login, pinned: [pinnedRepo(login, 'main-project', { language, stars: 50, forks: 4 })], capturedAt: '2026-11-01T00:00:00.000Z' });
}

async function capture(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const profile = person(`dev${String(i).padStart(3, '0')}`, i % 2 ? 'Go' : 'TypeScript');
    await repo.saveCapture({ profile, scorePerson: (profiles) => scorePerson(profiles, []), tabId: 1, url: profile.url });
  }
}

beforeEach(async () => {
  await resetDatabase();
  await repo.ensureSeedPosting();
});

describe('re-scoring everyone for a posting', () => {
  it('scores every candidate in batches, reporting progress, then clears it', async () => {
    await capture(23);
    const progress: number[] = [];
    const spy = vi.spyOn(repo, 'setRescoreProgress');
    spy.mockImplementation(async (value) => void (value && progress.push(value.done)));

    expect(await rescoreAll(seedPosting.id, 10)).toBe(23);
    expect(progress).toEqual([10, 20, 23]);
    const ranked = await rankedFor(seedPosting.id);
    expect(ranked).toHaveLength(23);
    expect(ranked[0]!.candidate.profile).toMatchObject({ pinned: [{ language: 'Go' }] });
  });

  it('re-scores only what the posting change made stale', async () => {
    await capture(5);
    expect(await rescoreAll(seedPosting.id)).toBe(5);
    expect(await rescoreAll(seedPosting.id)).toBe(0);

    const frontend = await repo.savePosting({ ...repo.newPosting(NOW), title: 'Frontend', requirements: [{ id: 'ts', label: 'TypeScript', kind: 'must', weight: 5, skills: ['typescript'] }] }, NOW);
    if (!frontend.ok) throw new Error(frontend.error);
    expect(await rescoreAll(frontend.posting.id)).toBe(5);
    const best = await rankedFor(frontend.posting.id);
    expect(best[0]!.candidate.profile).toMatchObject({ pinned: [{ language: 'TypeScript' }] });

    await repo.savePosting({ ...frontend.posting, title: 'Frontend (edited)' }, new Date('2026-11-11T00:00:00Z'));
    expect(await rescoreAll(frontend.posting.id)).toBe(5);
    expect(await repo.getRescoreProgress()).toBeUndefined();
  });

  it('a newer request supersedes a running one', async () => {
    await capture(30);
    const first = rescoreAll(seedPosting.id, 5);
    const second = rescoreAll(seedPosting.id, 5);
    const [firstCount, secondCount] = await Promise.all([first, second]);
    expect(firstCount).toBeLessThan(30);
    expect(firstCount + secondCount).toBe(30);
    expect(await db.scores.count()).toBe(30);
  });

  it('accepts re-score requests from extension pages only', async () => {
    const origin = 'chrome-extension://abc/';
    const rescore = vi.fn(async () => 0);
    expect(await handleRescore(seedPosting.id, { url: 'https://github.com/evil' }, origin, rescore)).toEqual({ ok: false });
    expect(await handleRescore({ id: 1 }, { url: `${origin}sidepanel.html` }, origin, rescore)).toEqual({ ok: false });
    expect(rescore).not.toHaveBeenCalled();
    expect(await handleRescore(seedPosting.id, { url: `${origin}sidepanel.html` }, origin, rescore)).toEqual({ ok: true });
    expect(rescore).toHaveBeenCalledWith(seedPosting.id);
  });
});

describe('stored analyses', () => {
  it('re-scores from the analysis stored at capture, and refreshes an outdated one', async () => {
    await capture(2);
    expect(await rescoreAll(seedPosting.id)).toBe(2);
    const [first, second] = await db.candidates.orderBy('key').toArray();
    expect(first!.analysis).toBeDefined();

    // An analysis from an older vocabulary is redone from the stored profile, then kept.
    await db.candidates.update(second!.key, { analysis: { ...second!.analysis!, vocabulary: 'outdated' } });
    const frontend = await repo.savePosting({ ...repo.newPosting(NOW), title: 'Go only', requirements: [{ id: 'go', label: 'Go', kind: 'must', weight: 5, skills: ['go'] }] }, NOW);
    if (!frontend.ok) throw new Error(frontend.error);
    expect(await rescoreAll(frontend.posting.id)).toBe(2);
    expect((await db.candidates.get(second!.key))!.analysis!.vocabulary).toBe(first!.analysis!.vocabulary);
    const goScores = await rankedFor(frontend.posting.id);
    expect(goScores[0]!.candidate.profile).toMatchObject({ pinned: [{ language: 'Go' }] });
    expect(goScores[0]!.score.total).toBeGreaterThan(goScores[1]!.score.total);
  });
});

describe('after an update that changed the scorer', () => {
  it('re-scores every posting’s stale rows, remaking analyses the upgrade dropped', async () => {
    await capture(4);
    await repo.saveCapture({ profile: makeProfile({ login: 'late' }), scorePerson: (profiles) => scorePerson(profiles, [seedPosting]), tabId: 1, url: 'https://github.com/late' });
    // What schema 7 does to a v2 database: analyses dropped, scores marked stale.
    await db.candidates.toCollection().modify((row) => void delete row.analysis);
    await db.scores.toCollection().modify((row) => void (row.postingUpdatedAt = new Date(0).toISOString()));

    expect(await rescoreEveryPosting()).toBe(5);
    const scores = await db.scores.where('postingId').equals(seedPosting.id).toArray();
    expect(scores).toHaveLength(5);
    expect(scores.every((row) => row.postingUpdatedAt === seedPosting.updatedAt)).toBe(true);
    expect((await db.candidates.toArray()).every((row) => row.analysis?.version === ANALYSIS_VERSION)).toBe(true);
    expect(await rescoreEveryPosting()).toBe(0);
  });
});
