import type { Candidate, CandidateScore, Note } from '../schema/candidate';
import { truncate } from '../text';
import type { CandidateSummary, Rank } from '../schema/pipeline';
import { profileSummary } from './summary';

export const NOTES_PREVIEWED = 3;
export const NOTE_PREVIEW_MAX = 500;

/** The newest notes' texts, cut short: the summary's preview. */
export function notesPreview(notes: readonly Note[]): string[] {
  return notes
    .filter((note) => note.deletedAt === undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    .slice(0, NOTES_PREVIEWED)
    .map((note) => truncate(note.text, NOTE_PREVIEW_MAX));
}

/** The matches view's row of a candidate; never throws on an odd stored profile. */
export function summaryOf(candidate: Candidate, latestNotes: string[] = []): CandidateSummary {
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
    latestNotes,
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
