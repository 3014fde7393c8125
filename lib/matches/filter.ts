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
 * Rows with what the text filter looks in, prepared once per list (not per keystroke): name, login
 * and headline in lower case, one string per row.
 */
export interface SearchableRows {
  rows: readonly MatchRow[];
  words: readonly string[];
}

/** Between fields, so that no word is found across two of them. */
const FIELD_BREAK = '\u0000';

export function searchableRows(rows: readonly MatchRow[]): SearchableRows {
  return { rows, words: rows.map((row) => [row.name, row.login, row.headline].map((field) => field?.toLocaleLowerCase() ?? '').join(FIELD_BREAK)) };
}

/**
 * The rows that pass every filter. `noteHits` are the candidates whose notes contain the text
 * (looked up in the database, since notes are not part of the row).
 */
export function filterMatches(rows: readonly MatchRow[], filters: MatchFilters, noteHits: ReadonlySet<string> = new Set()): MatchRow[] {
  return filterSearchable(searchableRows(rows), filters, noteHits);
}

/** filterMatches over rows prepared by searchableRows: a keystroke costs one `includes` per row. */
export function filterSearchable({ rows, words }: SearchableRows, filters: MatchFilters, noteHits: ReadonlySet<string> = new Set()): MatchRow[] {
  const text = filters.text?.trim().toLocaleLowerCase() ?? '';
  const passes = rowFilter(filters);
  const matchesText = (index: number) => !text || (text.includes(FIELD_BREAK) ? fieldsInclude(rows[index]!, text) : words[index]!.includes(text)) || noteHits.has(rows[index]!.candidateKey);
  const kept: MatchRow[] = [];
  for (let index = 0; index < rows.length; index++) if (matchesText(index) && passes(rows[index]!)) kept.push(rows[index]!);
  return kept;
}

/** Every filter but the text, as one test per row; a filter left empty is not looked at. */
function rowFilter(filters: MatchFilters): (row: MatchRow) => boolean {
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
  return (row) => tests.every((test) => test(row));
}

/** The unprepared search, for the odd text that holds the field break itself. */
function fieldsInclude(row: MatchRow, text: string): boolean {
  return [row.name, row.login, row.headline].some((field) => field?.toLocaleLowerCase().includes(text));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const displayName = (row: MatchRow) => row.name ?? row.login;

/** A new array in the chosen order; ties fall back to name, then key, so the order is stable. */
export function sortMatches(rows: readonly MatchRow[], sort: MatchSort): MatchRow[] {
  const byName = (a: MatchRow, b: MatchRow) => collator.compare(displayName(a), displayName(b)) || (a.candidateKey < b.candidateKey ? -1 : a.candidateKey > b.candidateKey ? 1 : 0);
  const compare: Record<MatchSort, (a: MatchRow, b: MatchRow) => number> = {
    score: (a, b) => (b.total ?? -1) - (a.total ?? -1) || byName(a, b),
    captured: (a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt) || byName(a, b),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
    name: byName,
  };
  return [...rows].sort(compare[sort]);
}
