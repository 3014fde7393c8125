import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as repo from '@/lib/services';
import { db } from '@/lib/db/db';
import { readFeedbackFromDocument, readShareFromDocument, writeFeedbackToDocument, writeShareToDocument } from '@/lib/team/documents';
import { capture, enter, importText, leave, P, reset } from '../support/two-browsers';

beforeEach(reset);

/** Two replicas of one document, as the server would keep them in step. */
function syncDocs(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Ana the recruiter shares "Round 1" with two candidates, one shared and one private note. */
async function recruiterShares() {
  await repo.setAuthorName('Ana');
  await capture('ines');
  await capture('bo');
  const list = await repo.createShortlist(P, 'Round 1');
  await repo.addToShortlist(list.id, ['github:ines', 'github:bo']);
  await repo.addNote('github:ines', 'Strong Go, ran a team of four.', { visibility: 'shared' });
  await repo.addNote('github:ines', 'Asked for 20% more than the band.', { visibility: 'private' });
  const doc = new Y.Doc();
  writeShareToDocument(doc, await repo.teamShareOf(list.id), 'local');
  return { list, doc };
}

describe('a shared shortlist as live documents', () => {
  it('carries the members, evidence, scores and shared notes to the manager, and never a private note', async () => {
    const { list, doc } = await recruiterShares();
    const ana = await leave();
    await repo.setAuthorName('Sam');
    const managerDoc = new Y.Doc();
    syncDocs(doc, managerDoc);

    const read = readShareFromDocument(managerDoc);
    expect(read.rejected).toBe(0);
    await repo.applyTeamRecords({ kind: 'share', file: read.file! });

    expect((await db.shortlists.get(list.id))?.candidateKeys).toEqual(['github:ines', 'github:bo']);
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['Strong Go, ran a team of four.']);
    expect(await db.scores.get(['github:ines', P])).toBeDefined();
    expect(JSON.stringify(Y.encodeStateAsUpdate(managerDoc))).not.toContain('20%');
    expect(ana.notes).toHaveLength(2);
  });

  it('brings each reviewer’s feedback back from their own document', async () => {
    const { list, doc } = await recruiterShares();
    const ana = await leave();
    await repo.setAuthorName('Sam');
    await repo.applyTeamRecords({ kind: 'share', file: readShareFromDocument(doc).file! });
    await repo.saveMyFeedback(list.id, P, 'github:ines', { verdict: 'advance', comment: 'Let us meet her.' });
    const samDoc = new Y.Doc();
    writeFeedbackToDocument(samDoc, await repo.teamFeedbackOf(list.id), 'local');

    await enter(ana);
    const read = readFeedbackFromDocument(samDoc);
    await repo.applyTeamRecords({ kind: 'feedback', file: read.file! });
    expect((await db.feedback.toArray()).map((item) => [item.author, item.verdict, item.comment])).toEqual([['Sam', 'advance', 'Let us meet her.']]);
  });

  it('skips a peer’s damaged or hostile records, keeps the rest, and says how many', async () => {
    const { doc } = await recruiterShares();
    const notes = doc.getMap<string>('notes');
    notes.set('broken', '{not json');
    notes.set('hostile', JSON.stringify({ id: 'hostile', candidateKey: 'github:ines', text: 'x'.repeat(200_000), createdAt: 'soon' }));
    doc.getMap<string>('candidates').set('github:mallory', JSON.stringify({ candidate: { key: 'github:mallory' } }));
    await leave();

    const read = readShareFromDocument(doc);
    expect(read.rejected).toBe(3);
    await repo.applyTeamRecords({ kind: 'share', file: read.file! });
    expect(await db.candidates.count()).toBe(2);
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['Strong Go, ran a team of four.']);
  });

  it('refuses a document whose posting is damaged, as it would refuse such a file', async () => {
    const { doc } = await recruiterShares();
    doc.getMap<string>('meta').set('posting', JSON.stringify({ id: 42 }));
    const read = readShareFromDocument(doc);
    expect(read.file).toBeUndefined();
    expect(read.error).toMatch(/posting/);
  });

  it('converges with the file of the same shortlist: importing both changes nothing the second time', async () => {
    const { list, doc } = await recruiterShares();
    const { text } = await repo.exportShareFile(list.id);
    await leave();
    await repo.setAuthorName('Sam');
    await importText(text);
    const before = await db.notes.toArray();
    const report = await repo.applyTeamRecords({ kind: 'share', file: readShareFromDocument(doc).file! });
    expect(repo.changesNothing(report)).toBe(true);
    expect(await db.notes.toArray()).toEqual(before);
  });

  it('keeps both sides’ work after editing offline: a new note on each side, and an edit the other did not see', async () => {
    const { list, doc } = await recruiterShares();
    const ana = await leave();
    await repo.setAuthorName('Sam');
    const samDoc = new Y.Doc();
    syncDocs(doc, samDoc);
    await repo.applyTeamRecords({ kind: 'share', file: readShareFromDocument(samDoc).file! });
    // Sam (an editor here) adds a note while offline.
    await repo.addNote('github:bo', 'Bo prefers backend work.', { visibility: 'shared' });
    writeShareToDocument(samDoc, await repo.teamShareOf(list.id), 'local');
    const sam = await leave();

    // Ana, offline too, adds another.
    await enter(ana);
    await repo.addNote('github:bo', 'Bo answered within a day.', { visibility: 'shared' });
    writeShareToDocument(doc, await repo.teamShareOf(list.id), 'local');

    // Back online: the documents exchange what each lacks.
    syncDocs(doc, samDoc);
    syncDocs(samDoc, doc);
    await repo.applyTeamRecords({ kind: 'share', file: readShareFromDocument(doc).file! });
    const anaTexts = (await db.notes.toArray()).filter((note) => note.visibility === 'shared').map((note) => note.text).sort();
    await enter(sam);
    await repo.applyTeamRecords({ kind: 'share', file: readShareFromDocument(samDoc).file! });
    const samTexts = (await db.notes.toArray()).map((note) => note.text).sort();

    expect(anaTexts).toEqual(['Bo answered within a day.', 'Bo prefers backend work.', 'Strong Go, ran a team of four.']);
    expect(samTexts).toEqual(anaTexts);
  });
});
