import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { importCandidates } from '@/lib/services';
import { refreshNotesPreview } from '@/lib/services/notes/notes';
import { manyCandidates } from '../../support/many-candidates';
import { note, posting } from '../../files/fixtures';
import { resetDatabase } from '../../support/database';

beforeEach(resetDatabase);

/** Every summary, as a plain list by key. */
const summaries = async () => (await db.summaries.toArray()).sort((a, b) => a.candidateKey.localeCompare(b.candidateKey));

/** The previews as re-reading every note of every candidate gives them (what the import did before). */
async function previewsFromEveryNote() {
  await refreshNotesPreview((await db.summaries.toCollection().primaryKeys()).map(String));
  return summaries();
}

const NEWER = '2027-01-01T00:00:00.000Z';

/**
 * A second import over stored people and notes: half the people newer, some with notes added, one
 * with a note on another candidate, one whose only change is a note, some deleted notes kept as tombstones.
 */
async function importOverStoredNotes(count: number) {
  const first = manyCandidates(count, 'p');
  await importCandidates(posting, first);
  await db.notes.update(first[2]!.notes[0]!.id, { deletedAt: NEWER, text: '' });
  await refreshNotesPreview([first[2]!.candidate.key]);
  const second = first.map((item, i) => ({
    ...item,
    candidate: i % 2 ? item.candidate : { ...item.candidate, updatedAt: NEWER },
    notes: i % 3 ? item.notes : [...item.notes, note(item.candidate.key, `p-extra-${i}`, `Later call ${i}`), note(item.candidate.key, `p-extra2-${i}`, `Offer ${i}`)],
  }));
  second[1] = { ...second[1]!, notes: [...second[1]!.notes, note(first[5]!.candidate.key, 'p-elsewhere', 'About person 5, filed under 1')] };
  await importCandidates(posting, second);
}

describe('the notes preview an import writes', () => {
  it.each([
    ['a few candidates (a read per key)', 12],
    ['hundreds (the whole-table path)', 700],
  ])('for %s is the preview of every stored and new note', async (_, count) => {
    await importOverStoredNotes(count);
    const written = await summaries();
    expect(written).toHaveLength(count);
    expect(written.find((summary) => summary.candidateKey === 'github:p-5')?.latestNotes).toContain('About person 5, filed under 1');
    expect(written.find((summary) => summary.candidateKey === 'github:p-3')?.latestNotes).toHaveLength(3);
    expect(await previewsFromEveryNote()).toEqual(written);
  });

  it('for a bundle much smaller than the store (a get per key), some of it stored with notes', async () => {
    const stored = manyCandidates(2_000, 'p');
    await importCandidates(posting, stored);
    const bundle = [
      ...stored.slice(0, 100).map((item, i) => ({ ...item, candidate: { ...item.candidate, updatedAt: NEWER }, notes: [note(item.candidate.key, `p-more-${i}`, `More ${i}`)] })),
      ...manyCandidates(500, 'fresh'),
    ];
    expect(await importCandidates(posting, bundle)).toEqual({ added: 500, updated: 100, unchanged: 0, notesAdded: 600 });
    const written = await summaries();
    expect(written).toHaveLength(2_500);
    expect(written.find((summary) => summary.candidateKey === 'github:p-7')?.latestNotes).toEqual(['More 7', 'Call 7 went well']);
    expect(await previewsFromEveryNote()).toEqual(written);
  });

  it('into an empty store reads no stored notes and still previews the new ones', async () => {
    await importCandidates(posting, manyCandidates(3, 'q'));
    const written = await summaries();
    expect(written.map((summary) => summary.latestNotes)).toEqual([['Call 0 went well'], ['Call 1 went well'], ['Call 2 went well']]);
    expect(await previewsFromEveryNote()).toEqual(written);
  });
});
