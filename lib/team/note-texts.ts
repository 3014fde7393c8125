/**
 * A shared note's text as Yjs text, so two people editing one note, live or offline, both keep their words,
 * merged character by character. The note's record (author, revision, visibility) stays a JSON string in the
 * document; its text is a top-level Y.Text named after the note, which merges even when both sides create it.
 *
 * Dexie holds plain text, so a local edit reaches the Y.Text as the difference between the text this browser
 * last reconciled with the document (its base) and the text now, put where that stretch now is.
 */
import * as Y from 'yjs';
import { simpleDiffString } from 'lib0/diff';
import { digest } from 'lib0/hash/sha256';
import { toBase64 } from 'lib0/buffer';
import { NOTE_MAX_LENGTH, type Note } from '../schema/candidate';
import { joinHistories, relate } from '../services/sharing/revisions';

/** Per note id, the text this browser and a document last agreed on: the base of the next local edit. */
export type ReconciledTexts = Map<string, string>;

/** What a note's record in the document says about its revision and text. */
export type NoteRecord = Pick<Note, 'rev' | 'history' | 'text'>;

const textName = (noteId: string) => `note:${noteId}`;

/** The note's shared text, when the document has one; a peer's type of another kind under that name is none. */
function sharedText(doc: Y.Doc, noteId: string): Y.Text | undefined {
  if (!doc.share.has(textName(noteId))) return undefined;
  try {
    return doc.getText(textName(noteId));
  } catch {
    return undefined;
  }
}

/** Brings this browser's text of a note into the document's text; call inside a transaction. */
export function writeNoteText(doc: Y.Doc, note: Note, stored: NoteRecord | undefined, reconciled: ReconciledTexts): void {
  const text = sharedText(doc, note.id) ?? doc.getText(textName(note.id));
  const current = text.toString();
  const base = reconciled.get(note.id) ?? assumedBase(note, stored, current);
  const written =
    base !== undefined
      ? note.text === base || applyEdit(text, base, note.text)
      : // Nothing says what this copy grew from: when it is the newer revision, its text is the one to keep.
        stored !== undefined && relate(note, stored) === 'ours-newer' && applyEdit(text, current, note.text);
  if (written || text.toString() === note.text) reconciled.set(note.id, note.text);
}

/** The base of a copy whose base was not kept (first sync, or a document from before shared texts). */
function assumedBase(note: Note, stored: NoteRecord | undefined, current: string): string | undefined {
  if (current === '') return '';
  if (stored?.rev === note.rev) return note.text;
  // An edit of the document's revision started from that revision's text.
  if (stored && note.history.at(-1) === stored.rev) return stored.text;
  return undefined;
}

/**
 * Puts the edit from `base` to `next` into the text, beside whatever others changed since `base`. False when
 * both changed the same stretch: then the revisions decide, as for a file, and nothing is written.
 */
export function applyEdit(text: Y.Text, base: string, next: string): boolean {
  const mine = simpleDiffString(base, next);
  const current = text.toString();
  const at = current === base ? mine.index : shiftedIndex(mine, simpleDiffString(base, current));
  if (at === undefined) return false;
  if (mine.remove > 0) text.delete(at, mine.remove);
  if (mine.insert) text.insert(at, mine.insert);
  return true;
}

type Edit = ReturnType<typeof simpleDiffString>;

function shiftedIndex(mine: Edit, theirs: Edit): number | undefined {
  if (mine.index + mine.remove <= theirs.index) return mine.index;
  if (mine.index >= theirs.index + theirs.remove) return mine.index + theirs.insert.length - theirs.remove;
  return undefined;
}

/**
 * The note as the document holds it: its record, with the merged text when the text moved on from the record.
 * Such a copy gets a revision derived from the record's and the text, so every browser reading the same
 * document names it alike and none of them sees a conflict with another.
 */
export function withSharedText(doc: Y.Doc, note: Note): Note {
  if (note.deletedAt !== undefined) return note;
  const text = sharedText(doc, note.id)?.toString();
  if (!text || text === note.text || text.length > NOTE_MAX_LENGTH || !text.trim()) return note;
  return { ...note, text, rev: mergedRevision(note.rev, text), history: joinHistories(note.history, [note.rev]) };
}

function mergedRevision(rev: string, text: string): string {
  return `merged-${toBase64(digest(new TextEncoder().encode(`${rev}\n${text}`))).slice(0, 24)}`;
}
