import type { Candidate, CandidateScore } from '../schema/candidate';
import type { CandidateSummary, Rank } from '../schema/pipeline';
import { profileSummary } from '../people/summary';

/** The matches view's row of a candidate; never throws on an odd stored profile. */
export function summaryOf(candidate: Candidate): CandidateSummary {
  const profiles = [candidate.profile, ...(candidate.linked ?? []).map((linked) => linked.profile)].filter(Boolean);
  const email = githubEmail(profiles);
  let headline: string | undefined;
  try {
    headline = profiles.map((profile) => profileSummary(profile).headline).find(Boolean);
  } catch {
    headline = undefined;
  }
  return {
    candidateKey: candidate.key,
    ...(candidate.name ? { name: candidate.name } : {}),
    login: candidate.login,
    ...(headline ? { headline } : {}),
    sites: [...new Set(profiles.map((profile) => profile.site))],
    profileUrls: profiles.map((profile) => profile.url),
    ...(email ? { email } : {}),
    firstSeenAt: candidate.firstSeenAt,
    updatedAt: candidate.updatedAt,
  };
}

function githubEmail(profiles: Candidate['profile'][]): string | undefined {
  for (const profile of profiles) if (profile.site === 'github' && profile.email) return profile.email;
  return undefined;
}

export function rankOf(score: CandidateScore): Rank {
  return {
    candidateKey: score.candidateKey,
    postingId: score.postingId,
    total: score.total,
    mustHavesMet: (score.result?.mustHavesMissing ?? []).length === 0,
    capped: Boolean(score.result?.capped),
    requirementPoints: Object.fromEntries((score.result?.requirements ?? []).map((requirement) => [requirement.requirementId, requirement.points])),
  };
}
