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
   * Blind review: the name becomes the pseudonym the panel shows ("Candidate K3F9QZ", lib/people/blind),
   * and there is no login, profile URL, public email or photo. Evidence stays as quotes, without links
   * or owner names. The JSON bundle ignores it: it is a full copy for another Talent Lens.
   */
  blind?: boolean;
}

// Small helpers shared by the export formats (pure; no browser APIs).

/** The main profile first, then every linked profile. */
export function allProfiles(candidate: Candidate): Profile[] {
  return [candidate.profile, ...(candidate.linked ?? []).map((linked) => linked.profile)];
}
