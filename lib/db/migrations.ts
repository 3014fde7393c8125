import type { Candidate, CandidateScore } from '../schema/candidate';
import type { ScoreResult } from '../schema/score';

/** Version 1 kept one score, for the posting active at capture, inside the candidate. */
export interface CandidateV1 extends Candidate {
  score?: ScoreResult;
  scoreTotal?: number;
}

/** v1 → v2: the embedded score moves to the per-posting scores table. */
export function splitV1Candidate(old: CandidateV1): { candidate: Candidate; score?: CandidateScore } {
  const { score, scoreTotal: _scoreTotal, ...candidate } = old;
  if (!score) return { candidate };
  return {
    candidate,
    score: {
      candidateKey: old.key,
      postingId: score.postingId,
      total: score.total,
      result: score,
      // Unknown in v1: the epoch marks it stale, so the next re-score refreshes it.
      postingUpdatedAt: new Date(0).toISOString(),
      scoredAt: old.updatedAt,
    },
  };
}
