import type { FoundEvidence, LanguageEvidence, ProfileAnalysis, SearchableText } from '../schema/analysis';
import { capRepositoryItems, compareText, sortStrongestFirst } from './findings';
import { analyzeProfile, isAnalysisCurrent } from './analyze';
import type { Posting } from '../schema/posting';
import type { Profile } from '../schema/profile';
import type { ScoreResult } from '../schema/score';
import { scoreAnalysis } from './score';

/**
 * One person's profiles on several sites, read as one analysis. A place seen from two profiles
 * (the same repository on GitHub and in a GitLab mirror) counts once, at its strongest reading:
 * the same evidence is never added twice. Site-level places are prefixed with the site by each
 * analyzer ("stackoverflow:about"), so two bios are two places.
 */
export function mergeAnalyses(analyses: readonly ProfileAnalysis[]): ProfileAnalysis {
  const [first, ...rest] = analyses;
  if (!first) throw new Error('mergeAnalyses needs at least one analysis');
  if (rest.length === 0) return first;
  return {
    ...first,
    skills: mergeRecords(analyses.map((analysis) => analysis.skills)),
    texts: uniqueByLocation(analyses.flatMap((analysis) => analysis.texts)) as SearchableText[],
    languages: uniqueByLocation(analyses.flatMap((analysis) => analysis.languages)) as LanguageEvidence[],
    coverage: analyses.find((analysis) => analysis.coverage)?.coverage,
    siteCoverage: analyses.flatMap((analysis) => analysis.siteCoverage),
  };
}

/** The analysis of every profile of one person: the stored one where it is current, else made anew. */
export function analyzePerson(profiles: readonly { profile: Profile; analysis?: ProfileAnalysis }[]): ProfileAnalysis {
  return mergeAnalyses(profiles.map(({ profile, analysis }) => (analysis && isAnalysisCurrent(analysis) ? analysis : analyzeProfile(profile))));
}

function mergeRecords(records: readonly Record<string, FoundEvidence[]>[]): Record<string, FoundEvidence[]> {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))].sort(compareText);
  const merged: Record<string, FoundEvidence[]> = {};
  for (const key of keys) {
    const list = sortStrongestFirst(uniqueByLocation(records.flatMap((record) => record[key] ?? [])));
    merged[key] = capRepositoryItems(list);
  }
  return merged;
}

/** Keeps the strongest item per location, in first-seen order. */
function uniqueByLocation<T extends { location: string; value: number }>(items: readonly T[]): T[] {
  const byLocation = new Map<string, T>();
  for (const item of items) {
    const kept = byLocation.get(item.location);
    if (!kept || item.value > kept.value) byLocation.set(item.location, item);
  }
  return [...byLocation.values()];
}

/** Analyses a person's profiles together and scores them for each posting. */
export function scorePerson(
  profiles: readonly Profile[],
  postings: readonly Posting[],
): { analysis: ProfileAnalysis; scores: { posting: Posting; result: ScoreResult }[] } {
  const analysis = analyzePerson(profiles.map((profile) => ({ profile })));
  return { analysis, scores: postings.map((posting) => ({ posting, result: scoreAnalysis(analysis, posting) })) };
}
