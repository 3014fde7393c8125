import { pipelineOfPosting, ranksOfPosting } from '../../db/queries';
import { db } from '../../db/db';
import { firstPartBetween, onTablesChanged } from '../../db/live';
import { DEFAULT_STATUSES, type CandidateSummary, type CandidateTags, type PipelineEntry, type Rank } from '../../schema/pipeline';
import { sortMatches } from '../../matches/filter';
import type { Candidate, CandidateScore, Note } from '../../schema/candidate';
import { newestFirst } from '../notes/notes';
import { MANY_KEYS, rowsFor } from '../../db/bulk';
import type { CsvCandidate } from '../../files/csv';
import { JOB_CHUNK, stopIfCancelled, type JobControl } from '../../long-job';

/** One row of the matches view: the small summary, the rank for the posting, the workflow around it. */
export interface MatchRow extends CandidateSummary {
  /** Absent until the candidate is scored for this posting. */
  total?: number;
  mustHavesMet?: boolean;
  capped?: boolean;
  status: string;
  tags: string[];
  hasNotes: boolean;
}

/** Everyone captured, with what the matches view filters and sorts on, for one posting. Reads only small rows. */
export async function loadMatchRows(postingId: string): Promise<MatchRow[]> {
  const [summaries, ranks, stages, tagRows] = await Promise.all([
    db.summaries.toArray(),
    ranksOfPosting(postingId).toArray(),
    pipelineOfPosting(postingId).toArray(),
    db.tags.toArray(),
  ]);
  const rankOf = new Map(ranks.map((rank) => [rank.candidateKey, rank]));
  const stageOf = new Map(stages.map((stage) => [stage.candidateKey, stage.status]));
  const tagsOf = new Map(tagRows.map((row) => [row.candidateKey, row.tags]));
  return summaries.map((summary) => matchRow(summary, rankOf.get(summary.candidateKey), stageOf.get(summary.candidateKey), tagsOf.get(summary.candidateKey)));
}

function matchRow(summary: CandidateSummary, rank: Rank | undefined, status: string | undefined, tags: string[] | undefined): MatchRow {
  return {
    ...summary,
    ...(rank ? { total: rank.total, mustHavesMet: rank.mustHavesMet, capped: rank.capped } : {}),
    status: status ?? DEFAULT_STATUSES[0],
    tags: tags ?? [],
    hasNotes: (summary.latestNotes ?? []).length > 0,
  };
}

/** Rows read at a time by loadMatchRowsInPages: one page is a short task for the panel. */
const PAGE_ROWS = 5_000;

/**
 * loadMatchRows for a list too long to read in one task (100,000 rows are about a second of work):
 * the summaries a page at a time with the same candidates' stages and tags, the posting's ranks a page
 * at a time, and the rows made a page at a time with `pause` between pages, so typing is handled
 * while the list loads. Same rows, same order as loadMatchRows.
 */
export async function loadMatchRowsInPages(postingId: string, pause: () => Promise<void>, pageRows = PAGE_ROWS): Promise<MatchRow[]> {
  const [rankOf, pages] = await Promise.all([ranksByCandidate(postingId, pageRows), summaryPages(postingId, pageRows)]);
  const rows: MatchRow[] = [];
  for (const { summaries, stageOf, tagsOf } of pages) {
    await pause();
    for (const summary of summaries) rows.push(matchRow(summary, rankOf.get(summary.candidateKey), stageOf.get(summary.candidateKey), tagsOf.get(summary.candidateKey)));
  }
  return rows;
}

interface SummaryPage {
  summaries: CandidateSummary[];
  stageOf: Map<string, string>;
  tagsOf: Map<string, string[]>;
}

const summariesAfter = (key: string | undefined, pageRows: number): Promise<CandidateSummary[]> =>
  (key === undefined ? db.summaries.limit(pageRows) : db.summaries.where(':id').above(key).limit(pageRows)).toArray();

