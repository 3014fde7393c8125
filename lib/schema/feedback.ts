import { z } from 'zod';
import { AuthorSchema, HISTORY_MAX, NoteSchema, RevisionIdSchema } from './candidate';

export const VERDICTS = ['advance', 'hold', 'reject'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const FEEDBACK_COMMENT_MAX = 5_000;

/** A reviewer's rating of how well the candidate meets one requirement of the posting. */
export const RequirementRatingSchema = z.object({
  requirementId: z.string().min(1).max(200),
  rating: z.number().int().min(RATING_MIN).max(RATING_MAX),
});
export type RequirementRating = z.infer<typeof RequirementRatingSchema>;

/**
 * One reviewer's feedback on one candidate of a shared shortlist. Written in the reviewer's browser,
 * carried back in a feedback file; revisions work as for notes.
 */
export const FeedbackSchema = z.object({
  id: z.string().min(1).max(100),
  shortlistId: z.string().min(1).max(100),
  postingId: z.string().min(1).max(200),
  candidateKey: z.string().min(1),
  author: AuthorSchema,
  verdict: z.enum(VERDICTS).optional(),
  ratings: z.array(RequirementRatingSchema).max(200).default([]),
  comment: z.string().max(FEEDBACK_COMMENT_MAX).default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
  rev: RevisionIdSchema,
  history: z.array(RevisionIdSchema).max(HISTORY_MAX).default([]),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/**
 * Both sides changed the same record: ours stays as it is and theirs waits here until a person chooses.
 * The id is the record id and their revision, so importing the same file again adds nothing.
 */
export const ConflictSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string(), kind: z.literal('note'), recordId: z.string(), candidateKey: z.string(), theirs: NoteSchema, from: AuthorSchema, detectedAt: z.string() }),
  z.object({ id: z.string(), kind: z.literal('feedback'), recordId: z.string(), candidateKey: z.string(), theirs: FeedbackSchema, from: AuthorSchema, detectedAt: z.string() }),
]);
export type Conflict = z.infer<typeof ConflictSchema>;

export const conflictId = (recordId: string, theirRev: string) => `${recordId}~${theirRev}`;
