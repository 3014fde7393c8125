/**
 * One exchange between this browser's tables and a shared shortlist's documents, the protocol TeamSync runs
 * after every local change or peer's update (it only moves the documents over the wire):
 * 1. this browser's note edits go into the shared texts, where they merge with everyone's;
 * 2. peers' changes are read in, each record checked, and imported as a file would be;
 * 3. the records are written out where they are newer here, so an older copy never overwrites a newer one.
 */
import type * as Y from 'yjs';
import { applyTeamRecords, storedNoteTexts, teamFeedbackOf, teamShareOf } from '../services/sharing/team';
import { changesNothing } from '../services/sharing/share';
import { getShortlist } from '../services/workflow/shortlists';
import type { FeedbackFile, ShareFile, SharedFile } from '../files/share';
import { readFeedbackFromDocument, readShareFromDocument, writeFeedbackToDocument, writeNoteTexts, writeShareToDocument } from './documents';
import type { ReconciledTexts } from './note-texts';

export interface SharedDocument {
  doc: Y.Doc;
  /** The shortlist's document, or one reviewer's. */
  kind: 'share' | 'feedback';
  /** Whether this person may write it (the server refuses the rest anyway). */
  writable: boolean;
  /** A peer's change arrived and is not read in yet. */
  pending: boolean;
  reconciled: ReconciledTexts;
  /** At the last read: records a peer sent that did not pass the checks, skipped. */
  rejected?: number;
  /** At the last read: why the document could not be applied, if it could not. */
  problem?: string;
}

type LocalCopy = { document: SharedDocument; file: ShareFile | FeedbackFile };

export async function exchange(shortlistId: string, documents: readonly SharedDocument[], origin: unknown): Promise<void> {
  const writable = documents.filter((document) => document.writable);
  let copies = await localCopies(shortlistId, writable);
  for (const { document, file } of copies) writeNoteTexts(document.doc, file, origin, document.reconciled);
  let readSomething = false;
  for (const document of documents) if (document.pending) readSomething = (await readIn(document)) || readSomething;
  if (readSomething) copies = await localCopies(shortlistId, writable);
  for (const { document, file } of copies) {
    if ('candidates' in file) writeShareToDocument(document.doc, file, origin, document.reconciled);
    else writeFeedbackToDocument(document.doc, file, origin, document.reconciled);
  }
}

/** Nothing to write before the shortlist is here: a reviewer's arrives with the first read. */
async function localCopies(shortlistId: string, documents: readonly SharedDocument[]): Promise<LocalCopy[]> {
  if (documents.length === 0 || !(await getShortlist(shortlistId))) return [];
  const copies: LocalCopy[] = [];
  for (const document of documents) copies.push({ document, file: document.kind === 'feedback' ? await teamFeedbackOf(shortlistId) : await teamShareOf(shortlistId) });
  return copies;
}

/** Reads a document in; true when that changed something here. */
async function readIn(document: SharedDocument): Promise<boolean> {
  document.pending = false;
  const read = document.kind === 'share' ? readShareFromDocument(document.doc) : readFeedbackFromDocument(document.doc);
  document.rejected = read.rejected;
  document.problem = read.error;
  if (!read.file) return false;
  const shared = (document.kind === 'share' ? { kind: 'share', file: read.file } : { kind: 'feedback', file: read.file }) as SharedFile;
  // A note changed on both sides takes the merged text only when this browser's copy is already in it.
  const textMerged = document.writable ? (ours: { id: string; text: string }) => document.reconciled.get(ours.id) === ours.text : undefined;
  try {
    const report = await applyTeamRecords(shared, textMerged ? { textMerged } : {});
    if (document.writable) await reconcileRead(document, shared);
    return !changesNothing(report);
  } catch (error) {
    document.problem = error instanceof Error ? error.message : String(error);
    return false;
  }
}

/** Notes whose text here is now the document's: the base of the next local edit. */
async function reconcileRead(document: SharedDocument, shared: SharedFile): Promise<void> {
  const notes = shared.kind === 'share' ? shared.file.candidates.flatMap((entry) => entry.notes) : shared.file.notes;
  const stored = await storedNoteTexts(notes.map((note) => note.id));
  for (const note of notes) if (note.deletedAt === undefined && stored.get(note.id) === note.text) document.reconciled.set(note.id, note.text);
}
