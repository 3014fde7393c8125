import { describe, expect, it } from 'vitest';
import type { MatchRow } from '@/lib/services/workflow/matches';
import { filterMatches, filterPrepared, filterSearchable, searchableRows, type MatchFilters } from '@/lib/matches/filter';

/** The filter as it was before the rows were prepared: every field lowered again on every keystroke. */
function everyFieldEachTime(rows: readonly MatchRow[], filters: MatchFilters, noteHits: ReadonlySet<string>): MatchRow[] {
  const dayEnd = (date: string) => (date.length === 10 ? `${date}T23:59:59.999Z` : date);
  const text = filters.text?.trim().toLocaleLowerCase() ?? '';
  return rows.filter(
    (row) =>
      (filters.minScore === undefined || (row.total ?? -1) >= filters.minScore) &&
      (filters.mustHavesMet === undefined || (row.mustHavesMet ?? false) === filters.mustHavesMet) &&
      (!filters.statuses?.length || filters.statuses.includes(row.status)) &&
      (!filters.tags?.length || filters.tags.every((tag) => row.tags.includes(tag))) &&
      (!filters.sites?.length || filters.sites.some((site) => row.sites.includes(site))) &&
      (filters.hasNotes === undefined || row.hasNotes === filters.hasNotes) &&
      (!filters.capturedFrom || row.firstSeenAt >= filters.capturedFrom) &&
      (!filters.capturedTo || row.firstSeenAt <= dayEnd(filters.capturedTo)) &&
      (!filters.updatedFrom || row.updatedAt >= filters.updatedFrom) &&
      (!filters.updatedTo || row.updatedAt <= dayEnd(filters.updatedTo)) &&
      (!text || [row.name, row.login, row.headline].some((field) => field?.toLocaleLowerCase().includes(text)) || noteHits.has(row.candidateKey)),
  );
}

const NAMES = ['Inês Álvarez', 'ΟΔΥΣΣΕΑΣ', 'Straße Groß', 'İlker', 'Zoë', 'Bo', undefined, 'ana-Maria'];
const HEADLINES = ['Go and Kubernetes', 'Frontend, React', undefined, 'Data/ML ΣΟΦΙΑ', 'rust\u0000systems', ''];
const STATUSES = ['new', 'contacted', 'shortlisted'];
const TAGS = [[], ['referral'], ['remote'], ['referral', 'remote']];

/** Varied invented rows: accents, Greek final sigma, missing fields, scores, stages, tags, sites, dates. */
const rows: MatchRow[] = Array.from({ length: 400 }, (_, i) => {
  const name = NAMES[i % NAMES.length];
  const headline = HEADLINES[(i * 7) % HEADLINES.length];
  return {
    candidateKey: `github:user-${i}`,
    login: `user${i}${i % 5 === 0 ? 'Go' : ''}`,
    ...(name ? { name } : {}),
    ...(headline !== undefined ? { headline } : {}),
    sites: i % 4 === 0 ? ['github', 'stackoverflow'] : ['github'],
    profileUrls: [],
    firstSeenAt: new Date(Date.UTC(2026, 9, 1 + (i % 60))).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 10, 1 + (i % 30), i % 24)).toISOString(),
    latestNotes: [],
    ...(i % 9 === 0 ? {} : { total: (i * 13) % 101, mustHavesMet: i % 3 === 0, capped: i % 7 === 0 }),
    status: STATUSES[i % STATUSES.length]!,
    tags: TAGS[i % TAGS.length]!,
    hasNotes: i % 2 === 0,
  };
});

const TEXTS = ['', '  ', 'go', 'GO', 'inês', 'álv', 'οδυσσεας', 'σοφια', 'straße', 'i̇lker', 'zoë', 'user1', 'r 1', 'rust\u0000sys', 'a-m', 'nobody'];
const FILTERS: MatchFilters[] = [
  {},
  { minScore: 50 },
  { mustHavesMet: true },
  { mustHavesMet: false, minScore: 10 },
  { statuses: ['contacted', 'new'] },
  { tags: ['referral', 'remote'] },
  { sites: ['stackoverflow'] },
  { hasNotes: true },
  { capturedFrom: '2026-10-15', capturedTo: '2026-11-10' },
  { updatedFrom: '2026-11-05T00:00:00.000Z', updatedTo: '2026-11-20' },
  { minScore: 30, statuses: ['shortlisted'], tags: ['remote'], hasNotes: false },
];
const noteHits = new Set(['github:user-3', 'github:user-250']);

describe('the prepared text filter', () => {
  const prepared = searchableRows(rows);
  it('keeps exactly the rows, in the same order, that lowering every field on every keystroke kept', () => {
    for (const filters of FILTERS) {
      for (const text of TEXTS) {
        const combined = { ...filters, text };
        const expected = everyFieldEachTime(rows, combined, noteHits).map((row) => row.candidateKey);
        expect(filterSearchable(prepared, combined, noteHits).map((row) => row.candidateKey), JSON.stringify(combined)).toEqual(expected);
        expect(filterMatches(rows, combined, noteHits).map((row) => row.candidateKey)).toEqual(expected);
        expect(filterPrepared(prepared, combined, noteHits).keys).toEqual(expected);
      }
    }
  });

  it('never finds words across two fields', () => {
    const row = { ...rows[1]!, name: 'Bo', headline: 'Go and Kubernetes' };
    expect(filterSearchable(searchableRows([row]), { text: 'bo go' })).toEqual([]);
    expect(filterSearchable(searchableRows([row]), { text: 'bo' })).toEqual([row]);
  });

  it('never finds words across two rows', () => {
    const first = { ...rows[1]!, candidateKey: 'github:first', name: 'Ana', login: 'ana', headline: 'writes Go' };
    const second = { ...rows[1]!, candidateKey: 'github:second', name: 'Bo', login: 'bo', headline: 'Rust' };
    expect(filterSearchable(searchableRows([first, second]), { text: 'gobo' })).toEqual([]);
    expect(filterSearchable(searchableRows([first, second]), { text: 'go' })).toEqual([first]);
    expect(filterSearchable(searchableRows([first, second]), { text: 'bo' })).toEqual([second]);
  });

  it('with no filter gives the prepared rows and keys themselves', () => {
    expect(filterPrepared(prepared, {}, noteHits)).toEqual({ rows, keys: rows.map((row) => row.candidateKey) });
    expect(filterPrepared(prepared, {}, noteHits).rows).toBe(rows);
  });
});
