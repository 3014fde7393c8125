import { db } from '../../db/db';
import { rankOf } from '../../people/candidate-summary';
import { type Candidate, type CandidateScore } from '../../schema/candidate';
import type { Posting } from '../../schema/posting';
import type { ScoreResult } from '../../schema/score';
import type { ProfileAnalysis } from '../../schema/analysis';

export interface ScoredFor {
  posting: Pick<Posting, 'id' | 'updatedAt'>;
  result: ScoreResult;
}

export function toScoreRow(key: string, { posting, result }: ScoredFor, now: string): CandidateScore {
  return { candidateKey: key, postingId: posting.id, total: result.total, result, postingUpdatedAt: posting.updatedAt, scoredAt: now };
}

export function getCandidate(key: string): Promise<Candidate | undefined> {
  return db.candidates.get(key);
}

export function getScore(key: string, postingId: string): Promise<CandidateScore | undefined> {
  return db.scores.get([key, postingId]);
}

/** The person's score against every posting, best first; a score older than its posting's last edit is marked stale. */
export async function scoresForEveryPosting(key: string): Promise<Array<{ posting: Posting; total: number; stale: boolean }>> {
  const [scores, postings] = await Promise.all([db.scores.where('candidateKey').equals(key).toArray(), db.postings.toArray()]);
  const byId = new Map(postings.map((posting) => [posting.id, posting]));
  return scores
    .flatMap((score) => {
      const posting = byId.get(score.postingId);
      return posting && posting.requirements.length > 0 ? [{ posting, total: score.total, stale: score.postingUpdatedAt !== posting.updatedAt }] : [];
    })
    .sort((a, b) => b.total - a.total || a.posting.title.localeCompare(b.posting.title));
}

/** The most recently updated people other than the given one, newest first: candidates to merge it with. */
export function recentCandidatesExcept(key: string, limit: number): Promise<Candidate[]> {
  return db.candidates.orderBy('updatedAt').reverse().filter((other) => other.key !== key).limit(limit).toArray();
}

export function countCandidates(): Promise<number> {
  return db.candidates.count();
}

/** A page of candidates in key order, for re-scoring in batches. */
export function candidatesAfter(lastKey: string | undefined, limit: number): Promise<Candidate[]> {
  const collection = lastKey === undefined ? db.candidates.orderBy('key') : db.candidates.where('key').above(lastKey);
  return collection.limit(limit).toArray();
}

export function getScores(keys: string[], postingId: string): Promise<(CandidateScore | undefined)[]> {
  return db.scores.bulkGet(keys.map((key) => [key, postingId] as [string, string]));
}

export async function saveAnalyses(analyses: { key: string; analysis: ProfileAnalysis }[]): Promise<void> {
  await db.candidates.bulkUpdate(analyses.map(({ key, analysis }) => ({ key, changes: { analysis } })));
}

/** Scores and their small copies for ranking, always written together. */
export async function putScores(rows: CandidateScore[]): Promise<void> {
  await db.transaction('rw', db.scores, db.ranks, async () => {
    await db.scores.bulkPut(rows);
    await db.ranks.bulkPut(rows.map(rankOf));
  });
}
