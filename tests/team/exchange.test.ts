import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as repo from '@/lib/services';
import { db } from '@/lib/db/db';
import { exchange, type SharedDocument } from '@/lib/team/exchange';
import { applyEdit } from '@/lib/team/note-texts';
import { capture, enter, leave, P, reset, type BrowserRows } from '../support/two-browsers';

/**
 * The exchange TeamSync runs, with the server played by copying updates between two replicas: Ana (owner) and
 * Eve (editor), each in her own "browser", both writing the shortlist's document.
 */
beforeEach(reset);

function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

interface Person {
  rows: BrowserRows;
  document: SharedDocument;
}

const shareDocument = (): SharedDocument => ({ doc: new Y.Doc(), kind: 'share', writable: true, pending: false, reconciled: new Map() });

/** What a person's browser does after a change of its own or a peer's: one exchange, then it steps away. */
async function exchangeAs(person: Person, listId: string, peerChanged = true): Promise<void> {
  await enter(person.rows);
  person.document.pending = peerChanged;
  await exchange(listId, [person.document], 'local');
  expect([person.document.rejected ?? 0, person.document.problem]).toEqual([0, undefined]);
  person.rows = await leave();
}

async function sharedNoteTexts(rows: BrowserRows): Promise<string[]> {
  await enter(rows);
  const texts = (await db.notes.toArray()).filter((note) => note.visibility === 'shared' && !note.deletedAt).map((note) => note.text);
  await leave();
  return texts;
}

/** Ana shares a list with one shared note; Eve joins as an editor and receives it. */
async function anaAndEve() {
  await repo.setAuthorName('Ana');
  await capture('ines');
  const list = await repo.createShortlist(P, 'Round 1');
  await repo.addToShortlist(list.id, ['github:ines']);
  const note = await repo.addNote('github:ines', 'Strong Go. Ran a team of four.', { visibility: 'shared' });
  const ana: Person = { rows: await leave(), document: shareDocument() };
  await exchangeAs(ana, list.id, false);
  await repo.setAuthorName('Eve');
  const eve: Person = { rows: await leave(), document: shareDocument() };
  syncDocs(ana.document.doc, eve.document.doc);
  await exchangeAs(eve, list.id);
  return { list, note, ana, eve };
}

async function edit(person: Person, noteId: string, change: (text: string) => string): Promise<void> {
  await enter(person.rows);
  const note = (await db.notes.get(noteId))!;
  await repo.updateNote(noteId, { text: change(note.text) });
  person.rows = await leave();
}

describe('shared note text merges character by character', () => {
  it('keeps both people’s words when both edit one note offline, with no conflict for anyone', async () => {
    const { list, note, ana, eve } = await anaAndEve();
    expect(await sharedNoteTexts(eve.rows)).toEqual(['Strong Go. Ran a team of four.']);

    // Offline, each edits a different part of the same note, and each browser writes it into its own copy.
    await edit(ana, note.id, (text) => text.replace('Strong Go.', 'Very strong Go.'));
    await exchangeAs(ana, list.id, false);
    await edit(eve, note.id, (text) => `${text} Wants to stay remote.`);
    await exchangeAs(eve, list.id, false);

    // Back online: the replicas meet; each browser reads the other's change in, until nothing moves.
    for (let round = 0; round < 3; round++) {
      syncDocs(ana.document.doc, eve.document.doc);
      await exchangeAs(ana, list.id);
      syncDocs(ana.document.doc, eve.document.doc);
      await exchangeAs(eve, list.id);
    }

    const merged = 'Very strong Go. Ran a team of four. Wants to stay remote.';
    expect(await sharedNoteTexts(ana.rows)).toEqual([merged]);
    expect(await sharedNoteTexts(eve.rows)).toEqual([merged]);
    expect(ana.rows.conflicts).toEqual([]);
    expect(eve.rows.conflicts).toEqual([]);
  });

  it('sends a live edit out as an edit, so a teammate’s edit made meanwhile is kept', async () => {
    const { list, note, ana, eve } = await anaAndEve();
    await edit(ana, note.id, (text) => text.replace('four', 'five'));
    await exchangeAs(ana, list.id, false);
    // Eve edits before Ana's change has been read in here: the server has already brought it to her copy.
    await edit(eve, note.id, (text) => `Update: ${text}`);
    syncDocs(ana.document.doc, eve.document.doc);
    await exchangeAs(eve, list.id);
    syncDocs(ana.document.doc, eve.document.doc);
    await exchangeAs(ana, list.id);

    const both = 'Update: Strong Go. Ran a team of five.';
    expect(await sharedNoteTexts(eve.rows)).toEqual([both]);
    expect(await sharedNoteTexts(ana.rows)).toEqual([both]);
  });

  it('when both rewrite the whole note offline, keeps both rewrites in it: nothing is lost', async () => {
    const { list, note, ana, eve } = await anaAndEve();
    await edit(ana, note.id, () => 'Ana’s view.');
    await exchangeAs(ana, list.id, false);
    await edit(eve, note.id, () => 'Eve’s view.');
    await exchangeAs(eve, list.id, false);
    for (let round = 0; round < 2; round++) {
      syncDocs(ana.document.doc, eve.document.doc);
      await exchangeAs(ana, list.id);
      await exchangeAs(eve, list.id);
    }

    const [anaText] = await sharedNoteTexts(ana.rows);
    expect(anaText).toContain('Ana’s view');
    expect(anaText).toContain('Eve’s view');
    expect(anaText).not.toContain('Strong Go');
    expect(await sharedNoteTexts(eve.rows)).toEqual([anaText]);
  });
});

describe('a reviewer’s exchange', () => {
  it('receives the shortlist on the first exchange, before it has anything of its own to write', async () => {
    const { list, ana } = await anaAndEve();
    await repo.setAuthorName('Sam');
    const shortlist: SharedDocument = { doc: new Y.Doc(), kind: 'share', writable: false, pending: true, reconciled: new Map() };
    const own: SharedDocument = { doc: new Y.Doc(), kind: 'feedback', writable: true, pending: false, reconciled: new Map() };
    syncDocs(ana.document.doc, shortlist.doc);

    await exchange(list.id, [shortlist, own], 'local');
    expect([shortlist.rejected, shortlist.problem]).toEqual([0, undefined]);

    expect((await db.shortlists.get(list.id))?.candidateKeys).toEqual(['github:ines']);
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['Strong Go. Ran a team of four.']);
    // Nothing was written into the document Sam may only read.
    expect(Y.encodeStateVector(shortlist.doc)).toEqual(Y.encodeStateVector(ana.document.doc));
  });
});

describe('applyEdit', () => {
  const textOf = (value: string) => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, value);
    return doc.getText('t');
  };

  it('puts an edit where its stretch now is, after others changed the text before it', () => {
    const text = textOf('Go, ops. Likes Rust.');
    text.insert(0, 'Senior. ');
    expect(applyEdit(text, 'Go, ops. Likes Rust.', 'Go, ops. Likes Zig.')).toBe(true);
    expect(text.toString()).toBe('Senior. Go, ops. Likes Zig.');
  });

  it('refuses an edit of a stretch someone else changed, and leaves the text as it is', () => {
    const text = textOf('Ran a team of four.');
    text.delete(14, 4);
    text.insert(14, 'six');
    expect(applyEdit(text, 'Ran a team of four.', 'Ran a team of five.')).toBe(false);
    expect(text.toString()).toBe('Ran a team of six.');
  });
});
