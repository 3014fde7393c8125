import { describe, expect, it, vi } from 'vitest';
import type { MatchRow } from '@/lib/services/workflow/matches';
import { prepareInSlices, searchableRows, sortMatches, type MatchSort } from '@/lib/matches/filter';

const NAMES = ['Zoë Ortiz', 'ana Silva', 'Bo', 'Émile Roux', 'Ana Silva 2', 'ana silva 10', undefined];

/** Rows with many ties on every order, so that the slices' merge decides much of it. */
const rows: MatchRow[] = Array.from({ length: 257 }, (_, i) => {
  const name = NAMES[i % NAMES.length];
  return {
    candidateKey: `github:user-${(i * 37) % 257}`,
    login: `user${i % 13}`,
    ...(name ? { name } : {}),
    ...(i % 3 ? { headline: `Headline ${i % 5}` } : {}),
    sites: ['github'],
    profileUrls: [],
    firstSeenAt: new Date(Date.UTC(2026, 9, 1 + (i % 4))).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 10, 1 + (i % 3))).toISOString(),
    latestNotes: [],
    ...(i % 9 === 0 ? {} : { total: [90, 75, 75, 60][i % 4] }),
    status: 'new',
    tags: [],
    hasNotes: false,
  };
});

describe('prepareInSlices', () => {
  it.each<[MatchSort, number]>([
    ['score', 1],
    ['score', 10],
    ['score', 1_000],
    ['name', 16],
    ['captured', 7],
    ['updated', 100],
  ])('sorted by %s in slices of %i is what sortMatches and searchableRows give', async (sort, sliceRows) => {
    expect(await prepareInSlices(rows, sort, () => Promise.resolve(), sliceRows)).toEqual(searchableRows(sortMatches(rows, sort)));
  });

  it('pauses between slices, and prepares an empty list', async () => {
    const pause = vi.fn(() => Promise.resolve());
    await prepareInSlices(rows, 'score', pause, 10);
    expect(pause.mock.calls.length).toBeGreaterThan(257 / 10);
    expect(await prepareInSlices([], 'score', pause)).toEqual(searchableRows([]));
  });
});
