import { analyzePerson, isAnalysisCurrent, scoreAnalysis } from '@/lib/scoring';
import { candidatesAfter, countCandidates, getPosting, getScores, listPostings, putScores, saveAnalyses, setRescoreProgress, toScoreRow, profilesOf } from '@/lib/services';
import type { Candidate } from '@/lib/schema/candidate';
import type { Posting } from '@/lib/schema/posting';

const BATCH = 250;

let generation = 0;

/**
 * Re-scores everyone for a posting in batches, writing progress for the panel to show.
 * A newer request supersedes a running one. Rows already scored against this version of
 * the posting are left alone, so an interrupted run resumes cheaply.
 */
export async function rescoreAll(postingId: string, batchSize = BATCH): Promise<number> {
  const run = ++generation;
  const posting = await getPosting(postingId);
  if (!posting) return 0;
  const total = await countCandidates();
  let done = 0;
  let rescored = 0;
  let lastKey: string | undefined;
  for (;;) {
    const batch = await candidatesAfter(lastKey, batchSize);
    if (batch.length === 0 || run !== generation) break;
    rescored += await rescoreBatch(batch, posting);
    done += batch.length;
    lastKey = batch.at(-1)!.key;
    await setRescoreProgress({ postingId, done, total });
    await yieldToEventLoop();
  }
  if (run === generation) await setRescoreProgress(undefined);
  return rescored;
}

/**
 * After an update whose scorer changed (a schema upgrade marked the scores stale), every posting
 * is re-scored in turn; rows already current are skipped, so after other updates it costs a read.
 */
export async function rescoreEveryPosting(): Promise<number> {
  let rescored = 0;
  for (const posting of await listPostings()) rescored += await rescoreAll(posting.id);
  return rescored;
}

async function rescoreBatch(batch: Candidate[], posting: Posting): Promise<number> {
  const current = await getScores(batch.map((candidate) => candidate.key), posting.id);
  const now = new Date().toISOString();
  const stale = batch.filter((_, index) => current[index]?.postingUpdatedAt !== posting.updatedAt);
  const analyses = stale.map((candidate) => ({ key: candidate.key, analysis: currentAnalysis(candidate) }));
  await saveAnalyses(analyses.filter((entry, index) => entry.analysis !== stale[index]!.analysis));
  await putScores(analyses.map(({ key, analysis }) => toScoreRow(key, { posting, result: scoreAnalysis(analysis, posting) }, now)));
  return stale.length;
}

/** The stored analysis, unless the vocabulary or analyzer changed since: then the profile is read again. */
function currentAnalysis(candidate: Candidate) {
  return candidate.analysis && isAnalysisCurrent(candidate.analysis) ? candidate.analysis : analyzePerson(profilesOf(candidate).map((profile) => ({ profile })));
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
