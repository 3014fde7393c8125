import { z } from 'zod';

export const REQUIREMENT_KINDS = ['must', 'plus'] as const;

export const RequirementSchema = z
  .object({
    id: z.string().min(1).max(100),
    label: z.string().min(1).max(200),
    /** A missing 'must' caps the whole score; a 'plus' only adds. */
    kind: z.enum(REQUIREMENT_KINDS),
    weight: z.number().int().min(1).max(10),
    /** Ids from the skill vocabulary (lib/scoring/skills.ts). */
    skills: z.array(z.string().min(1).max(100)).max(20),
    /** Extra synonyms the recruiter adds, matched as whole words, case-insensitively. */
    terms: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  })
  .refine((requirement) => requirement.skills.length > 0 || (requirement.terms?.length ?? 0) > 0, {
    message: 'a requirement needs at least one skill or term',
    path: ['skills'],
  });
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementKind = Requirement['kind'];

/** Longer pasted text is cut to this, with a message: no real posting comes near it. */
export const POSTING_TEXT_MAX = 100_000;

export const PostingSchema = z
  .object({
    id: z.string().min(1).max(100),
    title: z.string().min(1).max(300),
    /** The posting's source text, kept so the recruiter can see what the rubric was made from. */
    description: z.string().max(POSTING_TEXT_MAX).optional(),
    /** May be empty: a posting with nothing recognised still saves, and says so. */
    requirements: z.array(RequirementSchema).max(50),
    builtIn: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .refine((posting) => new Set(posting.requirements.map((r) => r.id)).size === posting.requirements.length, {
    message: 'requirement ids must be unique',
    path: ['requirements'],
  });
export type Posting = z.infer<typeof PostingSchema>;
