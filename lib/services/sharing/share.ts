import { db } from '../../db/db';
import { getAuthorName } from '../notes/author';
import { importCandidates } from '../transfer/import';
import { refreshNotesPreview } from '../notes/notes';
import { listShortlistFeedback } from './feedback';
import { candidatesInChunks } from '../workflow/matches';
import type { Note } from '../../schema/candidate';
import { conflictId, type Conflict, type Feedback } from '../../schema/feedback';
import type { Shortlist } from '../../schema/pipeline';
import { relate, settledRevision, type Revisioned } from './revisions';
import { travels, writeFeedbackFile, writeShareFile, type FeedbackFile, type ShareFile, type SharedFile } from '../../files/share';
import { stopIfCancelled, type JobControl } from '../../long-job';

export interface ShareExport {
  text: string;
  candidates: number;
  sharedNotes: number;
  /** Private notes on these candidates, which stayed here. */
  privateNotes: number;
}

async function shortlistOrThrow(id: string): Promise<Shortlist> {
  const list = await db.shortlists.get(id);
  if (!list) throw new Error('That shortlist no longer exists.');
  return list;
}

async function notesOf(keys: readonly string[]): Promise<Map<string, Note[]>> {
  const byCandidate = new Map<string, Note[]>();
  for (const note of await db.notes.where('candidateKey').anyOf([...keys]).toArray()) byCandidate.set(note.candidateKey, [...(byCandidate.get(note.candidateKey) ?? []), note]);
  for (const notes of byCandidate.values()) notes.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return byCandidate;
}

/** The share file of a shortlist: its members in order, their evidence, scores and shared notes. `job` follows the reading of their records. */
export async function exportShareFile(shortlistId: string, now = new Date(), job: JobControl = {}): Promise<ShareExport> {
  return db.transaction('r', [db.shortlists, db.postings, db.candidates, db.scores, db.notes, db.feedback, db.settings], async () => {
    const list = await shortlistOrThrow(shortlistId);
    const posting = await db.postings.get(list.postingId);
    if (!posting) throw new Error('The posting of this shortlist no longer exists.');
    const keys = list.candidateKeys;
    const [candidates, scores, notes, feedback, exportedBy] = await Promise.all([
      candidatesInChunks(keys, job),
      db.scores.bulkGet(keys.map((key) => [key, posting.id] as [string, string])),
      notesOf(keys),
      listShortlistFeedback(list.id),
      getAuthorName(),
    ]);
    const entries = keys.flatMap((key, index) => {
      const candidate = candidates[index];
      if (!candidate) return [];
      const score = scores[index];
      return [{ candidate, ...(score ? { score } : {}), notes: notes.get(key) ?? [] }];
    });
    const members = new Set(entries.map((entry) => entry.candidate.key));
    const { id, name, createdAt, updatedAt } = list;
    const text = writeShareFile({
      exportedAt: now.toISOString(),
      exportedBy,
      posting,
      shortlist: { id, name, createdAt, updatedAt, candidateKeys: [...members] },
      candidates: entries,
      feedback: feedback.filter((item) => members.has(item.candidateKey)),
    });
    const live = entries.flatMap((entry) => entry.notes.filter((note) => note.deletedAt === undefined));
    return { text, candidates: entries.length, sharedNotes: live.filter(travels).length, privateNotes: live.filter((note) => !travels(note)).length };
  });
}

export interface FeedbackExport {
  text: string;
  feedback: number;
  verdicts: number;
  ratings: number;
  comments: number;
  sharedNotes: number;
}