/** Every summary, a page at a time in key order, each page with its candidates' stages for the posting and tags. */
async function summaryPages(postingId: string, pageRows: number): Promise<SummaryPage[]> {
  const pages: SummaryPage[] = [];
  let next = summariesAfter(undefined, pageRows);
  for (;;) {
    const summaries = await next;
    if (summaries.length === 0) return pages;
    const first = summaries[0]!.candidateKey;
    const last = summaries.at(-1)!.candidateKey;
    // The next page is asked for while this one's stages and tags are read.
    next = summaries.length < pageRows ? Promise.resolve([]) : summariesAfter(last, pageRows);
    // The stages of these candidates, for every posting: a stage is set for few, and the posting's own index is no help for a page.
    const [stages, tagRows] = await Promise.all([
      db.pipeline.where(':id').between(...firstPartBetween(first, last), true, true).toArray(),
      db.tags.where(':id').between(first, last, true, true).toArray(),
    ]);
    pages.push({ summaries, stageOf: stagesOf(postingId, stages), tagsOf: new Map(tagRows.map((row: CandidateTags) => [row.candidateKey, row.tags])) });
  }
}

function stagesOf(postingId: string, stages: readonly PipelineEntry[]): Map<string, string> {
  const stageOf = new Map<string, string>();
  for (const stage of stages) if (stage.postingId === postingId) stageOf.set(stage.candidateKey, stage.status);
  return stageOf;
}

/** The posting's ranks by candidate, read a page at a time through the [postingId+total] index. */
async function ranksByCandidate(postingId: string, pageRows: number): Promise<Map<string, Rank>> {
  const rankOf = new Map<string, Rank>();
  const add = (ranks: readonly Rank[]) => ranks.forEach((rank) => rankOf.set(rank.candidateKey, rank));
  const byTotal = db.ranks.where('[postingId+total]');
  let from = -Infinity;
  let fromIncluded = true;
  for (;;) {
    const page = await byTotal.between([postingId, from], [postingId, Infinity], fromIncluded, true).limit(pageRows).toArray();
    if (page.length < pageRows) {
      add(page);
      return rankOf;
    }
    // The ranks tied on the page's last total may go on past the page: they are read together.
    const last = page.at(-1)!.total;
    add(page.filter((rank) => rank.total < last));
    add(await byTotal.equals([postingId, last]).toArray());
    from = last;
    fromIncluded = false;
  }
}

/**
 * Calls `onChange` after every write to a table the matches list is read from, here or in another
 * page of the extension (Dexie's storagemutated event); returns the stop. Unlike a liveQuery over
 * the list, it keeps no copy of the rows read and no set of their keys, which at 100,000 rows cost
 * more than the read itself; a write to another posting's rank or stage calls it as well.
 */
export const onMatchRowsChanged = (onChange: () => void) => onTablesChanged(['summaries', 'ranks', 'pipeline', 'tags'], onChange);


/**
 * The first `limit` rows of the full list in score order, read through the rank index: what the view
 * shows at once while the full list (needed for filters and other orders) loads. Rows tied on the
 * lowest total shown are all read, since the full list orders ties by name.
 */
export async function loadTopMatchRows(postingId: string, limit: number): Promise<MatchRow[]> {
  const best = await ranksOfPosting(postingId).reverse().limit(limit).toArray();
  const lowest = best.at(-1)?.total;
  if (best.length < limit || lowest === undefined) return withWorkflow(postingId, sortMatches(await rowsOfRanks(best), 'score'));
  const tied = await db.ranks.where('[postingId+total]').equals([postingId, lowest]).toArray();
  const ranks = [...best.filter((rank) => rank.total > lowest), ...tied];
  // The score order needs only the summaries: stages and tags are read for the rows kept.
  return withWorkflow(postingId, sortMatches(await rowsOfRanks(ranks), 'score').slice(0, limit));
}

