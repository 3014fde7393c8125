import { db } from '../../db/db';
import { observe } from '../../db/live';
import { getAuthorName } from '../notes/author';
import { getInstallId } from './feedback';
import { exportFeedbackFile, exportShareFile, importSharedFile, type SharedImportReport } from './share';
import type { FeedbackFile, ShareFile, SharedFile } from '../../files/share';
import type { Note } from '../../schema/candidate';

/**
 * Team mode's use cases: what goes into a shared shortlist's live documents comes from the very exports the share
 * and feedback files use, and what comes back goes through the same import (validation, merge by revision,
 * conflicts kept for a person). So a file and a live document of the same shortlist converge.
 */

/** The shortlist as its owner and editors share it: members in order, evidence, scores, shared notes. */
export async function teamShareOf(shortlistId: string, now = new Date()): Promise<ShareFile> {
  return JSON.parse((await exportShareFile(shortlistId, now)).text) as ShareFile;
}

/** What this reviewer says about the shortlist: their own feedback and the shared notes they wrote. */
export async function teamFeedbackOf(shortlistId: string, now = new Date()): Promise<FeedbackFile> {
  const file = JSON.parse((await exportFeedbackFile(shortlistId, now)).text) as FeedbackFile;
  const [installId, author] = await Promise.all([getInstallId(), getAuthorName()]);
  return {
    ...file,
    feedback: file.feedback.filter((item) => item.id.endsWith(`/${installId}`)),
    notes: file.notes.filter((note) => note.author === author),
  };
}

/**
 * A live document's records, already checked, applied as a file would be. `textMerged` says whether the
 * document's text of a note already holds this browser's copy; then that note takes the merged text.
 */
export function applyTeamRecords(shared: SharedFile, { now = new Date(), textMerged }: { now?: Date; textMerged?: (ours: Note) => boolean } = {}): Promise<SharedImportReport> {
  return importSharedFile(shared, { now, live: true, ...(textMerged ? { textMerged } : {}) });
}

/** The stored text of these notes, by id (absent when not held). */
export async function storedNoteTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const notes = await db.notes.bulkGet([...ids]);
  return new Map(notes.flatMap((note) => (note ? [[note.id, note.text] as const] : [])));
}

/**
 * Calls `onChange` whenever something a shared shortlist's documents carry changes here: the list itself, a note
 * of one of its members, or feedback on it. What changed is read again by the export, so only a stamp is compared.
 */
export function watchTeamChanges(shortlistId: string, onChange: () => void): () => void {
  return observe(async () => {
    const list = await db.shortlists.get(shortlistId);
    const keys = list?.candidateKeys ?? [];
    const [notes, feedback] = await Promise.all([db.notes.where('candidateKey').anyOf(keys).toArray(), db.feedback.where('shortlistId').equals(shortlistId).toArray()]);
    return `${list?.updatedAt}|${keys.join(',')}|${notes.map((note) => `${note.id}@${note.rev}`).join(',')}|${feedback.map((item) => `${item.id}@${item.rev}`).join(',')}`;
  }, onChange);
}
