import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import type { GithubProfile } from '@/lib/schema/profile';
import type { ScoreResult } from '@/lib/schema/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { makeProfile } from '../scoring/profiles';
import type { Posting } from '@/lib/schema/posting';
import type { PersonScorer, ScoredFor } from '@/lib/services';
import { analyzePerson } from '@/lib/scoring';
import { rankedFor } from '../support/ranked';
import { resetDatabase } from '../support/database';

const profile = (login: string, overrides: Partial<GithubProfile> = {}) => makeProfile({ login, ...overrides });

const result = (total: number, mustHavesMissing: string[] = [], postingId = seedPosting.id): ScoreResult => ({
  postingId,
  total,
  confidence: 'medium',
  confidenceReasons: [],
  mustHavesMissing,
  capped: mustHavesMissing.length > 0,
  requirements: [],
});
/** Analyses the profiles for real; the scores are the test's own. */
const fixedScores = (scores: ScoredFor[]): PersonScorer => (profiles) => ({ analysis: analyzePerson(profiles.map((p) => ({ profile: p }))), scores });
const scored = (total: number, posting: Pick<Posting, 'id' | 'updatedAt'> = seedPosting) => [{ posting, result: result(total, [], posting.id) }];

beforeEach(async () => {
  await resetDatabase();
});

describe('candidates', () => {
  it('keeps one candidate per site and login, whatever the case, and remembers when first seen', async () => {
    await repo.saveCapture({ profile: profile('Defunkt'), scorePerson: fixedScores(scored(40)), tabId: 1, url: 'https://github.com/Defunkt', now: new Date('2026-11-01T10:00:00Z') });
    await repo.saveCapture({ profile: profile('defunkt', { name: 'Chris' }), scorePerson: fixedScores(scored(55)), tabId: 2, url: 'https://github.com/defunkt', now: new Date('2026-11-02T10:00:00Z') });

    const all = await db.candidates.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ key: 'github:defunkt', name: 'Chris', firstSeenAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' });
    expect(await db.scores.count()).toBe(1);
    expect((await repo.getScore('github:defunkt', seedPosting.id))?.total).toBe(55);
  });

  it('records which candidate each tab shows', async () => {
    await repo.saveCapture({ profile: profile('ada'), scorePerson: fixedScores(scored(70)), tabId: 7, url: 'https://github.com/ada' });
    expect(await repo.getTabState(7)).toMatchObject({ status: 'profile', candidateKey: 'github:ada', url: 'https://github.com/ada' });

    await repo.recordTabState({ tabId: 7, url: 'https://github.com/ada/repo', status: 'not-profile', reason: 'a repository' });
    expect(await repo.getTabState(7)).toMatchObject({ status: 'not-profile', reason: 'a repository' });
    await repo.forgetTab(7);
    expect(await repo.getTabState(7)).toBeUndefined();
  });

  it('keeps one score per posting and ranks each posting on its own', async () => {
    const frontend = { id: 'frontend', updatedAt: '2026-11-01T00:00:00.000Z' };
    await repo.saveCapture({ profile: profile('gopher'), scorePerson: fixedScores([...scored(80), ...scored(20, frontend)]), tabId: 1, url: 'https://github.com/gopher' });
    await repo.saveCapture({ profile: profile('reactdev'), scorePerson: fixedScores([...scored(25), ...scored(85, frontend)]), tabId: 1, url: 'https://github.com/reactdev' });

    expect((await rankedFor(seedPosting.id)).map((r) => r.candidate.login)).toEqual(['gopher', 'reactdev']);
    expect((await rankedFor('frontend')).map((r) => r.candidate.login)).toEqual(['reactdev', 'gopher']);
    expect((await repo.getScore('github:gopher', 'frontend'))?.postingUpdatedAt).toBe(frontend.updatedAt);
  });

  it('ranks everyone by score, best first', async () => {
    for (const [login, total] of [['low', 12], ['top', 91], ['mid', 50]] as const) {
      await repo.saveCapture({ profile: profile(login), scorePerson: fixedScores(scored(total)), tabId: 1, url: `https://github.com/${login}` });
    }
    expect((await rankedFor(seedPosting.id)).map((r) => r.candidate.login)).toEqual(['top', 'mid', 'low']);
    expect(await rankedFor('another-posting')).toEqual([]);
    expect(await repo.countCandidates()).toBe(3);
  });
});

describe('notes', () => {
  it('adds, edits and deletes a note with timestamps, newest first', async () => {
    const first = await repo.addNote('github:ada', '  Called on Monday  ', { now: new Date('2026-11-01T09:00:00Z') });
    await repo.addNote('github:ada', 'Replied: interested', { now: new Date('2026-11-03T09:00:00Z') });
    await repo.addNote('github:someone-else', 'Not this one', { now: new Date('2026-11-02T09:00:00Z') });

    let notes = await repo.listNotes('github:ada');
    expect(notes.map((n) => n.text)).toEqual(['Replied: interested', 'Called on Monday']);
    expect(first.createdAt).toBe('2026-11-01T09:00:00.000Z');

    await repo.updateNote(first.id, { text: 'Called on Monday, left voicemail', now: new Date('2026-11-04T09:00:00Z') });
    notes = await repo.listNotes('github:ada');
    expect(notes[1]).toMatchObject({ text: 'Called on Monday, left voicemail', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-04T09:00:00.000Z' });

    await repo.deleteNote(first.id);
    expect((await repo.listNotes('github:ada')).map((n) => n.text)).toEqual(['Replied: interested']);
  });

  it('refuses an empty note, an oversized note, and editing a deleted one', async () => {
    await expect(repo.addNote('github:ada', '   ')).rejects.toThrow('cannot be empty');
    await expect(repo.addNote('github:ada', 'x'.repeat(10_001))).rejects.toThrow('at most');
    const note = await repo.addNote('github:ada', 'hello');
    await repo.deleteNote(note.id);
    await expect(repo.updateNote(note.id, { text: 'again' })).rejects.toThrow('no longer exists');
    expect(await repo.listNotes('github:ada')).toEqual([]);
    // What stays is a tombstone without the text, so the deletion can reach anyone the note was shared with.
    expect(await db.notes.get(note.id)).toMatchObject({ text: '', deletedAt: expect.any(String) });
  });
});

describe('postings', () => {
  it('installs the built-in posting once and uses it when none is chosen', async () => {
    await repo.ensureSeedPosting();
    await repo.ensureSeedPosting();
    expect(await db.postings.count()).toBe(1);
    expect((await repo.getActivePosting()).id).toBe(seedPosting.id);
  });
});
