import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { scorePerson } from '@/lib/scoring';
import { seedPosting } from '@/lib/scoring/seed-posting';
import type { Profile } from '@/lib/schema/profile';
import { apiRepo, makeProfile } from '../../scoring/profiles';
import { resetDatabase } from '../../support/database';

const scorer = (profiles: readonly Profile[]) => scorePerson(profiles, [seedPosting]);
const P = seedPosting.id;

async function reset() {
  await resetDatabase();
}

/** Two invented people with a stage, tags and notes, exported the way the panel exports them. */
async function exported() {
  await repo.ensureSeedPosting();
  await repo.saveCapture({ profile: makeProfile({ login: 'ines', repositories: [apiRepo('ines', 'sched', { language: 'Go' })] }), scorePerson: scorer, url: 'https://github.com/ines', now: new Date('2026-11-01T00:00:00Z') });
  await repo.saveCapture({ profile: makeProfile({ login: 'bo' }), scorePerson: scorer, url: 'https://github.com/bo', now: new Date('2026-11-01T00:00:00Z') });
  await repo.setStatus(['github:ines'], P, 'shortlisted');
  await repo.addTags(['github:ines'], ['referral']);
  await repo.addNote('github:ines', 'Strong Go');
  return repo.loadForExport(P, ['github:ines', 'github:bo']);
}

const snapshot = async () => ({
  candidates: await db.candidates.count(),
  notes: (await db.notes.toArray()).map((n) => n.text).sort(),
  rows: (await repo.loadMatchRows(P)).map((r) => [r.login, r.total, r.status, r.tags, r.hasNotes]).sort(),
});

beforeEach(reset);

describe('importing candidates', () => {
  it('into an empty browser profile gives the same matches, stages, tags and notes', async () => {
    const items = await exported();
    const before = await snapshot();
    await reset();
    const counts = await repo.importCandidates(seedPosting, items);
    expect(counts).toEqual({ added: 2, updated: 0, unchanged: 0, notesAdded: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('twice changes nothing the second time', async () => {
    const items = await exported();
    await reset();
    await repo.importCandidates(seedPosting, items);
    const once = await snapshot();
    expect(await repo.importCandidates(seedPosting, items)).toEqual({ added: 0, updated: 0, unchanged: 2, notesAdded: 0 });
    expect(await snapshot()).toEqual(once);
  });

  it('replaces a stored candidate only with a newer read, and never overwrites a note', async () => {
    const items = await exported();
    const older = items.map((item) => ({ ...item, candidate: { ...item.candidate, updatedAt: '2020-01-01T00:00:00.000Z', name: 'Old' } }));
    expect(await repo.importCandidates(seedPosting, older)).toMatchObject({ unchanged: 2 });
    expect((await db.candidates.get('github:ines'))?.name).toBeUndefined();

    const newer = items.map((item) => ({ ...item, candidate: { ...item.candidate, updatedAt: '2027-01-01T00:00:00.000Z', name: 'Newer' } }));
    const note = items[0]!.notes[0]!;
    newer[0] = { ...newer[0]!, notes: [{ ...note, text: 'changed elsewhere' }] };
    expect(await repo.importCandidates(seedPosting, newer)).toMatchObject({ updated: 2, notesAdded: 0 });
    expect((await db.candidates.get('github:ines'))?.name).toBe('Newer');
    expect((await db.notes.get(note.id))?.text).toBe('Strong Go');
  });

  it('is all or nothing: a failing row leaves the database as it was', async () => {
    const items = await exported();
    const before = await snapshot();
    const note = items[0]!.notes[0]!;
    const broken = [...items, { ...items[1]!, candidate: { ...items[1]!.candidate, key: 'github:new-person', updatedAt: '2027-01-01T00:00:00.000Z' }, notes: [{ ...note, id: 'dup' }, { ...note, id: 'dup' }] }];
    await expect(repo.importCandidates(seedPosting, broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('hundreds of candidates and notes (the whole-table path) import once, and a second time change nothing', async () => {
    const [template] = await exported();
    await reset();
    const items = Array.from({ length: 600 }, (_, i) => {
      const key = `github:person-${i}`;
      return {
        ...template!,
        candidate: { ...template!.candidate, key, login: `person-${i}`, profileKeys: [key] },
        score: { ...template!.score!, candidateKey: key },
        status: i % 2 ? 'contacted' : 'new',
        tags: i % 3 ? [] : ['referral'],
        notes: [0, 1].map((n) => ({ ...template!.notes[0]!, id: `n-${i}-${n}`, candidateKey: key })),
      };
    });
    expect(await repo.importCandidates(seedPosting, items)).toEqual({ added: 600, updated: 0, unchanged: 0, notesAdded: 1_200 });
    const rows = await repo.loadMatchRows(P);
    expect(rows).toHaveLength(600);
    expect(rows.filter((row) => row.status === 'contacted')).toHaveLength(300);
    expect(await repo.importCandidates(seedPosting, items)).toEqual({ added: 0, updated: 0, unchanged: 600, notesAdded: 0 });
    expect(await db.notes.count()).toBe(1_200);
  });
});
