import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { handlePageRead } from '@/lib/services/handlers';
import { makeProfile } from '../scoring/profiles';
import { capture, reset, rowsOf } from '../support/two-browsers';

beforeEach(reset);

// What IndexedDB throws when the origin's quota is used up.
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes one table method fail the way a full disk does, for the duration of `run`. */
async function withFailing<T>(table: { bulkPut: unknown; put: unknown }, method: 'put' | 'bulkPut', run: () => Promise<T>): Promise<T> {
  const original = table[method];
  table[method] = () => Promise.reject(quotaError());
  try {
    return await run();
  } finally {
    table[method] = original;
  }
}

describe('storage faults', () => {
  it('a page read that cannot be stored leaves no partial rows and tells the panel in a sentence', async () => {
    await capture('someone-else');
    const before = await rowsOf();
    const profile = makeProfile({ login: 'ines', name: 'Ines Example', bio: 'Go and Linux' });
    const result = await withFailing(db.scores, 'bulkPut', () =>
      handlePageRead({ status: 'profile', url: profile.url, profile }, { id: 'ext', tab: { id: 7 } }, 'ext'),
    );
    expect(result.ok).toBe(false);
    const after = await rowsOf();
    // Only the tab's state changed: the candidate, summary, scores and ranks were all rolled back.
    expect({ ...after, tabs: [] }).toEqual({ ...before, tabs: [] });
    const tab = await db.tabs.get(7);
    expect(tab).toMatchObject({ status: 'not-saved' });
    expect(tab?.reason).toMatch(/^This profile was not saved: the browser's storage for Talent Lens is full\..*Nothing was half-saved\.$/);
  });

  it('a note that cannot be stored is refused with the same sentence, and the summary is untouched', async () => {
    await capture('ines');
    const before = await rowsOf();
    const error = await withFailing(db.summaries, 'bulkPut', () => repo.addNote('github:ines', 'Call on Friday').then(() => undefined, (cause: unknown) => cause));
    expect(repo.describeStorageError(error, 'The note')).toMatch(/^The note was not saved: the browser's storage for Talent Lens is full/);
    expect(await rowsOf()).toEqual(before);
  });

  it('names other database failures plainly and keeps our own refusals as they are', () => {
    expect(repo.describeStorageError(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }))).toMatch(/could not be opened or written \(Database has been closed\)/);
    expect(repo.describeStorageError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }))).toMatch(/storage for Talent Lens is full/);
    expect(repo.describeStorageError(new Error('A note cannot be empty.'))).toBe('A note cannot be empty.');
  });
});

describe('two tabs capturing the same person at once', () => {
  it('make one candidate, not two', async () => {
    const profile = makeProfile({ login: 'ines', name: 'Ines Example' });
    const read = (tab: number) => handlePageRead({ status: 'profile', url: profile.url, profile }, { id: 'ext', tab: { id: tab } }, 'ext');
    const results = await Promise.all([read(1), read(2), read(3)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.candidates.count()).toBe(1);
    expect(await db.summaries.count()).toBe(1);
    expect((await db.tabs.toArray()).map((tab) => tab.candidateKey)).toEqual(['github:ines', 'github:ines', 'github:ines']);
  });
});
