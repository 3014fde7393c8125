import { legacyRevision, type Candidate, type CandidateScore, type Note } from '../schema/candidate';
import type { ScoreResult } from '../schema/score';
import { linkedProfileKeys } from '../people/links';

/** Versions 2 and 3: one profile per candidate. */
export type CandidateV3 = Omit<Candidate, 'linked' | 'profileKeys' | 'linkKeys' | 'keptApart'>;

/** Version 1 kept one score, for the posting active at capture, inside the candidate. */
export interface CandidateV1 extends CandidateV3 {
  score?: ScoreResult;
  scoreTotal?: number;
}

/** v1 → v2: the embedded score moves to the per-posting scores table. */
export function splitV1Candidate(old: CandidateV1): { candidate: CandidateV3; score?: CandidateScore } {
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

/** v3 → v4: a candidate is one profile until others are linked to it. */
export function candidateV4Fields(row: CandidateV3 & Partial<Candidate>): Pick<Candidate, 'linked' | 'profileKeys' | 'linkKeys' | 'keptApart'> {
  const linkKeys = row.linkKeys ?? linkKeysOf(row.profile);
  return { linked: row.linked ?? [], profileKeys: row.profileKeys ?? [row.key], linkKeys, keptApart: row.keptApart ?? [] };
}

/** A stored profile is read defensively: a malformed old row keeps its data and gets no links. */
function linkKeysOf(profile: Candidate['profile'] | undefined): string[] {
  try {
    return profile ? linkedProfileKeys(profile) : [];
  } catch {
    return [];
  }
}

/** v5 → v6: an old note is private, by an unnamed author, at a revision every copy of it agrees on. */
export function noteV6Fields(row: Partial<Note> & { id: string; updatedAt: string }): Pick<Note, 'visibility' | 'author' | 'rev' | 'history'> {
  return { visibility: row.visibility ?? 'private', author: row.author ?? '', rev: row.rev ?? legacyRevision(row), history: row.history ?? [] };
}

/** v6 → v7: an analysis made before scorer v3 (version 1 or 2) has another shape. */
export function scorerV2Analysis(analysis: { version?: unknown }): boolean {
  return typeof analysis.version !== 'number' || analysis.version < 3;
}
