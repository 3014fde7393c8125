import { beforeEach, describe, expect, it } from 'vitest';
import { importCandidates, loadMatchRows, loadTopMatchRows } from '@/lib/services';
import { sortMatches } from '@/lib/matches/filter';
import { manyCandidates } from '../../support/many-candidates';
import { posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

const NAMES = ['Zoë Ortiz', 'ana Silva', 'Bo', 'Émile Roux', 'Ana Silva 2', 'ana silva 10', 'Yusuf'];

/** 300 people on few distinct totals (many ties, named so that name order and key order differ), some unscored. */
async function storeWithTies(): Promise<void> {
  const people = manyCandidates(300, 'tie').map((item, i) => ({
    ...item,
    candidate: { ...item.candidate, name: `${NAMES[i % NAMES.length]}` },
    ...(i % 11 === 0 ? { score: undefined } : { score: { ...item.score!, postingId: posting.id, total: [90, 75, 75, 60][i % 4]! } }),
  }));
  await importCandidates(posting, people);
}

beforeEach(resetDatabase);

describe('the first rows, read through the rank index', () => {
  it.each([1, 5, 40, 74, 75, 76, 200])('are the first %i rows of the full list in score order, ties and all', async (limit) => {
    await storeWithTies();
    const full = sortMatches(await loadMatchRows(posting.id), 'score');
    const top = await loadTopMatchRows(posting.id, limit);
    expect(top).toHaveLength(limit);
    expect(top).toEqual(full.slice(0, limit));
  });

  it('with fewer scored people than asked for, are all the scored ones in the full order (the unscored come after them)', async () => {
    await storeWithTies();
    const full = sortMatches(await loadMatchRows(posting.id), 'score');
    const scored = full.filter((row) => row.total !== undefined);
    expect(await loadTopMatchRows(posting.id, 1_000)).toEqual(scored);
    expect(full.slice(0, scored.length)).toEqual(scored);
  });
});
