import { z } from 'zod';
import { HttpUrlSchema } from './profile';
import { REQUIREMENT_KINDS } from './posting';

export const EVIDENCE_SOURCES = [
  'pinned-language',
  'pinned-repo',
  'bio',
  'readme',
  'organization',
  'company',
  'contributions',
  'followers',
  /** From the REST API's repository list (issue 3): one language across all repositories. */
  'repository-language',
  /** A repository's name or description. */
  'repository',
  'repository-topic',
  /** All original public repositories together. */
  'repositories',
  /** Merged pull requests to one repository the person does not own (REST search API). */
  'merged-pull-request',
  /** Files at a repository's HEAD that mark production work: go.mod with dependencies, Dockerfile, CI, tests (GraphQL). */
  'repository-contents',
  /** Commits in the last year to someone else's repository (GraphQL contributions by repository). */
  'contributed-repository',
  /** Stars and forks by others: adoption of the person's projects, an open-source signal, never skill points. */
  'adoption',
  /** A Stack Overflow top tag, weighed by its score and posts. */
  'stackoverflow-tag',
  /** Stack Overflow answers and reputation: helping others in public. */
  'stackoverflow-answers',
  /** A skill listed on a LinkedIn profile. */
  'linkedin-skill',
  /** A LinkedIn position: its title and description. */
  'linkedin-position',
  /** A one-line headline (LinkedIn) or job title (GitLab). */
  'headline',
  /** A longer "about" text (Stack Overflow, LinkedIn). */
  'about',
  /** The language the person's own texts are written in. */
  'written-language',
] as const;
export const EvidenceSourceSchema = z.enum(EVIDENCE_SOURCES);
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;

export const EvidenceSchema = z.object({
  requirementId: z.string(),
  source: EvidenceSourceSchema,
  /** The words or value that matched, short, e.g. "…services written in Go…" or "language: Go, 120 stars". */
  quote: z.string().max(300),
  /** Human label of the place, e.g. "pinned repository defunkt/ace" or "bio". */
  where: z.string().max(300),
  /** Where the recruiter can check it. */
  url: HttpUrlSchema,
  points: z.number().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RequirementResultSchema = z.object({
  requirementId: z.string(),
  label: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  weight: z.number(),
  /** True when at least one piece of evidence was found. */
  met: z.boolean(),
  /** 0..1, from the summed evidence with diminishing returns. */
  strength: z.number().min(0).max(1),
  /** Sum of the evidence points (after any must-have cap). */
  points: z.number().nonnegative(),
  /** The requirement's weight-normalised share of 100. */
  maxPoints: z.number().nonnegative(),
  evidence: z.array(EvidenceSchema),
  /** For a requirement with no or thin evidence: what was looked at, and what would have counted. */
  gap: z.string().max(500).optional(),
});
export type RequirementResult = z.infer<typeof RequirementResultSchema>;

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const ScoreResultSchema = z.object({
  postingId: z.string(),
  /** The rounded sum of the requirement points. */
  total: z.number().int().min(0).max(100),
  /** How much of the profile could be read, not how good the candidate is. */
  confidence: z.enum(CONFIDENCE_LEVELS),
  confidenceReasons: z.array(z.string()),
  /** What would raise the confidence ("add a GitHub token: …"); empty at high confidence. */
  raiseConfidence: z.array(z.string()).optional(),
  /** Labels of must-have requirements with no evidence. */
  mustHavesMissing: z.array(z.string()),
  /** True when a missing must-have lowered the total to the cap; the UI must say so. */
  capped: z.boolean(),
  requirements: z.array(RequirementResultSchema),
});
export type ScoreResult = z.infer<typeof ScoreResultSchema>;
