import { HISTORY_MAX } from '../../schema/candidate';

/** A record that two browsers may both change: its revision now and the ones it grew from. */
export interface Revisioned {
  rev: string;
  history: string[];
}

/**
 * How our copy of a record stands to theirs. Clocks are never compared: a reviewer's clock may be
 * wrong, and "the later edit wins" is exactly how an edit gets lost.
 */
export type Relation = 'same' | 'ours-newer' | 'theirs-newer' | 'diverged';

export function relate(ours: Revisioned, theirs: Revisioned): Relation {
  if (ours.rev === theirs.rev) return 'same';
  if (ours.history.includes(theirs.rev)) return 'ours-newer';
  if (theirs.history.includes(ours.rev)) return 'theirs-newer';
  return 'diverged';
}

/** The revision fields after an edit of `record`. */
export function nextRevision(record: Revisioned, rev: string = crypto.randomUUID()): Revisioned {
  return { rev, history: joinHistories(record.history, [record.rev]) };
}

/**
 * After a person settles a conflict: a new revision that has both sides in its past, so either copy,
 * met again, counts as older and no conflict comes back.
 */
export function settledRevision(ours: Revisioned, theirs: Revisioned, rev: string = crypto.randomUUID()): Revisioned {
  return { rev, history: joinHistories(ours.history, [ours.rev], theirs.history, [theirs.rev]) };
}

/** The union of histories, oldest first, keeping the newest HISTORY_MAX. */
export function joinHistories(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const rev of list) seen.add(rev);
  return [...seen].slice(-HISTORY_MAX);
}
