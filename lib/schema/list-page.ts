import { z } from 'zod';
import { LIMITS } from './limits';

/** GitHub pages that list people rather than show one. */
export const LIST_KINDS = ['user-search', 'org-people', 'contributors', 'followers', 'following', 'stargazers'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const ListedPersonSchema = z.object({
  login: z.string().regex(/^[\w-]{1,100}$/),
  /** Shown in the list, if the page shows one; display only. */
  name: z.string().max(LIMITS.shortText).optional(),
});
export type ListedPerson = z.infer<typeof ListedPersonSchema>;

/** Content script → background: which people on this list page already have a score. */
export const ListScoresRequestSchema = z.object({ logins: z.array(z.string().max(100)).max(LIMITS.listPeople) });
export type ListScoresRequest = z.infer<typeof ListScoresRequestSchema>;

/**
 * What the in-page marker shows of a captured person, the same on every site: the active posting's score,
 * the stage, the shortlists, how many notes, and when the person was last seen. Display only.
 */
export interface PersonMarker {
  candidateKey: string;
  /** Absent when the person has no score for the active posting yet. */
  total?: number;
  /** True when a missing must-have capped the total. */
  capped?: boolean;
  postingTitle?: string;
  /** The pipeline stage for the active posting, when one was set. */
  stage?: string;
  /** Names of the shortlists the person is on, of any posting. */
  shortlists?: string[];
  notes?: number;
  /** When the person was read before (ISO); on a profile page, the visit before this one. */
  lastSeenAt?: string;
}

/** A listed person and, once captured, their marker. */
export interface ListedScore extends Partial<PersonMarker> {
  login: string;
}

/** Content script → background: capture everyone on the page through the API. */
export const CaptureAllRequestSchema = z.object({
  logins: z.array(z.string().regex(/^[\w-]{1,100}$/)).min(1).max(LIMITS.listPeople),
  /** The list page, for the panel to say where the people came from. */
  pageUrl: z.string().max(LIMITS.url),
});
export type CaptureAllRequest = z.infer<typeof CaptureAllRequestSchema>;

/** The one capture-all job at a time, as the page and the panel show it. */
export interface CaptureAllProgress {
  state: 'idle' | 'running' | 'waiting-for-budget' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  failed: number;
  /** The plain sentence to show, e.g. "Waiting for the GitHub API budget until 14:05". */
  message?: string;
  pageUrl?: string;
}
