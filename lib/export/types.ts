import type { Candidate, CandidateScore, Note } from '../schema/candidate';
import type { Posting } from '../schema/posting';
import type { Profile } from '../schema/profile';

/** One candidate as exported: the person, their score for the exported posting, and the recruiter's own data. */
export interface ExportCandidate {
  /** Includes profile + linked[] (other sites' profiles). */
  candidate: Candidate;
  /** For the posting exported; may be missing. */
  score?: CandidateScore;
  /** Pipeline status for that posting, e.g. 'shortlisted'. */
  status?: string;
  tags: string[];
  /** Newest first. */
  notes: Note[];
}

export interface ExportInput {
  posting: Posting;
  /** e.g. shortlist name "Go backend – round 1" or "Filtered matches" */
  title: string;
  /** ISO */
  exportedAt: string;
  /** In the order to export. */
  candidates: ExportCandidate[];
  /**
   * Blind review: no names (the name becomes "Candidate N", N counting from 1 in export order),
   * no public email, never a photo. Profile URLs stay. The JSON bundle ignores it: it is a full copy.
   */
  blind?: boolean;
}

// Small helpers shared by the export formats (pure; no browser APIs).

/** "Candidate 3" in blind mode, else the name the panel shows (name, else login). */
export function exportName(entry: ExportCandidate, index: number, blind: boolean | undefined): string {
  if (blind) return `Candidate ${index + 1}`;
  return entry.candidate.name ?? entry.candidate.login;
}

/** The main profile first, then every linked profile. */
export function allProfiles(candidate: Candidate): Profile[] {
  return [candidate.profile, ...(candidate.linked ?? []).map((linked) => linked.profile)];
}

/** Cuts `text` to at most `max` characters (never inside a surrogate pair), ending with `marker` when cut. */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - marker.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + marker;
}
