import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { resetDatabase } from '../support/database';

const NOW = new Date('2026-11-10T12:00:00Z');
const requirement = { id: 'react', label: 'React', kind: 'must' as const, weight: 8, skills: ['react'] };

beforeEach(async () => {
  await resetDatabase();
  await repo.ensureSeedPosting();
});

describe('postings', () => {
  it('creates, edits, duplicates, activates and deletes a posting', async () => {
    const created = await repo.savePosting({ ...repo.newPosting(NOW), title: 'Frontend engineer', requirements: [requirement] }, NOW);
    if (!created.ok) throw new Error(created.error);

    const later = new Date('2026-11-11T12:00:00Z');
    const edited = await repo.savePosting({ ...created.posting, requirements: [{ ...requirement, weight: 9 }] }, later);
    expect(edited).toMatchObject({ ok: true, posting: { updatedAt: later.toISOString() } });

    const copy = await repo.duplicatePosting(created.posting.id, NOW);
    expect(copy).toMatchObject({ title: 'Frontend engineer (copy)', builtIn: false, requirements: [{ weight: 9 }] });
    expect(copy.id).not.toBe(created.posting.id);

    await repo.setActivePosting(copy.id);
    expect((await repo.getActivePosting()).id).toBe(copy.id);
    await repo.deletePosting(copy.id);
    expect((await repo.getActivePosting()).id).toBe(seedPosting.id);
    expect((await repo.listPostings()).map((p) => p.title)).toEqual([seedPosting.title, 'Frontend engineer']);
  });

  it('saves a posting with no requirements (the panel says so)', async () => {
    const saved = await repo.savePosting({ ...repo.newPosting(NOW), title: 'Vague role' }, NOW);
    expect(saved).toMatchObject({ ok: true, posting: { requirements: [] } });
  });

  it.each([
    ['a weight of 11', { requirements: [{ ...requirement, weight: 11 }] }, 'requirements.0.weight'],
    ['an empty title', { title: '' }, 'title'],
    ['a requirement with neither skills nor terms', { requirements: [{ ...requirement, skills: [] }] }, 'requirements.0.skills'],
    ['duplicate requirement ids', { requirements: [requirement, requirement] }, 'requirements'],
  ])('refuses %s, says which field, and writes nothing', async (_, change, field) => {
    const before = await db.postings.toArray();
    const saved = await repo.savePosting({ ...repo.newPosting(NOW), ...change }, NOW);
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error).toMatch(new RegExp(`^${field.replace('.', '\\.')}`));
    expect(await db.postings.toArray()).toEqual(before);
  });

  it('never edits or deletes the built-in posting', async () => {
    expect(await repo.savePosting({ ...seedPosting, title: 'Changed' }, NOW)).toMatchObject({ ok: false });
    await expect(repo.deletePosting(seedPosting.id)).rejects.toThrow('cannot be deleted');
    expect(await db.postings.get(seedPosting.id)).toEqual(seedPosting);
  });

  it("deletes a posting's scores with it", async () => {
    const created = await repo.savePosting({ ...repo.newPosting(NOW), title: 'Temp', requirements: [requirement] }, NOW);
    if (!created.ok) throw new Error(created.error);
    await db.scores.put({ candidateKey: 'github:x', postingId: created.posting.id, total: 5, result: {} as never, postingUpdatedAt: '', scoredAt: '' });
    await db.scores.put({ candidateKey: 'github:x', postingId: seedPosting.id, total: 9, result: {} as never, postingUpdatedAt: '', scoredAt: '' });
    await repo.deletePosting(created.posting.id);
    expect((await db.scores.toArray()).map((s) => s.postingId)).toEqual([seedPosting.id]);
  });
});
