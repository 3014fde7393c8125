import { db } from './db';
import { NOTE_MAX_LENGTH, type Note } from '../schema/candidate';
import { MANY_KEYS, rowsFor } from './bulk';
import { notesPreview } from './summaries';

export async function listNotes(key: string): Promise<Note[]> {
  const notes = await db.notes.where('candidateKey').equals(key).toArray();
  return notes.sort(newestFirst);
}

export function newestFirst(a: Note, b: Note): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

export async function addNote(key: string, text: string, now = new Date()): Promise<Note> {
  const at = now.toISOString();
  const note: Note = { id: crypto.randomUUID(), candidateKey: key, text: cleanNote(text), createdAt: at, updatedAt: at };
  await db.transaction('rw', db.notes, db.summaries, async () => {
    await db.notes.add(note);
    await refreshNotesPreview([key]);
  });
  return note;
}

export async function updateNote(id: string, text: string, now = new Date()): Promise<void> {
  const clean = cleanNote(text);
  await db.transaction('rw', db.notes, db.summaries, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('That note no longer exists.');
    await db.notes.update(id, { text: clean, updatedAt: now.toISOString() });
    await refreshNotesPreview([note.candidateKey]);
  });
}

export async function deleteNote(id: string): Promise<void> {
  await db.transaction('rw', db.notes, db.summaries, async () => {
    const note = await db.notes.get(id);
    await db.notes.delete(id);
    if (note) await refreshNotesPreview([note.candidateKey]);
  });
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
