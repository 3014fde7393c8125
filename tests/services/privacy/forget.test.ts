import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { capture, P, reset } from '../../support/two-browsers';

beforeEach(reset);

/** Rows per table that mention the person anywhere (keys, candidateKey, shortlist members, cached URLs). */
async function rowsAbout(login: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    counts[table.name] = rows.filter((row) => JSON.stringify(row).toLowerCase().includes(login)).length;
  }
  return counts;
}

/** Everything the app stores about one invented person, in every table. */
async function everythingAbout(login: string) {
  await capture(login);
  const key = `github:${login}`;
  await repo.setStatus([key], P, 'contacted');
  await repo.addTags([key], ['referral']);
  const note = await repo.addNote(key, `Call ${login} on Monday`, { visibility: 'shared' });
  const deleted = await repo.addNote(key, 'old note');
  await repo.deleteNote(deleted.id);
  const list = (await repo.listShortlists(P))[0] ?? (await repo.createShortlist(P, 'Round 1'));
  await repo.addToShortlist(list.id, [key]);
  await repo.saveMyFeedback(list.id, P, key, { verdict: 'advance', comment: 'yes' });
  await db.conflicts.put({ id: `${note.id}~x`, kind: 'note', recordId: note.id, candidateKey: key, theirs: { ...note, rev: 'x' }, from: 'Sam', detectedAt: note.createdAt });
  await db.enrichment.put({ candidateKey: key, fetchedAt: note.createdAt } as never);
  await db.httpCache.bulkPut([
    { url: `https://api.github.com/users/${login}`, body: {}, storedAt: note.createdAt },
    { url: `https://api.github.com/users/${login}/repos?per_page=100&page=1`, body: [], storedAt: note.createdAt },
    { url: `https://api.github.com/search/issues?q=author%3A${login}+type%3Apr+is%3Amerged`, body: {}, storedAt: note.createdAt },
  ]);
  await repo.recordTabState({ tabId: login.length, url: `https://github.com/${login}`, status: 'profile', candidateKey: key });
  return { key, list };
}

describe('forget this person', () => {
  it('erases every row about them in one action and leaves everyone else as they were', async () => {
    const ines = await everythingAbout('inesxq');
    await everythingAbout('boqz');
    // Logins no other text contains.
    const boBefore = await rowsAbout('boqz');
    const inesBefore = await rowsAbout('inesxq');
    expect(Object.values(inesBefore).filter((count) => count > 0).length).toBeGreaterThanOrEqual(12);

    const report = await repo.forgetCandidate(ines.key);
    expect(report.rows).toMatchObject({ candidates: 1, notes: 2, httpCache: 3, feedback: 1, conflicts: 1, shortlists: 1 });
    const inesAfter = await rowsAbout('inesxq');
    expect(Object.entries(inesAfter).filter(([, count]) => count > 0)).toEqual([]);
    expect(await rowsAbout('boqz')).toEqual(boBefore);
    expect((await repo.getShortlist(ines.list.id))?.candidateKeys).toEqual(['github:boqz']);
  });

  it('erases nothing when the erase fails half way', async () => {
    const ines = await everythingAbout('inesxq');
    const before = await rowsAbout('inesxq');
    const original = db.httpCache.filter.bind(db.httpCache);
    db.httpCache.filter = (() => {
      throw new Error('disk error');
    }) as unknown as typeof db.httpCache.filter;
    try {
      await expect(repo.forgetCandidate(ines.key)).rejects.toThrow('disk error');
    } finally {
      db.httpCache.filter = original;
    }
    expect(await rowsAbout('inesxq')).toEqual(before);
  });
});
