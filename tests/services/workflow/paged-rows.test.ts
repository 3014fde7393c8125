import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import { addNote, addTags, candidatesWithNotesIn, candidatesWithNotesMatching, importCandidates, loadMatchRows, loadMatchRowsInPages, loadNoteIndex, onMatchRowsChanged, setStatus } from '@/lib/services';
import { manyCandidates } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

const OTHER_POSTING = 'other-posting';
const noPause = () => Promise.resolve();

/** 300 people on few distinct totals (ties far longer than a page), some unscored, with stages for two postings and tags. */
async function storeWithTies(): Promise<void> {
  const people = manyCandidates(300, 'paged').map((item, i) => ({
    ...item,
    ...(i % 11 === 0 ? { score: undefined } : { score: { ...item.score!, postingId: posting.id, total: [90, 75, 75, 60][i % 4]! } }),
    ...(i % 7 === 0 ? { status: undefined } : {}),
  }));
  await importCandidates(posting, people);
  await setStatus(['github:paged-3', 'github:paged-14', 'github:paged-299'], OTHER_POSTING, 'hired');
  await addTags(['github:paged-1', 'github:paged-150'], ['remote']);
}

beforeEach(resetDatabase);

describe('the matches list read in pages', () => {
  it.each([1, 7, 50, 299, 300, 5_000])('with pages of %i rows is exactly loadMatchRows, in the same order', async (pageRows) => {
    await storeWithTies();
    expect(await loadMatchRowsInPages(posting.id, noPause, pageRows)).toEqual(await loadMatchRows(posting.id));
  });

  it('pauses between pages, and for an empty store is empty', async () => {
    const pause = vi.fn(noPause);
    expect(await loadMatchRowsInPages(posting.id, pause, 7)).toEqual([]);
    await storeWithTies();
    await loadMatchRowsInPages(posting.id, pause, 7);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(300 / 7);
  });
});

describe('onMatchRowsChanged', () => {
  it('calls back after a write to the summaries, ranks, stages or tags, not after one to another table', async () => {
    const changed = vi.fn();
    const stop = onMatchRowsChanged(changed);
    await db.shortlists.put({ id: 'list', postingId: posting.id, name: 'Round 1', candidateKeys: [], createdAt: 'x', updatedAt: 'x' });
    expect(changed).not.toHaveBeenCalled();
    await storeWithTies();
    expect(changed).toHaveBeenCalled();
    changed.mockClear();
    await setStatus(['github:paged-2'], posting.id, 'contacted');
    expect(changed).toHaveBeenCalled();
    stop();
    changed.mockClear();
    await addTags(['github:paged-2'], ['later']);
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('the note index', () => {
  it.each([1, 2, 1_000])('read in pages of %i finds exactly the candidates that reading the notes finds', async (pageRows) => {
    await storeWithTies();
    await addNote('github:paged-5', 'Asked about SALARY and İstanbul');
    await addNote('github:paged-6', 'Prefers remote work');
    const index = await loadNoteIndex(noPause, pageRows);
    for (const query of ['salary', ' SALARY ', 'i̇stanbul', 'call 1', 'went well', 'nobody wrote this', '', 'remote']) {
      expect(candidatesWithNotesIn(index, query), query).toEqual(await candidatesWithNotesMatching(query));
    }
  });
});