/** Rows of these ranks with their summaries, before the stage and tags are known. */
async function rowsOfRanks(ranks: readonly Rank[]): Promise<MatchRow[]> {
  const summaries = await db.summaries.bulkGet(ranks.map((rank) => rank.candidateKey));
  return ranks.flatMap((rank, index) => {
    const summary = summaries[index];
    if (!summary) return [];
    const row: MatchRow = { ...summary, total: rank.total, mustHavesMet: rank.mustHavesMet, capped: rank.capped, status: DEFAULT_STATUSES[0], tags: [], hasNotes: (summary.latestNotes ?? []).length > 0 };
    return [row];
  });
}

async function withWorkflow(postingId: string, rows: readonly MatchRow[]): Promise<MatchRow[]> {
  const keys = rows.map((row) => row.candidateKey);
  const [stages, tagRows] = await Promise.all([db.pipeline.bulkGet(keys.map((key) => [key, postingId] as [string, string])), db.tags.bulkGet(keys)]);
  return rows.map((row, index) => ({ ...row, status: stages[index]?.status ?? DEFAULT_STATUSES[0], tags: tagRows[index]?.tags ?? [] }));
}

/** Candidates with a note containing the words (case-insensitive), read from the notes themselves. */
export async function candidatesWithNotesMatching(query: string): Promise<Set<string>> {
  const needle = query.trim().toLocaleLowerCase();
  const keys = new Set<string>();
  if (!needle) return keys;
  await db.notes.each((note) => {
    if (note.text.toLocaleLowerCase().includes(needle)) keys.add(note.candidateKey);
  });
  return keys;
}

/**
 * Every note's text in lower case, with its candidate: what the matches view's note search looks in,
 * read once (a page at a time, with `pause` between pages) rather than on every search.
 */
export interface NoteIndex {
  texts: readonly string[];
  candidateKeys: readonly string[];
}

export async function loadNoteIndex(pause: () => Promise<void>, pageRows = PAGE_ROWS): Promise<NoteIndex> {
  const texts: string[] = [];
  const candidateKeys: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.notes.limit(pageRows) : db.notes.where(':id').above(after).limit(pageRows)).toArray();
    for (const note of page) {
      texts.push(note.text.toLocaleLowerCase());
      candidateKeys.push(note.candidateKey);
    }
    if (page.length < pageRows) return { texts, candidateKeys };
    after = page.at(-1)!.id;
    await pause();
  }
}

/** candidatesWithNotesMatching, from the index: the same test on every note, without reading one. */
export function candidatesWithNotesIn({ texts, candidateKeys }: NoteIndex, query: string): Set<string> {
  const needle = query.trim().toLocaleLowerCase();
  const keys = new Set<string>();
  if (!needle) return keys;
  for (let index = 0; index < texts.length; index++) if (texts[index]!.includes(needle)) keys.add(candidateKeys[index]!);
  return keys;
}

export const onNotesChanged = (onChange: () => void) => onTablesChanged(['notes'], onChange);

/** Many keys: one pass over the notes beats thousands of index seeks. */
async function notesOfMany(keys: readonly string[]): Promise<Note[]> {
  if (keys.length < MANY_KEYS) return db.notes.where('candidateKey').anyOf([...keys]).toArray();
  const wanted = new Set(keys);
  return (await db.notes.toArray()).filter((note) => wanted.has(note.candidateKey));
}

/**
 * The full records, the slow part of an export (in the caller's transaction, if any). Every chunk is asked for at once (as fast as one
 * bulkGet); each reports as it arrives, and a cancel stops the waiting for the rest (reads change nothing).
 */
export async function candidatesInChunks(keys: readonly string[], job: JobControl): Promise<(Candidate | undefined)[]> {
  let done = 0;
  job.onProgress?.(0, keys.length, 'loading');
  const chunks: Promise<(Candidate | undefined)[]>[] = [];
  for (let start = 0; start < keys.length; start += JOB_CHUNK) {
    const chunk = keys.slice(start, start + JOB_CHUNK);
    chunks.push(
      db.candidates.bulkGet(chunk).then((rows) => {
        stopIfCancelled(job);
        done += chunk.length;
        job.onProgress?.(done, keys.length, 'loading');
        return rows;
      }),
    );
  }
  return (await Promise.all(chunks)).flat();
}

