import { db } from '../../db/db';
import { NOTE_MAX_LENGTH, type Note, type NoteVisibility } from '../../schema/candidate';
import { MANY_KEYS, rowsFor } from '../../db/bulk';
import { notesPreview } from '../../people/candidate-summary';
import { getAuthorName } from './author';
import { nextRevision } from '../sharing/revisions';

/** The candidate's notes, newest first; deleted notes (tombstones) are left out. */
export async function listNotes(key: string): Promise<Note[]> {
  const notes = await db.notes.where('candidateKey').equals(key).toArray();
  return notes.filter(isLive).sort(newestFirst);
}

export const isLive = (note: Note) => note.deletedAt === undefined;

export function newestFirst(a: Note, b: Note): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

export interface NewNote {
  visibility?: NoteVisibility;
  now?: Date;
}

export async function addNote(key: string, text: string, { visibility = 'private', now = new Date() }: NewNote = {}): Promise<Note> {
  const at = now.toISOString();
  const note: Note = {
    id: crypto.randomUUID(),
    candidateKey: key,
    text: cleanNote(text),
    visibility,
    author: await getAuthorName(),
    createdAt: at,
    updatedAt: at,
    rev: crypto.randomUUID(),
    history: [],
  };
  await db.transaction('rw', db.notes, db.summaries, async () => {
    await db.notes.add(note);
    await refreshNotesPreview([key]);
  });
  return note;
}

export interface NoteEdit {
  text?: string;
  visibility?: NoteVisibility;
  /**
   * The revision the editor started from. If the note changed since (another window, an import), the
   * save is refused rather than overwrite that change.
   */
  expectedRev?: string;
  now?: Date;
}

export const STALE_NOTE_MESSAGE = 'This note changed elsewhere (another window or an import) while you were editing it. Your text is still in the box: compare it with the new version and save again.';

export async function updateNote(id: string, { text, visibility, expectedRev, now = new Date() }: NoteEdit): Promise<Note> {
  const clean = text === undefined ? undefined : cleanNote(text);
  const author = await getAuthorName();
  return db.transaction('rw', db.notes, db.summaries, async () => {
    const note = await db.notes.get(id);
    if (!note || !isLive(note)) throw new Error('That note no longer exists.');
    if (expectedRev !== undefined && note.rev !== expectedRev) throw new Error(STALE_NOTE_MESSAGE);
    const next: Note = {
      ...note,
      ...(clean === undefined ? {} : { text: clean }),
      ...(visibility ? { visibility } : {}),
      ...editor(note, author),
      updatedAt: now.toISOString(),
      ...nextRevision(note),
    };
    await db.notes.put(next);
    await refreshNotesPreview([note.candidateKey]);
    return next;
  });
}

/** Deleting keeps a tombstone without the text, so a shared note's deletion reaches the other side. */
export async function deleteNote(id: string, { expectedRev, now = new Date() }: Pick<NoteEdit, 'expectedRev' | 'now'> = {}): Promise<void> {
  const author = await getAuthorName();
  await db.transaction('rw', db.notes, db.summaries, async () => {
    const note = await db.notes.get(id);
    if (!note || !isLive(note)) return;
    if (expectedRev !== undefined && note.rev !== expectedRev) throw new Error(STALE_NOTE_MESSAGE);
    await db.notes.put(tombstoneOf(note, now, author));
    await refreshNotesPreview([note.candidateKey]);
  });
}

export function tombstoneOf(note: Note, now: Date, author: string): Note {
  return { ...note, text: '', ...editor(note, author), updatedAt: now.toISOString(), deletedAt: now.toISOString(), ...nextRevision(note) };
}

function editor(note: Note, author: string): Pick<Note, 'editedBy'> | Record<string, never> {
  return author && author !== note.author ? { editedBy: author } : {};
}

/** Rewrites the notes preview in these candidates' summaries (in the caller's transaction, if any). */
export async function refreshNotesPreview(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const notes = keys.length < MANY_KEYS ? await db.notes.where('candidateKey').anyOf([...keys]).toArray() : await db.notes.toArray();
  const byCandidate = new Map<string, Note[]>();
  for (const note of notes) byCandidate.set(note.candidateKey, [...(byCandidate.get(note.candidateKey) ?? []), note]);
  const summaries = await rowsFor(keys, (row) => row.candidateKey, () => db.summaries.bulkGet([...keys]), () => db.summaries.toArray());
  await db.summaries.bulkPut(summaries.flatMap((summary) => (summary ? [{ ...summary, latestNotes: notesPreview(byCandidate.get(summary.candidateKey) ?? []) }] : [])));
}

function cleanNote(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A note cannot be empty.');
  if (trimmed.length > NOTE_MAX_LENGTH) throw new Error(`A note can hold at most ${NOTE_MAX_LENGTH} characters.`);
  return trimmed;
}
