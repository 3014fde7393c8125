import { pipelineOfPosting } from '../../db/queries';
import { db } from '../../db/db';
import type { Candidate, CandidateScore, Note } from '../../schema/candidate';
import type { Posting } from '../../schema/posting';
import { notesPreview, rankOf, summaryOf } from '../../people/candidate-summary';
import { MANY_KEYS, rowsFor } from '../../db/bulk';
import type { CandidateSummary, CandidateTags, PipelineEntry } from '../../schema/pipeline';
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

/**
 * Brings a bundle's candidates in, in one transaction (all or nothing). A stored candidate is
 * replaced only by a newer read of it; notes are added by id and never overwritten; tags are
 * joined; a stage is set only where none is. Importing the same bundle twice changes nothing.
 */
export async function importCandidates(posting: Posting, items: readonly ImportedCandidate[], now = new Date(), job: JobControl = {}): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, notesAdded: 0 };
  job.onProgress?.(0, items.length, 'writing');
  // A cancel is seen between chunks (the request callbacks let the panel handle the click) and throws,
  // which rolls the whole transaction back: a cancelled import never leaves part of itself behind.
  await db.transaction('rw', [db.postings, db.candidates, db.summaries, db.scores, db.ranks, db.notes, db.pipeline, db.tags], async () => {
    const [stored] = await Promise.all([storedRowsOf(posting.id, items), addPostingIfNew(posting)]);
    const changes = rowsToWrite(posting.id, items, stored, now.toISOString(), counts);
    // Each summary is written once, with its notes preview: no second pass over the notes afterwards.
    // What they need is read before any write; they are made while the first rows are written.
    const before = await readForSummaries(changes, items, stored);
    await writeInChunks(changes, () => summariesToWrite(before), items.length, job);
  });
  return counts;
}

async function addPostingIfNew(posting: Posting): Promise<void> {
  if (!(await db.postings.get(posting.id))) await db.postings.add(posting);
}

/** Items whose rows are written between two looks at a cancel, inside the one transaction. */
const WRITE_CHUNK = 1_000;

/**
 * The changes and the summaries, WRITE_CHUNK items at a time. The next chunk is handed to the
 * database before the last one is waited for, so it never idles while the panel makes summaries or
 * copies rows; a cancel is seen between chunks.
 */
async function writeInChunks(changes: Changes, makeSummaries: () => readonly CandidateSummary[], itemCount: number, job: JobControl): Promise<void> {
  const chunks = Math.ceil(itemCount / WRITE_CHUNK);
  let summaries: readonly CandidateSummary[] | undefined;
  let previous: Promise<unknown> | undefined;
  for (let chunk = 0; chunk < chunks; chunk++) {
    stopIfCancelled(job);
    const part = <T>(rows: readonly T[]) => rows.slice(Math.floor((rows.length * chunk) / chunks), Math.floor((rows.length * (chunk + 1)) / chunks));
    const scores = part(changes.scores);
    const writing = Promise.all([
      db.candidates.bulkPut(part(changes.candidates)),
      db.scores.bulkPut(scores),
      db.ranks.bulkPut(scores.map(rankOf)),
      db.notes.bulkAdd(part(changes.notes)),
      db.pipeline.bulkPut(part(changes.stages)),
      db.tags.bulkPut(part(changes.tags)),
      // Made (once) after the rows above are handed over, while the database writes them.
      db.summaries.bulkPut(part((summaries ??= makeSummaries()))),
    ]);
    // Its failure is thrown by the await below, once the chunks before it are waited for.
    writing.catch(() => undefined);
    if (previous) {
      await previous;
      job.onProgress?.(chunk * WRITE_CHUNK, itemCount, 'writing');
    }
    previous = writing;
  }
  if (previous) {
    await previous;
    job.onProgress?.(itemCount, itemCount, 'writing');
  }
  stopIfCancelled(job);
}

interface StoredRows {
  summaries: readonly (CandidateSummary | undefined)[];
  stages: readonly unknown[];
  tagRows: readonly ({ tags: string[] } | undefined)[];
  known: ReadonlySet<string>;
  /** Stored notes of the items' candidates (and of the candidates their notes name): their ids only. */
  storedNoteIds: readonly string[];
}

/**
 * What is stored of the items' candidates, index by index, which of their note ids exist, and which
 * notes their candidates have. At most two round trips to the database: what needs no other answer
 * is asked for with the table sizes, and an empty table is not read at all (a first import).
 */
async function storedRowsOf(postingId: string, items: readonly ImportedCandidate[]): Promise<StoredRows> {
  const keys = items.map((item) => item.candidate.key);
  const pairs = keys.map((key) => [key, postingId] as [string, string]);
  const byCandidate = (row: { candidateKey: string }) => row.candidateKey;
  const known = knownNoteIds(items.flatMap((item) => item.notes.map((note) => note.id)));
  // A big store and a small bundle: a get per key beats reading every row.
  const [summaryCount, stageCount, tagCount, noteCount] = await Promise.all([db.summaries.count(), db.pipeline.count(), db.tags.count(), db.notes.count()]);
  const read = <T extends { candidateKey: string }>(count: number, few: () => Promise<(T | undefined)[]>, all: () => Promise<T[]>): Promise<(T | undefined)[]> =>
    count === 0 ? Promise.resolve(keys.map(() => undefined)) : rowsFor<T>(keys, byCandidate, few, all, count);
  // The small summary says when a stored candidate was read: the full records need not be read.
  const [summaries, stages, tagRows, storedNoteIds] = await Promise.all([
    read(summaryCount, () => db.summaries.bulkGet(keys), () => db.summaries.toArray()),
    read(stageCount, () => db.pipeline.bulkGet(pairs), () => pipelineOfPosting(postingId).toArray()),
    read(tagCount, () => db.tags.bulkGet(keys), () => db.tags.toArray()),
    noteCount === 0 ? [] : noteIdsOf([...new Set([...keys, ...items.flatMap((item) => item.notes.map((note) => note.candidateKey))])]),
  ]);
  return { summaries, stages, tagRows, known: await known, storedNoteIds };
}

