import type { MatchRow } from '../services/workflow/matches';
import type { SiteId } from '../schema/profile';

/** What the recruiter narrowed the matches to. Every field is optional: empty means "any". */
export interface MatchFilters {
  minScore?: number;
  mustHavesMet?: boolean;
  statuses?: readonly string[];
  tags?: readonly string[];
  sites?: readonly SiteId[];
  hasNotes?: boolean;
  /** ISO dates, inclusive, on when the candidate was first captured or last updated. */
  capturedFrom?: string;
  capturedTo?: string;
  updatedFrom?: string;
  updatedTo?: string;
  /** Words looked for in name, login, headline and (through noteHits) notes. */
  text?: string;
}

export type MatchSort = 'score' | 'captured' | 'updated' | 'name';

const dayEnd = (date: string) => (date.length === 10 ? `${date}T23:59:59.999Z` : date);

/**
 * Rows with what the text filter looks in, prepared once per list (not per keystroke): every row's
 * name, login and headline in lower case, in one string, so that a keystroke is a few `indexOf`
 * calls over it rather than a test per row.
 */
export interface SearchableRows {
  rows: readonly MatchRow[];
  /** Each row's candidate key, by index: read without touching the row objects. */
  keys: readonly string[];
  /** The rows' lower-cased fields one after another, FIELD_BREAK after each field. */
  text: string;
  /** Where each row's part of `text` starts, and (last entry) the text's length. */
  starts: Int32Array;
}

/** Between fields and rows: text without it is never found across two fields or two rows. */
const FIELD_BREAK = '\u0000';

const loweredFields = (row: MatchRow) => [row.name, row.login, row.headline].map((field) => field?.toLocaleLowerCase() ?? '').join(FIELD_BREAK) + FIELD_BREAK;

export function searchableRows(rows: readonly MatchRow[]): SearchableRows {
  return searchableOfParts(rows, rows.map(loweredFields));
}

function searchableOfParts(rows: readonly MatchRow[], parts: readonly string[]): SearchableRows {
  const starts = new Int32Array(rows.length + 1);
  for (let index = 0; index < parts.length; index++) starts[index + 1] = starts[index]! + parts[index]!.length;
  return { rows, keys: rows.map((row) => row.candidateKey), text: parts.join(''), starts };
}

/**
 * The rows that pass every filter. `noteHits` are the candidates whose notes contain the text
 * (looked up in the database, since notes are not part of the row).
 */
export function filterMatches(rows: readonly MatchRow[], filters: MatchFilters, noteHits: ReadonlySet<string> = new Set()): MatchRow[] {
  return [...filterSearchable(searchableRows(rows), filters, noteHits)];
}

/** filterMatches over rows prepared by searchableRows. With no filter at all, the prepared rows themselves. */
export function filterSearchable(searchable: SearchableRows, filters: MatchFilters, noteHits: ReadonlySet<string> = new Set()): readonly MatchRow[] {
  return filterPrepared(searchable, filters, noteHits).rows;
}

/** The filtered rows and their candidate keys, in the list's order. */
export interface FilteredRows {
  rows: readonly MatchRow[];
  keys: readonly string[];
}

/** filterSearchable with the kept rows' keys as well (the list's order for next/previous, the export). */
export function filterPrepared(searchable: SearchableRows, filters: MatchFilters, noteHits: ReadonlySet<string> = new Set()): FilteredRows {
  const { rows, keys } = searchable;
  const text = filters.text?.trim().toLocaleLowerCase() ?? '';
  const passes = rowFilter(filters);
  if (!text && !passes) return { rows, keys };
  const candidates = text ? textMatches(searchable, text, noteHits) : undefined;
  const kept: MatchRow[] = [];
  const keptKeys: string[] = [];
  const keep = (index: number) => {
    const row = rows[index]!;
    if (passes && !passes(row)) return;
    kept.push(row);
    keptKeys.push(keys[index]!);
  };
  if (candidates) for (const index of candidates) keep(index);
  else for (let index = 0; index < rows.length; index++) keep(index);
  return { rows: kept, keys: keptKeys };
}

/** Indexes, in order, of the rows whose name, login or headline contains `text`, or whose notes do (`noteHits`). */
function textMatches(searchable: SearchableRows, text: string, noteHits: ReadonlySet<string>): number[] {
  const found = text.includes(FIELD_BREAK) ? rowsWithFieldsIncluding(searchable.rows, text) : rowsWithTextIncluding(searchable, text);
  if (noteHits.size === 0) return found;
  const hits = noteHitIndexes(searchable.keys, noteHits);
  return hits.length === 0 ? found : mergeAscending(found, hits);
}

/** One `indexOf` per row found: after a hit, the search goes on from the next row. */
function rowsWithTextIncluding({ text: all, starts }: SearchableRows, text: string): number[] {
  const found: number[] = [];
  const count = starts.length - 1;
  let row = 0;
  let at = all.indexOf(text);
  while (at !== -1) {
    row = rowAt(starts, at, row);
    found.push(row);
    if (++row >= count) break;
    at = all.indexOf(text, starts[row]);
  }
  return found;
}

