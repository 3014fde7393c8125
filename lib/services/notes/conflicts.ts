import { db } from '../../db/db';
import { getAuthorName } from './author';
import { refreshNotesPreview, tombstoneOf } from './notes';
import type { Note } from '../../schema/candidate';
import type { Conflict, Feedback } from '../../schema/feedback';
import { settledRevision } from '../sharing/revisions';

/** How a person settles a conflict: keep ours, take theirs, or (notes only) keep both as two notes. */
export type Resolution = 'mine' | 'theirs' | 'both';

export async function listConflicts(candidateKey: string): Promise<Conflict[]> {
  return (await db.conflicts.where('candidateKey').equals(candidateKey).toArray()).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}

export function countConflicts(candidateKeys?: readonly string[]): Promise<number> {
  return candidateKeys ? db.conflicts.where('candidateKey').anyOf([...candidateKeys]).count() : db.conflicts.count();
}

/**
 * Settles a conflict in one transaction. The result is a new revision with both sides in its past,
 * so neither copy raises the conflict again when files are exchanged later.
 */
export async function resolveConflict(id: string, choice: Resolution, now = new Date()): Promise<void> {
  const author = await getAuthorName();
  await db.transaction('rw', [db.conflicts, db.notes, db.summaries, db.feedback], async () => {
    const conflict = await db.conflicts.get(id);
    if (!conflict) throw new Error('That conflict was already settled.');
    if (conflict.kind === 'note') await settleNote(conflict.recordId, conflict.theirs, choice, now, author);
    else await settleFeedback(conflict.recordId, conflict.theirs, choice, now);
    await db.conflicts.delete(id);
  });
}

async function settleNote(id: string, theirs: Note, choice: Resolution, now: Date, author: string): Promise<void> {
  const mine = await db.notes.get(id);
  if (!mine) throw new Error('That note no longer exists.');
  const at = now.toISOString();
  const settled = settledRevision(mine, theirs);
  let next: Note;
  if (choice === 'theirs') {
    next = theirs.deletedAt !== undefined ? { ...tombstoneOf(mine, now, author), ...settled } : { ...theirs, candidateKey: mine.candidateKey, updatedAt: at, ...settled };
    if (next.deletedAt === undefined) delete next.deletedAt;
  } else {
    next = { ...mine, updatedAt: at, ...settled };
  }
  await db.notes.put(next);
  if (choice === 'both' && theirs.deletedAt === undefined && mine.deletedAt === undefined) {
    await db.notes.add({ ...theirs, id: crypto.randomUUID(), candidateKey: mine.candidateKey, createdAt: at, updatedAt: at, rev: crypto.randomUUID(), history: [] });
  }
  await refreshNotesPreview([mine.candidateKey]);
}

async function settleFeedback(id: string, theirs: Feedback, choice: Resolution, now: Date): Promise<void> {
  const mine = await db.feedback.get(id);
  if (!mine) throw new Error('That feedback no longer exists.');
  const kept = choice === 'theirs' ? { ...theirs, candidateKey: mine.candidateKey } : mine;
  await db.feedback.put({ ...kept, updatedAt: now.toISOString(), ...settledRevision(mine, theirs) });
}
