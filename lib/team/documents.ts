/**
 * A shared shortlist as Yjs documents, in the shapes of the share and feedback files: the same records
 * (posting, shortlist, candidates with scores and evidence, notes, feedback), each a JSON string under its id.
 * Reading back validates every record on its own and skips a bad one, then the whole as a file is checked by
 * the same parser as a file from disk: a hostile or buggy peer can spoil its own records, never the panel.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { PostingSchema } from '../schema/posting';
import { NoteSchema, type Note } from '../schema/candidate';
import { FeedbackSchema, type Feedback } from '../schema/feedback';
import {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  SHARE_FORMAT,
  SHARE_VERSION,
  ShareCandidateSchema,
  parseSharedFile,
  travels,
  type FeedbackFile,
  type ShareFile,
} from '../files/share';
import { ShortlistSchema } from '../schema/pipeline';
import { relate } from '../services/sharing/revisions';
import { withSharedText, writeNoteText, type NoteRecord, type ReconciledTexts } from './note-texts';

/** Hocuspocus document names: the shortlist, and one per reviewer that only they write. */
export const shortlistDocument = (shortlistId: string) => `shortlist/${shortlistId}`;
export const reviewerDocument = (shortlistId: string, username: string) => `shortlist/${shortlistId}/reviewer/${username}`;

/** A record larger than this is a peer's mistake or an attack: skipped. */
const RECORD_MAX_CHARS = 2_000_000;

const MAPS = { meta: 'meta', candidates: 'candidates', notes: 'notes', feedback: 'feedback' } as const;

const SharedShortlistSchema = ShortlistSchema.pick({ id: true, name: true, candidateKeys: true, createdAt: true, updatedAt: true });
const CandidateEntrySchema = ShareCandidateSchema.omit({ notes: true });

/** What one read of a document gave: the file (absent while the document is empty) and how many records were bad. */
export interface DocumentRead<T> {
  file?: T;
  rejected: number;
  /** Why the whole was refused, when it was. */
  error?: string;
}

/**
 * Writes a share file's records into the shortlist document; only what changed is written, in one transaction.
 * `reconciled` keeps each shared note's text base between calls (see note-texts.ts).
 */
export function writeShareToDocument(doc: Y.Doc, file: ShareFile, origin: unknown, reconciled: ReconciledTexts = new Map()): void {
  doc.transact(() => {
    const meta = doc.getMap<string>(MAPS.meta);
    setIfChanged(meta, 'exportedBy', JSON.stringify(file.exportedBy));
    setIfChanged(meta, 'posting', JSON.stringify(file.posting));
    setIfChanged(meta, 'shortlist', JSON.stringify(file.shortlist));
    const candidates = doc.getMap<string>(MAPS.candidates);
    const members = new Set(file.candidates.map((entry) => entry.candidate.key));
    for (const entry of file.candidates) {
      const { notes: _notes, ...rest } = entry;
      setIfChanged(candidates, entry.candidate.key, JSON.stringify(rest));
    }
    for (const key of Array.from(candidates.keys())) if (!members.has(key)) candidates.delete(key);
    writeNotes(doc, sharedNotesOf(file), reconciled);
  }, origin);
}

/** Writes a reviewer's own feedback and notes into their document. */
export function writeFeedbackToDocument(doc: Y.Doc, file: FeedbackRecords, origin: unknown, reconciled: ReconciledTexts = new Map()): void {
  doc.transact(() => {
    const meta = doc.getMap<string>(MAPS.meta);
    setIfChanged(meta, 'exportedBy', JSON.stringify(file.exportedBy));
    setIfChanged(meta, 'postingId', JSON.stringify(file.postingId));
    setIfChanged(meta, 'shortlist', JSON.stringify(file.shortlist));
    const feedback = doc.getMap<string>(MAPS.feedback);
    for (const item of file.feedback) setIfChanged(feedback, item.id, JSON.stringify(item));
    writeNotes(doc, file.notes, reconciled);
  }, origin);
}

type FeedbackRecords = Pick<FeedbackFile, 'exportedBy' | 'postingId' | 'shortlist' | 'feedback' | 'notes'>;

const sharedNotesOf = (file: ShareFile | FeedbackRecords): Note[] => ('candidates' in file ? file.candidates.flatMap((entry) => entry.notes) : file.notes);

/**
 * Only the shared notes' texts, before a peer's changes are read in: an edit made here merges into the text,
 * where writing the records now could put an older revision over a newer one not read yet.
 */
export function writeNoteTexts(doc: Y.Doc, file: ShareFile | FeedbackRecords, origin: unknown, reconciled: ReconciledTexts): void {
  const records = doc.getMap<string>(MAPS.notes);
  doc.transact(() => {
    for (const note of sharedNotesOf(file)) if (travels(note) && note.deletedAt === undefined) writeNoteText(doc, note, storedNote(records.get(note.id)), reconciled);
  }, origin);
}