/** The ids of the stored notes of these candidates: keys only, looked up in the candidateKey index. */
async function noteIdsOf(candidateKeys: readonly string[]): Promise<string[]> {
  return (await db.notes.where('candidateKey').anyOf([...candidateKeys]).primaryKeys()).map(String);
}

interface Changes {
  candidates: Candidate[];
  scores: CandidateScore[];
  notes: Note[];
  stages: PipelineEntry[];
  tags: CandidateTags[];
}

/** What the items add or change in each table, in the items' order; counts them as it goes. */
function rowsToWrite(postingId: string, items: readonly ImportedCandidate[], stored: StoredRows, at: string, counts: ImportCounts): Changes {
  const changes: Changes = { candidates: [], scores: [], notes: [], stages: [], tags: [] };
  items.forEach((item, index) => {
    const current = stored.summaries[index];
    if (!current) counts.added++;
    else if (item.candidate.updatedAt > current.updatedAt) counts.updated++;
    else counts.unchanged++;
    if (!current || item.candidate.updatedAt > current.updatedAt) {
      changes.candidates.push(item.candidate);
      if (item.score) changes.scores.push(item.score);
    }
    for (const note of item.notes) if (!stored.known.has(note.id)) changes.notes.push(note);
    if (item.status && !stored.stages[index]) changes.stages.push({ candidateKey: item.candidate.key, postingId, status: item.status, updatedAt: at });
    const currentTags = stored.tagRows[index]?.tags ?? [];
    const joined = [...new Set([...currentTags, ...item.tags])];
    if (joined.length > currentTags.length) changes.tags.push({ candidateKey: item.candidate.key, tags: joined, updatedAt: at });
  });
  counts.notesAdded += changes.notes.length;
  return changes;
}

/** What the summaries are made from: the written candidates, the stored summaries, the stored and the new notes. */
interface SummarySources {
  keys: readonly string[];
  written: ReadonlyMap<string, Candidate>;
  storedSummary: ReadonlyMap<string, CandidateSummary>;
  storedNotes: ReadonlyMap<string, Note[]>;
  newNotes: ReadonlyMap<string, Note[]>;
}

/** Reads, before anything is written, what the summaries of the candidates written or given new notes need. */
async function readForSummaries(changes: Changes, items: readonly ImportedCandidate[], stored: StoredRows): Promise<SummarySources> {
  const written = new Map(changes.candidates.map((candidate) => [candidate.key, candidate]));
  const newNotes = groupByCandidate(changes.notes);
  const keys = [...new Set([...written.keys(), ...newNotes.keys()])];
  const storedSummary = new Map(items.flatMap((item, index) => (stored.summaries[index] ? [[item.candidate.key, stored.summaries[index]] as const] : [])));
  const elsewhere = keys.filter((key) => !written.has(key) && !storedSummary.has(key));
  const [storedNotes, others] = await Promise.all([storedNotesOf(keys, stored.storedNoteIds), elsewhere.length > 0 ? db.summaries.bulkGet(elsewhere) : []]);
  others.forEach((summary) => summary && storedSummary.set(summary.candidateKey, summary));
  return { keys, written, storedSummary, storedNotes, newNotes };
}

/**
 * The summary of every candidate written or given new notes, as it must read after the import: made
 * from the written candidate (or the stored summary), with the preview of its stored and new notes.
 */
function summariesToWrite({ keys, written, storedSummary, storedNotes, newNotes }: SummarySources): CandidateSummary[] {
  return keys.flatMap((key) => {
    const candidate = written.get(key);
    const base = candidate ? summaryOf(candidate) : storedSummary.get(key);
    if (!base) return [];
    return [{ ...base, latestNotes: notesPreview([...(storedNotes.get(key) ?? []), ...(newNotes.get(key) ?? [])]) }];
  });
}

/**
 * The stored notes of these candidates, read only when the items' candidates have any (none, on a
 * first import): `ids` are those notes' ids, looked up in the index beforehand.
 */
async function storedNotesOf(keys: readonly string[], ids: readonly string[]): Promise<Map<string, Note[]>> {
  if (ids.length === 0) return new Map();
  const wanted = new Set(keys);
  const notes = ids.length < MANY_KEYS ? await db.notes.bulkGet([...ids]) : await db.notes.toArray();
  return groupByCandidate(notes.flatMap((note) => (note && wanted.has(note.candidateKey) ? [note] : [])));
}

function groupByCandidate(notes: readonly Note[]): Map<string, Note[]> {
  const byCandidate = new Map<string, Note[]>();
  for (const note of notes) {
    const list = byCandidate.get(note.candidateKey);
    if (list) list.push(note);
    else byCandidate.set(note.candidateKey, [note]);
  }
  return byCandidate;
}
