import { z } from 'zod';
import { ProfileSchema, SITE_IDS } from './profile';
import { ScoreResultSchema } from './score';
import { ProfileAnalysisSchema } from './analysis';

export const NOTE_MAX_LENGTH = 10_000;

/** Another site's profile of the same person, joined to a candidate. */
export const LinkedProfileSchema = z.object({
  /** The profile's own key, e.g. "stackoverflow:22656". */
  key: z.string(),
  profile: ProfileSchema,
  /** 'link': one profile links to the other; 'manual': the recruiter merged them. */
  via: z.enum(['link', 'manual']),
  linkedAt: z.string(),
});
export type LinkedProfile = z.infer<typeof LinkedProfileSchema>;

/**
 * One person, keyed by their first captured profile ("github:defunkt"), with the latest snapshot
 * of it and of every other site's profile linked to them.
 */
export const CandidateSchema = z.object({
  key: z.string(),
  site: z.enum(SITE_IDS),
  login: z.string(),
  /** Display only; never read by the scorer. */
  name: z.string().optional(),
  profileUrl: z.string(),
  profile: ProfileSchema,
  /**
   * The evidence found in all the person's profiles together, kept so re-scoring for a changed
   * posting skips the text matching.
   */
  analysis: ProfileAnalysisSchema.optional(),
  /** The person's profiles on other sites, each read on its own page. */
  linked: z.array(LinkedProfileSchema).default([]),
  /** The key of every profile of the person, the main one first (indexed: which candidate holds a profile). */
  profileKeys: z.array(z.string()).default([]),
  /** Keys of the profiles the person's profiles link to (indexed: who links to a newly read profile). */
  linkKeys: z.array(z.string()).default([]),
  /** Profile keys the recruiter split off: never joined again automatically. */
  keptApart: z.array(z.string()).default([]),
  firstSeenAt: z.string(),
  updatedAt: z.string(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/** A candidate's score for one posting; every candidate has one per posting. */
export const CandidateScoreSchema = z.object({
  candidateKey: z.string(),
  postingId: z.string(),
  /** Copy of result.total so Dexie can index and sort by it. */
  total: z.number(),
  result: ScoreResultSchema,
  /** The posting's updatedAt when this was computed: older means a re-score is due. */
  postingUpdatedAt: z.string(),
  scoredAt: z.string(),
});
export type CandidateScore = z.infer<typeof CandidateScoreSchema>;


export const NOTE_VISIBILITIES = ['private', 'shared'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
/** A display name on notes and feedback ("Ana Ruiz, recruiter"). */
export const AUTHOR_MAX_LENGTH = 80;
export const AuthorSchema = z.string().trim().max(AUTHOR_MAX_LENGTH);
/** How many earlier revisions a record remembers: enough for every edit between two exchanges of files. */
export const HISTORY_MAX = 200;
export const RevisionIdSchema = z.string().min(1).max(100);

/** The revision of a note stored before notes had revisions (schema v5 and older, bundle v1): the same on every copy. */
export const legacyRevision = (note: { id: string; updatedAt: string }) => `${note.id}@${note.updatedAt}`;

/**
 * A recruiter's or reviewer's note. `rev` changes on every edit and `history` lists the earlier
 * revisions, so two copies tell which is newer, or that both changed (a conflict), without trusting
 * clocks. A deleted note stays as a tombstone (no text, `deletedAt` set) so the deletion can travel.
 */
export const NoteSchema = z
  .object({
    id: z.string().min(1).max(100),
    candidateKey: z.string().min(1),
    text: z.string().max(NOTE_MAX_LENGTH),
    /** Private notes never leave this browser profile; shared ones go into share and feedback files. */
    visibility: z.enum(NOTE_VISIBILITIES).default('private'),
    /** Who wrote it; '' for notes written before names were kept. */
    author: AuthorSchema.default(''),
    /** Who changed it last, when that is someone else. */
    editedBy: AuthorSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    rev: RevisionIdSchema.optional(),
    history: z.array(RevisionIdSchema).max(HISTORY_MAX).default([]),
    deletedAt: z.string().optional(),
  })
  .refine((note) => note.deletedAt !== undefined || note.text.trim().length > 0, { message: 'A note cannot be empty.', path: ['text'] })
  .transform((note) => ({ ...note, rev: note.rev ?? legacyRevision(note) }));
export type Note = z.infer<typeof NoteSchema>;

/** What the content script last made of the page in a tab; the side panel follows it. */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  /** 'not-saved': the page was read but storing it failed (full disk, database error). */
  status: z.enum(['profile', 'not-profile', 'unreadable', 'not-saved']),
  reason: z.string().optional(),
  candidateKey: z.string().optional(),
  updatedAt: z.string(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export function candidateKey(site: string, login: string): string {
  return `${site}:${login.toLowerCase()}`;
}