/** The feedback file of a shortlist: every reviewer's feedback held here, and the members' shared notes. */
export async function exportFeedbackFile(shortlistId: string, now = new Date()): Promise<FeedbackExport> {
  return db.transaction('r', [db.shortlists, db.notes, db.feedback, db.settings], async () => {
    const list = await shortlistOrThrow(shortlistId);
    const members = new Set(list.candidateKeys);
    const [feedback, notes, exportedBy] = await Promise.all([listShortlistFeedback(list.id), notesOf(list.candidateKeys), getAuthorName()]);
    const items = feedback.filter((item) => members.has(item.candidateKey));
    const shared = [...notes.values()].flat().filter(travels);
    const text = writeFeedbackFile({
      exportedAt: now.toISOString(),
      exportedBy,
      postingId: list.postingId,
      shortlist: { id: list.id, name: list.name },
      feedback: items,
      notes: shared,
    });
    return {
      text,
      feedback: items.length,
      verdicts: items.filter((item) => item.verdict).length,
      ratings: items.reduce((sum, item) => sum + item.ratings.length, 0),
      comments: items.filter((item) => item.comment).length,
      sharedNotes: shared.filter((note) => note.deletedAt === undefined).length,
    };
  });
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

export interface SharedImportReport {
  kind: SharedFile['kind'];
  from: string;
  shortlist: { id: string; name: string; outcome: 'added' | 'updated' | 'unchanged' | 'absent' };
  candidates: { added: number; updated: number; unchanged: number };
  notes: MergeCounts & { deleted: number };
  feedback: MergeCounts;
  /** Notes and feedback about people not held here (never imported, or forgotten): left out. */
  skipped: number;
}

const emptyMerge = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, conflicts: 0 });

/** True when an import would change nothing at all. */
export function changesNothing(report: SharedImportReport): boolean {
  const { candidates, notes, feedback, shortlist } = report;
  return candidates.added + candidates.updated + notes.added + notes.updated + notes.conflicts + feedback.added + feedback.updated + feedback.conflicts === 0 && shortlist.outcome !== 'added' && shortlist.outcome !== 'updated';
}

class DryRun extends Error {
  constructor(readonly report: SharedImportReport) {
    super('dry run');
  }
}

const ALL_TABLES = () => [db.postings, db.candidates, db.summaries, db.scores, db.ranks, db.notes, db.pipeline, db.tags, db.shortlists, db.feedback, db.conflicts];

export interface ImportOptions {
  dryRun?: boolean;
  now?: Date;
  job?: JobControl;
  /** Team mode: an editor's change of the list reaches its owner. */
  live?: boolean;
  /**
   * Team mode: whether the document's text of a note already holds this copy's edit (merged character by
   * character). Then a note changed on both sides takes the merged text instead of becoming a conflict.
   */
  textMerged?: (ours: Note) => boolean;
}

/**
 * Brings a share or feedback file in, in one transaction: all or nothing. Records are matched by id
 * and compared by revision: the newer one is kept, and when both sides changed one, ours stays and
 * theirs waits in `conflicts` for a person. Importing the same file again changes nothing.
 *
 * `dryRun` computes the same report and rolls the transaction back: the preview is exactly what
 * applying would do at that moment, by the same code. `job` reports the candidates written and
 * cancels, rolling back (a share of 5,000 candidates takes seconds).
 */
