import { pipelineOfPosting } from '../../db/queries';
import { db } from '../../db/db';
import type { Candidate, CandidateScore, Note } from '../../schema/candidate';
import type { Posting } from '../../schema/posting';
import { rankOf, summaryOf } from '../../people/candidate-summary';
import { MANY_KEYS, rowsFor } from '../../db/bulk';
import { refreshNotesPreview } from '../notes/notes';

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
async function knownNoteIds(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length >= MANY_KEYS) return new Set((await db.notes.toCollection().primaryKeys()).map(String));
  return new Set((await db.notes.bulkGet([...ids])).flatMap((note) => (note ? [note.id] : [])));
}

export async function importCandidates(posting: Posting, items: readonly ImportedCandidate[], now = new Date()): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, notesAdded: 0 };
  const at = now.toISOString();
  await db.transaction('rw', [db.postings, db.candidates, db.summaries, db.scores, db.ranks, db.notes, db.pipeline, db.tags], async () => {
    if (!(await db.postings.get(posting.id))) await db.postings.add(posting);
    const keys = items.map((item) => item.candidate.key);
    const pairs = keys.map((key) => [key, posting.id] as [string, string]);
    const noteIds = items.flatMap((item) => item.notes.map((note) => note.id));
    const byCandidate = (row: { candidateKey: string }) => row.candidateKey;
    // The small summary says when a stored candidate was read: the full records need not be read.
    const [stored, stages, tagRows, known] = await Promise.all([
      rowsFor(keys, byCandidate, () => db.summaries.bulkGet(keys), () => db.summaries.toArray()),
      rowsFor(keys, byCandidate, () => db.pipeline.bulkGet(pairs), () => pipelineOfPosting(posting.id).toArray()),
      rowsFor(keys, byCandidate, () => db.tags.bulkGet(keys), () => db.tags.toArray()),
      knownNoteIds(noteIds),
    ]);
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
    await db.summaries.bulkPut(candidates.map((candidate) => summaryOf(candidate)));
    await db.scores.bulkPut(scores);
    await db.ranks.bulkPut(scores.map(rankOf));
    const notes = items.flatMap((item) => item.notes.filter((note) => !known.has(note.id)));
    await db.notes.bulkAdd(notes);
    counts.notesAdded = notes.length;
    await refreshNotesPreview([...new Set([...candidates.map((candidate) => candidate.key), ...notes.map((note) => note.candidateKey)])]);
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