/**
 * Notes are never removed from a document: a deletion travels as a tombstone, so an old copy cannot bring it
 * back. A record is written only over an older revision of itself: one changed elsewhere is read in first.
 */
function writeNotes(doc: Y.Doc, notes: readonly Note[], reconciled: ReconciledTexts): void {
  const map = doc.getMap<string>(MAPS.notes);
  for (const note of notes) {
    if (!travels(note)) continue;
    const stored = storedNote(map.get(note.id));
    if (note.deletedAt === undefined) writeNoteText(doc, note, stored, reconciled);
    if (!stored || relate(note, stored) === 'ours-newer') setIfChanged(map, note.id, JSON.stringify(note));
  }
}

function storedNote(text: string | undefined): NoteRecord | undefined {
  return record(text, NoteSchema);
}

function setIfChanged(map: Y.Map<string>, key: string, value: string): void {
  if (map.get(key) !== value) map.set(key, value);
}

/** The shortlist document as a share file, every record checked. */
export function readShareFromDocument(doc: Y.Doc, now = new Date()): DocumentRead<ShareFile> {
  const meta = doc.getMap<string>(MAPS.meta);
  const posting = record(meta.get('posting'), PostingSchema);
  const shortlist = record(meta.get('shortlist'), SharedShortlistSchema);
  const exportedBy = record(meta.get('exportedBy'), z.string().max(200));
  if (!posting && !shortlist && meta.size === 0) return { rejected: 0 };
  if (!posting || !shortlist || exportedBy === undefined) return { rejected: 1, error: 'the shared shortlist’s posting or list is missing or damaged' };
  const candidates = records(doc.getMap<string>(MAPS.candidates), CandidateEntrySchema);
  const notes = noteRecords(doc);
  const byCandidate = groupBy(notes.valid.filter(travels), (note) => note.candidateKey);
  const held = new Map(candidates.valid.map((entry) => [entry.candidate.key, entry]));
  const entries = shortlist.candidateKeys.flatMap((key) => {
    const entry = held.get(key);
    return entry ? [{ ...entry, notes: byCandidate.get(key) ?? [] }] : [];
  });
  const file = { format: SHARE_FORMAT, version: SHARE_VERSION, exportedAt: now.toISOString(), exportedBy, posting, shortlist: { ...shortlist, candidateKeys: entries.map((entry) => entry.candidate.key) }, candidates: entries, feedback: [] };
  return checkedAs(file, 'share', candidates.rejected + notes.rejected, now);
}

/** A reviewer's document as a feedback file, every record checked. */
export function readFeedbackFromDocument(doc: Y.Doc, now = new Date()): DocumentRead<FeedbackFile> {
  const meta = doc.getMap<string>(MAPS.meta);
  const exportedBy = record(meta.get('exportedBy'), z.string().max(200));
  const postingId = record(meta.get('postingId'), z.string().min(1).max(200));
  const shortlist = record(meta.get('shortlist'), SharedShortlistSchema.pick({ id: true, name: true }));
  if (meta.size === 0) return { rejected: 0 };
  if (exportedBy === undefined || !postingId || !shortlist) return { rejected: 1, error: 'the reviewer’s document names no shortlist' };
  const feedback = records(doc.getMap<string>(MAPS.feedback), FeedbackSchema);
  const notes = noteRecords(doc);
  // A reviewer's document speaks for this shortlist only.
  const own = feedback.valid.filter((item: Feedback) => item.shortlistId === shortlist.id);
  const file = { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, exportedAt: now.toISOString(), exportedBy, postingId, shortlist, feedback: own, notes: notes.valid.filter(travels) };
  return checkedAs(file, 'feedback', feedback.rejected + notes.rejected + feedback.valid.length - own.length, now);
}

function checkedAs<K extends 'share' | 'feedback'>(file: object, kind: K, rejected: number, now: Date): DocumentRead<K extends 'share' ? ShareFile : FeedbackFile> {
  const parsed = parseSharedFile(JSON.stringify(file), now);
  if (!parsed.ok) return { rejected, error: parsed.error };
  if (parsed.shared.kind !== kind) return { rejected, error: 'the document is not what its name says' };
  return { file: parsed.shared.file as K extends 'share' ? ShareFile : FeedbackFile, rejected };
}

function record<T>(text: unknown, schema: z.ZodType<T>): T | undefined {
  if (typeof text !== 'string' || text.length > RECORD_MAX_CHARS) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function records<T>(map: Y.Map<string>, schema: z.ZodType<T>): { valid: T[]; rejected: number } {
  const valid: T[] = [];
  let rejected = 0;
  for (const value of map.values()) {
    const read = record(value, schema);
    if (read === undefined) rejected++;
    else valid.push(read);
  }
  return { valid, rejected };
}

/** The notes' records, each with the text as merged in the document. */
function noteRecords(doc: Y.Doc): { valid: Note[]; rejected: number } {
  const notes = records(doc.getMap<string>(MAPS.notes), NoteSchema);
  return { ...notes, valid: notes.valid.map((note) => withSharedText(doc, note)) };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