export async function importSharedFile(shared: SharedFile, { dryRun = false, now = new Date(), job = {} as JobControl, live = false, textMerged }: ImportOptions = {}): Promise<SharedImportReport> {
  try {
    return await db.transaction('rw', ALL_TABLES(), async () => {
      const report = shared.kind === 'share' ? await applyShare(shared.file, now, job, live, textMerged) : await applyFeedback(shared.file, now, textMerged);
      // Thrown inside the transaction, a cancel rolls back everything this import wrote.
      stopIfCancelled(job);
      if (dryRun) throw new DryRun(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}

async function applyShare(file: ShareFile, now: Date, job: JobControl, live: boolean, textMerged: ImportOptions['textMerged']): Promise<SharedImportReport> {
  const counts = await importCandidates(
    file.posting,
    file.candidates.map(({ candidate, score }) => ({ candidate, ...(score ? { score } : {}), tags: [], notes: [] })),
    now,
    job,
  );
  const notes = await mergeNotes(file.candidates.flatMap((entry) => entry.notes), file.exportedBy, now, textMerged);
  const feedback = await mergeFeedback(file.feedback, file.exportedBy, now);
  return {
    kind: 'share',
    from: file.exportedBy,
    shortlist: { id: file.shortlist.id, name: file.shortlist.name, outcome: await receiveShortlist(file, now, live) },
    candidates: { added: counts.added, updated: counts.updated, unchanged: counts.unchanged },
    notes,
    feedback,
    skipped: notes.skipped + feedback.skipped,
  };
}

async function applyFeedback(file: FeedbackFile, now: Date, textMerged: ImportOptions['textMerged']): Promise<SharedImportReport> {
  const notes = await mergeNotes(file.notes, file.exportedBy, now, textMerged);
  const feedback = await mergeFeedback(file.feedback, file.exportedBy, now);
  const list = await db.shortlists.get(file.shortlist.id);
  return {
    kind: 'feedback',
    from: file.exportedBy,
    shortlist: { id: file.shortlist.id, name: list?.name ?? file.shortlist.name, outcome: list ? 'unchanged' : 'absent' },
    candidates: { added: 0, updated: 0, unchanged: 0 },
    notes,
    feedback,
    skipped: notes.skipped + feedback.skipped,
  };
}

/**
 * A shared shortlist is the recruiter's: a newer copy replaces an older one; one of our own is never touched by a
 * file. In team mode (`live`) the owner's editors change it too, so a newer copy replaces ours, which stays ours.
 */
async function receiveShortlist(file: ShareFile, now: Date, live: boolean): Promise<SharedImportReport['shortlist']['outcome']> {
  const stored = await db.shortlists.get(file.shortlist.id);
  const incoming: Shortlist = { ...file.shortlist, postingId: file.posting.id, sharedBy: file.exportedBy, receivedAt: now.toISOString() };
  if (!stored) {
    await db.shortlists.add(incoming);
    return 'added';
  }
  if ((stored.sharedBy === undefined && !live) || file.shortlist.updatedAt <= stored.updatedAt) return 'unchanged';
  if (stored.sharedBy === undefined) {
    await db.shortlists.put({ ...stored, name: file.shortlist.name, candidateKeys: file.shortlist.candidateKeys, updatedAt: file.shortlist.updatedAt });
    return 'updated';
  }
  await db.shortlists.put(incoming);
  return 'updated';
}

async function heldCandidates(keys: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(keys)];
  const rows = await db.candidates.bulkGet(unique);
  return new Set(unique.filter((_, index) => rows[index]));
}

type Outcome = 'add' | 'update' | 'unchanged' | 'conflict' | 'settle' | 'take-merged';

/** What to do with their copy of a record, given ours. */
function outcomeOf<T extends Revisioned>(ours: T | undefined, theirs: T, merge: { same(a: T, b: T): boolean; merged?(ours: T, theirs: T): boolean }, conflictKnown: boolean): Outcome {
  if (!ours) return 'add';
  const relation = relate(ours, theirs);
  if (relation === 'theirs-newer') return 'update';
  if (relation !== 'diverged') return 'unchanged';
  if (merge.same(ours, theirs)) return 'settle';
  if (merge.merged?.(ours, theirs)) return 'take-merged';
  return conflictKnown ? 'unchanged' : 'conflict';
}

const sameNote = (a: Note, b: Note) => (a.deletedAt !== undefined && b.deletedAt !== undefined) || (a.deletedAt === undefined && b.deletedAt === undefined && a.text === b.text && a.visibility === b.visibility);

type Counted = 'added' | 'updated' | 'unchanged' | 'deleted';

type ConflictBase = Omit<Conflict, 'kind' | 'theirs'>;

interface RevisionedMerge<T extends Revisioned & { id: string; candidateKey: string }> {
  conflict(base: ConflictBase, theirs: T): Conflict;
  stored(ids: string[]): Promise<(T | undefined)[]>;
  write(records: T[]): Promise<unknown>;
  same(a: T, b: T): boolean;
  /** Whether theirs already holds our change (a note's text merged in a live document). */
  merged?(ours: T, theirs: T): boolean;
  /** Which count an added or updated record goes to. */
  counted(outcome: 'add' | 'update', theirs: T, mine: T | undefined): Counted;
}

/**
 * Their copies of notes or feedback, merged by revision: newer ones replace ours, diverged ones with the same
 * content settle, diverged ones that differ become a conflict for the recruiter (once). Records about
 * people not held here are skipped.
 */
async function mergeRevisioned<T extends Revisioned & { id: string; candidateKey: string }>(
  incoming: readonly T[],
  from: string,
  now: Date,
  merge: RevisionedMerge<T>,
): Promise<MergeCounts & { deleted: number; skipped: number; written: T[] }> {
  const counts = { ...emptyMerge(), deleted: 0, skipped: 0 };
  const held = await heldCandidates(incoming.map((record) => record.candidateKey));
  const wanted = incoming.filter((record) => held.has(record.candidateKey));
  counts.skipped = incoming.length - wanted.length;
  const [ours, known] = await Promise.all([merge.stored(wanted.map((record) => record.id)), db.conflicts.bulkGet(wanted.map((record) => conflictId(record.id, record.rev)))]);
  const writes: T[] = [];
  const conflicts: Conflict[] = [];
  wanted.forEach((theirs, index) => {
    const mine = ours[index];
    const outcome = outcomeOf(mine, theirs, merge, Boolean(known[index]));
    if (outcome === 'add' || outcome === 'update') {
      writes.push(mine ? { ...theirs, candidateKey: mine.candidateKey } : theirs);
      counts[merge.counted(outcome, theirs, mine)]++;
    } else if (outcome === 'settle') {
      writes.push({ ...mine!, ...settledRevision(mine!, theirs) });
      counts.unchanged++;
    } else if (outcome === 'take-merged') {
      writes.push({ ...theirs, candidateKey: mine!.candidateKey, ...settledRevision(mine!, theirs) });
      counts.updated++;
    } else if (outcome === 'conflict') {
      conflicts.push(merge.conflict({ id: conflictId(theirs.id, theirs.rev), recordId: theirs.id, candidateKey: mine!.candidateKey, from, detectedAt: now.toISOString() }, theirs));
      counts.conflicts++;
    } else counts.unchanged++;
  });
  await merge.write(writes);
  await db.conflicts.bulkPut(conflicts);
  return { ...counts, written: writes };
}

async function mergeNotes(incoming: readonly Note[], from: string, now: Date, textMerged: ImportOptions['textMerged']): Promise<MergeCounts & { deleted: number; skipped: number }> {
  const { written, ...counts } = await mergeRevisioned(incoming, from, now, {
    conflict: (base, theirs) => ({ ...base, kind: 'note', theirs }),
    stored: (ids) => db.notes.bulkGet(ids),
    write: (records) => db.notes.bulkPut(records),
    same: sameNote,
    merged: (ours, theirs) => ours.deletedAt === undefined && theirs.deletedAt === undefined && ours.visibility === theirs.visibility && textMerged?.(ours) === true,
    // A deletion of a note never held here is kept only so an older copy cannot bring it back.
    counted: (outcome, theirs, mine) =>
      outcome === 'add' ? (theirs.deletedAt === undefined ? 'added' : 'unchanged') : theirs.deletedAt !== undefined && mine?.deletedAt === undefined ? 'deleted' : 'updated',
  });
  await refreshNotesPreview([...new Set(written.map((note) => note.candidateKey))]);
  return counts;
}

const sameFeedback = (a: Feedback, b: Feedback) => a.verdict === b.verdict && a.comment === b.comment && JSON.stringify(sortRatings(a)) === JSON.stringify(sortRatings(b));
const sortRatings = (item: Feedback) => [...item.ratings].sort((x, y) => x.requirementId.localeCompare(y.requirementId));

async function mergeFeedback(incoming: readonly Feedback[], from: string, now: Date): Promise<MergeCounts & { skipped: number }> {
  const { written: _written, deleted: _deleted, ...counts } = await mergeRevisioned(incoming, from, now, {
    conflict: (base, theirs) => ({ ...base, kind: 'feedback', theirs }),
    stored: (ids) => db.feedback.bulkGet(ids),
    write: (records) => db.feedback.bulkPut(records),
    same: sameFeedback,
    counted: (outcome) => (outcome === 'add' ? 'added' : 'updated'),
  });
  return counts;
}
