import { messageOf } from '../error-message';
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Candidate, CandidateScore, Note, TabState } from '../schema/candidate';
import type { Posting } from '../schema/posting';
import type { Enrichment } from '../schema/enrichment';
import type { CachedResponse } from '../schema/http-cache';
import { candidateV4Fields, noteV6Fields, scorerV2Analysis, splitV1Candidate, type CandidateV1 } from './migrations';
import type { Conflict, Feedback } from '../schema/feedback';
import type { CandidateSummary, CandidateTags, PipelineEntry, Rank, Shortlist } from '../schema/pipeline';
import { notesPreview, rankOf, summaryOf } from '../people/candidate-summary';

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'talent-lens';

/**
 * The extension's database. It lives in the extension origin: only the background and
 * extension pages open it, never a content script (whose IndexedDB belongs to the web page).
 */
export class TalentDB extends Dexie {
  candidates!: EntityTable<Candidate, 'key'>;
  scores!: Table<CandidateScore, [string, string]>;
  notes!: EntityTable<Note, 'id'>;
  postings!: EntityTable<Posting, 'id'>;
  tabs!: EntityTable<TabState, 'tabId'>;
  settings!: EntityTable<Setting, 'key'>;
  httpCache!: EntityTable<CachedResponse, 'url'>;
  enrichment!: EntityTable<Enrichment, 'candidateKey'>;
  summaries!: EntityTable<CandidateSummary, 'candidateKey'>;
  ranks!: Table<Rank, [string, string]>;
  pipeline!: Table<PipelineEntry, [string, string]>;
  tags!: EntityTable<CandidateTags, 'candidateKey'>;
  shortlists!: EntityTable<Shortlist, 'id'>;
  feedback!: EntityTable<Feedback, 'id'>;
  conflicts!: EntityTable<Conflict, 'id'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    versions.forEach(({ stores, upgrade }, index) => {
      const version = this.version(index + 1).stores(stores);
      if (upgrade) {
        version.upgrade(async (tx) => {
          try {
            await upgrade(tx);
          } catch (cause) {
            throw new SchemaUpgradeError(index + 1, cause);
          }
        });
      }
    });
  }
}

/** An upgrade that failed: IndexedDB rolled it back, so the data is as the older release left it. */
export class SchemaUpgradeError extends Error {
  override name = 'SchemaUpgradeError';
  constructor(
    readonly version: number,
    readonly cause: unknown,
  ) {
    super(`upgrade to schema ${version} failed: ${messageOf(cause)}`);
  }
}

export interface SchemaVersion {
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Every schema version as it shipped, version 1 first. A shipped entry is never edited: a change is a
 * new entry, since users may still hold any older one (tests/db/migrations-all.test.ts opens each).
 * Only what is queried is indexed; profile snapshots and score breakdowns never are.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    stores: {
      candidates: 'key, site, scoreTotal, updatedAt',
      notes: 'id, candidateKey, updatedAt',
      postings: 'id, updatedAt',
      tabs: 'tabId',
      settings: 'key',
    },
  },
  {
    stores: {
      candidates: 'key, site, updatedAt',
      scores: '[candidateKey+postingId], candidateKey, [postingId+total]',
    },
    upgrade: moveScoresOutOfCandidates,
  },
  // GitHub REST API enrichment: conditional-request validators and bodies, and what the API added per candidate.
  { stores: { httpCache: 'url', enrichment: 'candidateKey' } },
  // One person across sites: a candidate holds several profiles; find it by any of their keys or links.
  {
    stores: { candidates: 'key, site, updatedAt, *profileKeys, *linkKeys' },
    upgrade: (tx) =>
      tx
        .table<Candidate, string>('candidates')
        .toCollection()
        .modify((row: Candidate) => {
          Object.assign(row, candidateV4Fields(row));
        }),
  },
  // The sourcer's workflow: small rows to list 10,000 matches fast, a pipeline stage per posting, tags, shortlists.
  {
    stores: {
      summaries: 'candidateKey',
      ranks: '[candidateKey+postingId], candidateKey, [postingId+total]',
      pipeline: '[candidateKey+postingId], candidateKey, [postingId+status]',
      tags: 'candidateKey, *tags',
      shortlists: 'id, postingId',
    },
    upgrade: (tx) => fillSummariesAndRanks(tx),
  },
  // Sharing with hiring managers: notes get a visibility, an author and revisions; reviewers' feedback;
  // records both sides changed wait in conflicts for a person to choose.
  {
    stores: { feedback: 'id, candidateKey, shortlistId', conflicts: 'id, candidateKey, recordId' },
    upgrade: (tx) =>
      tx
        .table<Note, string>('notes')
        .toCollection()
        .modify((note: Note) => {
          Object.assign(note, noteV6Fields(note));
        }),
  },
  // Scorer v3 (analysis version 3): analyses stored by v2 change shape and are dropped, to be made
  // again from the stored profiles; every score is marked stale so the background re-score upgrades it.
  { stores: {}, upgrade: dropScorerV2Results },
];

async function dropScorerV2Results(tx: Transaction): Promise<void> {
  await tx
    .table<Candidate, string>('candidates')
    .toCollection()
    .modify((row: Candidate) => {
      if (row.analysis && scorerV2Analysis(row.analysis)) delete row.analysis;
    });
  await tx
    .table<CandidateScore>('scores')
    .toCollection()
    .modify((row: CandidateScore) => {
      row.postingUpdatedAt = STALE;
    });
}

const STALE = new Date(0).toISOString();

/** v4 → v5: the new small rows are derived from what is stored. */
async function fillSummariesAndRanks(tx: Transaction): Promise<void> {
  const notes = new Map<string, Note[]>();
  await tx.table<Note>('notes').each((note) => void notes.set(note.candidateKey, [...(notes.get(note.candidateKey) ?? []), note]));
  const summaries: CandidateSummary[] = [];
  await tx.table<Candidate, string>('candidates').each((candidate) => void summaries.push(summaryOf(candidate, notesPreview(notes.get(candidate.key) ?? []))));
  await tx.table('summaries').bulkPut(summaries);
  const ranks: Rank[] = [];
  await tx.table<CandidateScore>('scores').each((score) => void ranks.push(rankOf(score)));
  await tx.table('ranks').bulkPut(ranks);
}

async function moveScoresOutOfCandidates(tx: Transaction): Promise<void> {
  const candidates = tx.table<CandidateV1, string>('candidates');
  const scores: CandidateScore[] = [];
  await candidates.toCollection().modify((row, ref) => {
    const { candidate, score } = splitV1Candidate(row);
    if (score) scores.push(score);
    ref.value = candidate;
  });
  await tx.table<CandidateScore>('scores').bulkPut(scores);
}

export const db = new TalentDB();
