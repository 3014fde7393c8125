import { pipelineOfPosting } from '../../db/queries';
import { db } from '../../db/db';
import type { Candidate, CandidateScore, Note } from '../../schema/candidate';
import type { Posting } from '../../schema/posting';
import { rankOf, summaryOf } from '../../people/candidate-summary';
import { MANY_KEYS, rowsFor } from '../../db/bulk';
import { refreshNotesPreview } from '../notes/notes';
import type { CandidateTags, PipelineEntry } from '../../schema/pipeline';
import { readBundle } from '../../files/bundle';
import { isJobCancelled, stopIfCancelled, type JobControl } from '../../long-job';

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

/** Larger files are refused before they are read: a bundle of 10,000 candidates is about 35 MB. */
export const BUNDLE_MAX_BYTES = 100 * 1024 * 1024;

export type BundleImport =
  | { outcome: 'imported'; counts: ImportCounts; cancelTooLate: boolean }
  | { outcome: 'refused'; error: string }
  | { outcome: 'cancelled' };

/**
 * "Import bundle": reads, checks and writes a bundle file, reporting each phase. A cancel before the
 * write, or during it, leaves the database exactly as it was; one that arrives while the write commits
 * is too late, and the result says so (`cancelTooLate`). Throws only when the database fails.
 */
export async function importBundleFile(file: Blob, job: JobControl = {}): Promise<BundleImport> {
  if (file.size > BUNDLE_MAX_BYTES) return { outcome: 'refused', error: `That file is ${Math.round(file.size / 1024 / 1024)} MB; a bundle can be at most 100 MB.` };
  try {
    const start = performance.now();
    job.onProgress?.(0, 0, 'reading');
    const parsed = await readBundle(await file.text(), job);
    performance.measure('talent-lens:import-parse', { start, end: performance.now() });
    if (!parsed.ok) return { outcome: 'refused', error: parsed.error };
    stopIfCancelled(job);
    const writeStart = performance.now();
    const counts = await importCandidates(parsed.bundle.posting, parsed.bundle.candidates, new Date(), job);
    performance.measure('talent-lens:import-write', { start: writeStart, end: performance.now() });
    return { outcome: 'imported', counts, cancelTooLate: job.signal?.aborted === true };
  } catch (error) {
    if (isJobCancelled(error)) return { outcome: 'cancelled' };
    throw error;
  }
}

async function knownNoteIds(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length >= MANY_KEYS) return new Set((await db.notes.toCollection().primaryKeys()).map(String));
  return new Set((await db.notes.bulkGet([...ids])).flatMap((note) => (note ? [note.id] : [])));
}

/** Rows written between two looks at a cancel, inside the one transaction. */
const WRITE_CHUNK = 1_000;

/**
 * Brings a bundle's candidates in, in one transaction (all or nothing). A stored candidate is
 * replaced only by a newer read of it; notes are added by id and never overwritten; tags are
 * joined; a stage is set only where none is. Importing the same bundle twice changes nothing.
 */
export async function importCandidates(posting: Posting, items: readonly ImportedCandidate[], now = new Date(), job: JobControl = {}): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, notesAdded: 0 };
  const at = now.toISOString();
  job.onProgress?.(0, items.length, 'writing');
  // A cancel is seen between chunks (the request callbacks let the panel handle the click) and throws,
  // which rolls the whole transaction back: a cancelled import never leaves part of itself behind.
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
    const changedKeys: string[] = [];
    for (let start = 0; start < items.length; start += WRITE_CHUNK) {
      stopIfCancelled(job);
      const end = Math.min(start + WRITE_CHUNK, items.length);
      const rows = rowsToWrite(posting.id, items, start, end, { stored, stages, tagRows, known }, at, counts);
      await Promise.all([
        db.candidates.bulkPut(rows.candidates),
        db.summaries.bulkPut(rows.candidates.map((candidate) => summaryOf(candidate))),
        db.scores.bulkPut(rows.scores),
        db.ranks.bulkPut(rows.scores.map(rankOf)),
        db.notes.bulkAdd(rows.notes),
        db.pipeline.bulkPut(rows.stages),
        db.tags.bulkPut(rows.tags),
      ]);
      changedKeys.push(...rows.candidates.map((candidate) => candidate.key), ...rows.notes.map((note) => note.candidateKey));
      job.onProgress?.(end, items.length, 'writing');
    }
    stopIfCancelled(job);
    await refreshNotesPreview([...new Set(changedKeys)]);
    stopIfCancelled(job);
  });
  return counts;
}

interface StoredRows {
  stored: readonly ({ updatedAt: string } | undefined)[];
  stages: readonly unknown[];
  tagRows: readonly ({ tags: string[] } | undefined)[];
  known: ReadonlySet<string>;
}

/** What items[start, end) add or change in each table; counts them as it goes. */
function rowsToWrite(postingId: string, items: readonly ImportedCandidate[], start: number, end: number, rows: StoredRows, at: string, counts: ImportCounts) {
  const candidates: Candidate[] = [];
  const scores: CandidateScore[] = [];
  const notes: Note[] = [];
  const stages: PipelineEntry[] = [];
  const tags: CandidateTags[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index]!;
    const current = rows.stored[index];
    if (!current) counts.added++;
    else if (item.candidate.updatedAt > current.updatedAt) counts.updated++;
    else counts.unchanged++;
    if (!current || item.candidate.updatedAt > current.updatedAt) {
      candidates.push(item.candidate);
      if (item.score) scores.push(item.score);
    }
    notes.push(...item.notes.filter((note) => !rows.known.has(note.id)));
    if (item.status && !rows.stages[index]) stages.push({ candidateKey: item.candidate.key, postingId, status: item.status, updatedAt: at });
    const currentTags = rows.tagRows[index]?.tags ?? [];
    const joined = [...new Set([...currentTags, ...item.tags])];
    if (joined.length > currentTags.length) tags.push({ candidateKey: item.candidate.key, tags: joined, updatedAt: at });
  }
  counts.notesAdded += notes.length;
  return { candidates, scores, notes, stages, tags };
}
