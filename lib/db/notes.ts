import { db } from './db';
import { NOTE_MAX_LENGTH, type Note } from '../schema/candidate';

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
  await db.notes.add(note);
  return note;
}

export async function updateNote(id: string, text: string, now = new Date()): Promise<void> {
  const changed = await db.notes.update(id, { text: cleanNote(text), updatedAt: now.toISOString() });
  if (!changed) throw new Error('That note no longer exists.');
}

export async function deleteNote(id: string): Promise<void> {
  await db.notes.delete(id);
}

function cleanNote(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A note cannot be empty.');
  if (trimmed.length > NOTE_MAX_LENGTH) throw new Error(`A note can hold at most ${NOTE_MAX_LENGTH} characters.`);
  return trimmed;
}
