import { z } from 'zod';
import { SITE_IDS } from './profile';

/** The pipeline's stages, in order; the recruiter may rename, add or remove them in the matches view. */
export const DEFAULT_STATUSES = ['new', 'shortlisted', 'contacted', 'replied', 'interviewing', 'rejected', 'hired'] as const;
export const STATUS_MAX_LENGTH = 40;
export const TAG_MAX_LENGTH = 40;

export const StatusNameSchema = z.string().trim().min(1).max(STATUS_MAX_LENGTH);
export const TagSchema = z.string().trim().min(1).max(TAG_MAX_LENGTH);

/** A candidate's stage for one posting; absent means "new". */
export const PipelineEntrySchema = z.object({
  candidateKey: z.string(),
  postingId: z.string(),
  status: StatusNameSchema,
  updatedAt: z.string(),
});
export type PipelineEntry = z.infer<typeof PipelineEntrySchema>;

/** A candidate's tags, the same for every posting ("referral", "remote only"). */
export const CandidateTagsSchema = z.object({
  candidateKey: z.string(),
  tags: z.array(TagSchema).max(50),
  updatedAt: z.string(),
});
export type CandidateTags = z.infer<typeof CandidateTagsSchema>;

/** A named, ordered list of candidates for one posting. */
export const ShortlistSchema = z.object({
  id: z.string(),
  postingId: z.string(),
  name: z.string().trim().min(1).max(100),
  candidateKeys: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set on a shortlist that came in a share file: who shared it, and when it was last imported. */
  sharedBy: z.string().max(80).optional(),
  receivedAt: z.string().optional(),
});
export type Shortlist = z.infer<typeof ShortlistSchema>;

/**
 * What the matches view needs of a candidate, kept small beside the full record so ten thousand
 * of them load at once. Rewritten with the candidate.
 */
export const CandidateSummarySchema = z.object({
  candidateKey: z.string(),
  name: z.string().optional(),
  login: z.string(),
  headline: z.string().optional(),
  sites: z.array(z.enum(SITE_IDS)),
  profileUrls: z.array(z.string()),
  email: z.string().optional(),
  firstSeenAt: z.string(),
  updatedAt: z.string(),
  /** The newest notes (at most 3, each cut to 500 characters): what lists and CSV exports show. */
  latestNotes: z.array(z.string()).default([]),
});
export type CandidateSummary = z.infer<typeof CandidateSummarySchema>;

/** A score without its breakdown: what ranking and filtering read. */
export const RankSchema = z.object({
  candidateKey: z.string(),
  postingId: z.string(),
  total: z.number(),
  mustHavesMet: z.boolean(),
  capped: z.boolean(),
  /** Points per requirement id: what a CSV export lists, without reading the breakdown. */
  requirementPoints: z.record(z.string(), z.number()).default({}),
});
export type Rank = z.infer<typeof RankSchema>;
