import { db } from './db';
import type { Candidate, CandidateScore, Note } from '../schema/candidate';
import type { Posting } from '../schema/posting';
import { rankOf, summaryOf } from './summaries';

/** One candidate as a bundle carries them (lib/export), already validated. */
export interface ImportedCandidate {
  candidate: Candidate;
  score?: CandidateScore;
  status?: string;
  tags: string[];
  notes: Note[];
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  notesAdded: number;
}

/**
 * Brings a bundle's candidates in, in one transaction (all or nothing). A stored candidate is
 * replaced only by a newer read of it; notes are added by id and never overwritten; tags are
 * joined; a stage is set only where none is. Importing the same bundle twice changes nothing.
 */
export async function importCandidates(posting: Posting, items: readonly ImportedCandidate[], now = new Date()): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, notesAdded: 0 };
  const at = now.toISOString();
  await db.transaction('rw', [db.postings, db.candidates, db.summaries, db.scores, db.ranks, db.notes, db.pipeline, db.tags], async () => {
    if (!(await db.postings.get(posting.id))) await db.postings.add(posting);
    const keys = items.map((item) => item.candidate.key);
    const [stored, stages, tagRows, knownNotes] = await Promise.all([
      db.candidates.bulkGet(keys),
      db.pipeline.bulkGet(keys.map((key) => [key, posting.id] as [string, string])),
      db.tags.bulkGet(keys),
      db.notes.bulkGet(items.flatMap((item) => item.notes.map((note) => note.id))),
    ]);
    const known = new Set(knownNotes.flatMap((note) => (note ? [note.id] : [])));
    const candidates: Candidate[] = [];
    const scores: CandidateScore[] = [];
    items.forEach((item, index) => {
      const current = stored[index];
      if (!current) counts.added++;
      else if (item.candidate.updatedAt > current.updatedAt) counts.updated++;
      else {
        counts.unchanged++;
        return;
      }
      candidates.push(item.candidate);
      if (item.score) scores.push(item.score);
    });
    await db.candidates.bulkPut(candidates);
    await db.summaries.bulkPut(candidates.map(summaryOf));
    await db.scores.bulkPut(scores);
    await db.ranks.bulkPut(scores.map(rankOf));
    const notes = items.flatMap((item) => item.notes.filter((note) => !known.has(note.id)));
    await db.notes.bulkAdd(notes);
    counts.notesAdded = notes.length;
    await db.pipeline.bulkPut(
      items.flatMap((item, index) => (item.status && !stages[index] ? [{ candidateKey: item.candidate.key, postingId: posting.id, status: item.status, updatedAt: at }] : [])),
    );
    await db.tags.bulkPut(
      items.flatMap((item, index) => {
        const current = tagRows[index]?.tags ?? [];
        const joined = [...new Set([...current, ...item.tags])];
        return joined.length > current.length ? [{ candidateKey: item.candidate.key, tags: joined, updatedAt: at }] : [];
      }),
    );
  });
  return counts;
}