/** Everything an export needs of these candidates, in the order given. */
export async function loadForExport(
  postingId: string,
  candidateKeys: readonly string[],
  job: JobControl = {},
): Promise<{ candidate: Candidate; score?: CandidateScore; status?: string; tags: string[]; notes: Note[] }[]> {
  const keys = [...candidateKeys];
  const [candidates, scores, stages, tagRows, allNotes] = await Promise.all([
    candidatesInChunks(keys, job),
    db.scores.bulkGet(keys.map((key) => [key, postingId] as [string, string])),
    db.pipeline.bulkGet(keys.map((key) => [key, postingId] as [string, string])),
    db.tags.bulkGet(keys),
    notesOfMany(keys),
  ]);
  const notesOf = new Map<string, Note[]>();
  for (const note of allNotes) if (note.deletedAt === undefined) notesOf.set(note.candidateKey, [...(notesOf.get(note.candidateKey) ?? []), note]);
  const rows = [];
  for (let i = 0; i < keys.length; i++) {
    const candidate = candidates[i];
    if (!candidate) continue;
    rows.push({
      candidate,
      ...(scores[i] ? { score: scores[i] } : {}),
      status: stages[i]?.status ?? DEFAULT_STATUSES[0],
      tags: tagRows[i]?.tags ?? [],
      notes: (notesOf.get(candidate.key) ?? []).sort(newestFirst),
    });
  }
  return rows;
}

/** A CSV export's rows from the small tables only (summaries, ranks, stages, tags, notes), in the order given. */
export async function loadCsvRows(postingId: string, candidateKeys: readonly string[]): Promise<CsvCandidate[]> {
  const keys = [...candidateKeys];
  const pairs = keys.map((key) => [key, postingId] as [string, string]);
  const byCandidate = (row: { candidateKey: string }) => row.candidateKey;
  const [summaries, ranks, stages, tagRows] = await Promise.all([
    rowsFor(keys, byCandidate, () => db.summaries.bulkGet(keys), () => db.summaries.toArray()),
    rowsFor(keys, byCandidate, () => db.ranks.bulkGet(pairs), () => ranksOfPosting(postingId).toArray()),
    rowsFor(keys, byCandidate, () => db.pipeline.bulkGet(pairs), () => pipelineOfPosting(postingId).toArray()),
    rowsFor(keys, byCandidate, () => db.tags.bulkGet(keys), () => db.tags.toArray()),
  ]);
  return keys.flatMap((key, index) => {
    const summary = summaries[index];
    if (!summary) return [];
    const rank = ranks[index];
    return [
      {
        key,
        ...(summary.name ? { name: summary.name } : {}),
        login: summary.login,
        profileUrls: summary.profileUrls,
        ...(summary.email ? { email: summary.email } : {}),
        ...(summary.headline ? { headline: summary.headline } : {}),
        ...(rank ? { total: rank.total, mustHavesMet: rank.mustHavesMet, requirementPoints: rank.requirementPoints } : {}),
        status: stages[index]?.status ?? DEFAULT_STATUSES[0],
        tags: tagRows[index]?.tags ?? [],
        // The summary keeps the newest notes already cut to the CSV's length: no note is read here.
        notes: (summary.latestNotes ?? []).map((text) => ({ text })),
      },
    ];
  });
}

/** Each posting's totals by candidate, read from the small rank rows: the matches list's extra columns. */
export async function totalsForPostings(postingIds: readonly string[]): Promise<Record<string, Record<string, number>>> {
  const entries = await Promise.all(
    postingIds.map(async (postingId) => {
      const ranks = await ranksOfPosting(postingId).toArray();
      return [postingId, Object.fromEntries(ranks.map((rank) => [rank.candidateKey, rank.total]))] as const;
    }),
  );
  return Object.fromEntries(entries);
}
