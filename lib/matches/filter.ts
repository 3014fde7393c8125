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
 * The rows that pass every filter. `noteHits` are the candidates whose notes contain the text
 * (looked up in the database, since notes are not part of the row).
 */
export function filterMatches(rows: readonly MatchRow[], filters: MatchFilters, noteHits: ReadonlySet<string> = new Set()): MatchRow[] {
  const text = filters.text?.trim().toLocaleLowerCase() ?? '';
  const statuses = filters.statuses?.length ? new Set(filters.statuses) : undefined;
  const sites = filters.sites?.length ? filters.sites : undefined;
  const tags = filters.tags?.length ? filters.tags : undefined;
  return rows.filter(
    (row) =>
      (filters.minScore === undefined || (row.total ?? -1) >= filters.minScore) &&
      (filters.mustHavesMet === undefined || (row.mustHavesMet ?? false) === filters.mustHavesMet) &&
      (!statuses || statuses.has(row.status)) &&
      (!tags || tags.every((tag) => row.tags.includes(tag))) &&
      (!sites || sites.some((site) => row.sites.includes(site))) &&
      (filters.hasNotes === undefined || row.hasNotes === filters.hasNotes) &&
      (!filters.capturedFrom || row.firstSeenAt >= filters.capturedFrom) &&
      (!filters.capturedTo || row.firstSeenAt <= dayEnd(filters.capturedTo)) &&
      (!filters.updatedFrom || row.updatedAt >= filters.updatedFrom) &&
      (!filters.updatedTo || row.updatedAt <= dayEnd(filters.updatedTo)) &&
      (!text || matchesText(row, text) || noteHits.has(row.candidateKey)),
  );
}

function matchesText(row: MatchRow, text: string): boolean {
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
