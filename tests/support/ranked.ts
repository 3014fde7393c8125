import * as repo from '@/lib/services';
import type { Candidate, CandidateScore } from '@/lib/schema/candidate';

/** Everyone scored for a posting, best first, read the way the matches view reads them. */
export async function rankedFor(postingId: string, limit = 200): Promise<Array<{ candidate: Candidate; score: CandidateScore }>> {
  const rows = await repo.loadTopMatchRows(postingId, limit);
  const ranked = await Promise.all(
    rows.map(async (row) => ({ candidate: await repo.getCandidate(row.candidateKey), score: await repo.getScore(row.candidateKey, postingId) })),
  );
  return ranked.flatMap(({ candidate, score }) => (candidate && score ? [{ candidate, score }] : []));
}