/** The row whose part of the text holds position `at`, searching from row `from` on (a binary search). */
function rowAt(starts: Int32Array, at: number, from: number): number {
  let low = from;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The unprepared search, for the odd text that holds the field break itself. */
function rowsWithFieldsIncluding(rows: readonly MatchRow[], text: string): number[] {
  const found: number[] = [];
  rows.forEach((row, index) => {
    if ([row.name, row.login, row.headline].some((field) => field?.toLocaleLowerCase().includes(text))) found.push(index);
  });
  return found;
}

function noteHitIndexes(keys: readonly string[], noteHits: ReadonlySet<string>): number[] {
  const hits: number[] = [];
  for (let index = 0; index < keys.length; index++) if (noteHits.has(keys[index]!)) hits.push(index);
  return hits;
}

/** Two ascending lists of indexes as one, each index once. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.at(-1) !== next) merged.push(next);
  }
  return merged;
}

/** Every filter but the text, as one test per row; a filter left empty is not looked at; none at all is undefined. */
function rowFilter(filters: MatchFilters): ((row: MatchRow) => boolean) | undefined {
  const statuses = filters.statuses?.length ? new Set(filters.statuses) : undefined;
  const sites = filters.sites?.length ? filters.sites : undefined;
  const tags = filters.tags?.length ? filters.tags : undefined;
  const tests: ((row: MatchRow) => boolean)[] = [];
  if (filters.minScore !== undefined) tests.push((row) => (row.total ?? -1) >= filters.minScore!);
  if (filters.mustHavesMet !== undefined) tests.push((row) => (row.mustHavesMet ?? false) === filters.mustHavesMet);
  if (statuses) tests.push((row) => statuses.has(row.status));
  if (tags) tests.push((row) => tags.every((tag) => row.tags.includes(tag)));
  if (sites) tests.push((row) => sites.some((site) => row.sites.includes(site)));
  if (filters.hasNotes !== undefined) tests.push((row) => row.hasNotes === filters.hasNotes);
  if (filters.capturedFrom) tests.push((row) => row.firstSeenAt >= filters.capturedFrom!);
  if (filters.capturedTo) {
    const to = dayEnd(filters.capturedTo);
    tests.push((row) => row.firstSeenAt <= to);
  }
  if (filters.updatedFrom) tests.push((row) => row.updatedAt >= filters.updatedFrom!);
  if (filters.updatedTo) {
    const to = dayEnd(filters.updatedTo);
    tests.push((row) => row.updatedAt <= to);
  }
  if (tests.length === 0) return undefined;
  return (row) => tests.every((test) => test(row));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const displayName = (row: MatchRow) => row.name ?? row.login;

const byName = (a: MatchRow, b: MatchRow) => collator.compare(displayName(a), displayName(b)) || (a.candidateKey < b.candidateKey ? -1 : a.candidateKey > b.candidateKey ? 1 : 0);

/** Each order; ties fall back to name, then key, so two rows never compare equal. */
const COMPARE: Record<MatchSort, (a: MatchRow, b: MatchRow) => number> = {
  score: (a, b) => (b.total ?? -1) - (a.total ?? -1) || byName(a, b),
  captured: (a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt) || byName(a, b),
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
  name: byName,
};

/** A new array in the chosen order. */
export function sortMatches(rows: readonly MatchRow[], sort: MatchSort): MatchRow[] {
  return [...rows].sort(COMPARE[sort]);
}

/** Rows sorted or prepared at a time between two pauses by prepareInSlices. */
const SLICE_ROWS = 10_000;

/**
 * searchableRows(sortMatches(rows, sort)) without one long task (100,000 rows take a few hundred ms):
 * slices sorted one at a time and merged, and lowered a slice at a time, with `pause` between slices
 * so the panel handles typing meanwhile. The same rows in the same order.
 */
export async function prepareInSlices(rows: readonly MatchRow[], sort: MatchSort, pause: () => Promise<void>, sliceRows = SLICE_ROWS): Promise<SearchableRows> {
  const sorted = await sortInSlices(rows, COMPARE[sort], pause, sliceRows);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; start += sliceRows) {
    await pause();
    for (let index = start; index < Math.min(sorted.length, start + sliceRows); index++) parts.push(loweredFields(sorted[index]!));
  }
  await pause();
  return searchableOfParts(sorted, parts);
}

/** A merge sort of sorted slices. The comparison never returns 0 for two rows, so the order is sort's. */
async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, pause: () => Promise<void>, sliceRows: number): Promise<T[]> {
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += sliceRows) {
    await pause();
    runs.push(items.slice(start, start + sliceRows).sort(compare));
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let index = 0; index < runs.length; index += 2) merged.push(index + 1 < runs.length ? await mergeInSlices(runs[index]!, runs[index + 1]!, compare, pause, sliceRows) : runs[index]!);
    runs = merged;
  }
  return runs[0] ?? [];
}

async function mergeInSlices<T>(a: readonly T[], b: readonly T[], compare: (a: T, b: T) => number, pause: () => Promise<void>, sliceRows: number): Promise<T[]> {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    await pause();
    const end = merged.length + sliceRows;
    while (merged.length < end && (i < a.length || j < b.length)) merged.push(j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!);
  }
  return merged;
}
