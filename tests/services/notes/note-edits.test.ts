import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import * as repo from '@/lib/services';
import { capture, reset } from '../../support/two-browsers';

beforeEach(reset);

describe('editing a note from two panel windows', () => {
  it('refuses the second save made from an old version, keeping the first', async () => {
    await capture('ines');
    const note = await repo.addNote('github:ines', 'Phone screen on Monday');
    // Both windows opened the editor on the same version.
    await repo.updateNote(note.id, { text: 'Phone screen moved to Tuesday', expectedRev: note.rev });
    await expect(repo.updateNote(note.id, { text: 'Phone screen went well', expectedRev: note.rev })).rejects.toThrow(repo.STALE_NOTE_MESSAGE);
    await expect(repo.deleteNote(note.id, { expectedRev: note.rev })).rejects.toThrow(repo.STALE_NOTE_MESSAGE);
    expect((await repo.listNotes('github:ines')).map((item) => item.text)).toEqual(['Phone screen moved to Tuesday']);
  });

  it('keeps a note saved while a new capture of the same person lands', async () => {
    await capture('ines');
    const note = await repo.addNote('github:ines', 'First call done');
    await Promise.all([repo.updateNote(note.id, { text: 'First call done; second booked', expectedRev: note.rev }), capture('ines', 'Go', new Date('2026-11-05T00:00:00Z'))]);
    expect((await repo.listNotes('github:ines')).map((item) => item.text)).toEqual(['First call done; second booked']);
    expect(await db.candidates.count()).toBe(1);
    expect((await db.summaries.get('github:ines'))?.latestNotes).toEqual(['First call done; second booked']);
  });

  it('marks who edited a note written by someone else, and makes a visibility change a new revision', async () => {
    await capture('ines');
    await repo.setAuthorName('Ana');
    const note = await repo.addNote('github:ines', 'Strong Go');
    expect(note).toMatchObject({ author: 'Ana', visibility: 'private' });
    await repo.setAuthorName('Sam');
    const shared = await repo.updateNote(note.id, { visibility: 'shared', expectedRev: note.rev });
    expect(shared).toMatchObject({ author: 'Ana', editedBy: 'Sam', visibility: 'shared', text: 'Strong Go' });
    expect(shared.history).toEqual([note.rev]);
    expect(shared.rev).not.toBe(note.rev);
  });
});
