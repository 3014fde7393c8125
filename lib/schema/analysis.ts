import { z } from 'zod';
import { HttpUrlSchema } from './profile';
import { EvidenceSourceSchema } from './score';

/** Bump when analyzeProfile changes what it finds or how it values it: stored analyses are then remade. */
export const ANALYSIS_VERSION = 3;

/** A piece of evidence found once per capture, before any posting weighs it. */
export const FoundEvidenceSchema = z.object({
  /** One place (a repository, the bio, a language…) is one piece of evidence: its strongest reading counts. */
  location: z.string(),
  source: EvidenceSourceSchema,
  quote: z.string().max(300),
  where: z.string().max(300),
  url: HttpUrlSchema,
  /** What it adds to a requirement's sum before diminishing returns. */
  value: z.number().nonnegative(),
});
export type FoundEvidence = z.infer<typeof FoundEvidenceSchema>;

/** A text kept for a recruiter's own terms, which are only known when a posting is scored. */
export const SearchableTextSchema = FoundEvidenceSchema.omit({ quote: true }).extend({
  text: z.string(),
  /** Shown instead of the matched words, e.g. "member of golang" for an organization login. */
  quote: z.string().max(300).optional(),
  /** The repository's language: a term naming it is already counted by the language itself. */
  language: z.string().optional(),
});
export type SearchableText = z.infer<typeof SearchableTextSchema>;

/** A language as evidence, kept by name so a term like "Elixir" can match it exactly. */
export const LanguageEvidenceSchema = FoundEvidenceSchema.extend({ language: z.string() });
export type LanguageEvidence = z.infer<typeof LanguageEvidenceSchema>;

/** GitHub's coverage in detail: what was read of the profile page and the API. */
export const CoverageSchema = z.object({
  /** Public repositories read from the API; absent for a page-only capture. */
  repositories: z.number().int().nonnegative().optional(),
  /** True when the list was cut at LIMITS.repositories, so there may be more. */
  repositoriesAtLimit: z.boolean(),
  pinnedRepositories: z.number().int().nonnegative(),
  readme: z.boolean(),
  bio: z.boolean(),
  contributions: z.boolean(),
  /** Repositories of others with merged pull requests, from the search API; absent when not read. */
  pullRequestRepositories: z.number().int().nonnegative().optional(),
  /** Original (not forked) repositories among those read. */
  originalRepositories: z.number().int().nonnegative().optional(),
  /** Forks the person pushed to after forking: their own changes to others' code. */
  changedForks: z.number().int().nonnegative().optional(),
  /** The languages with most code, largest first: what a missing language requirement looked at. */
  mainLanguages: z.array(z.string().max(100)).max(5).optional(),
  /** Repositories whose files at HEAD were read (GraphQL, with a token). */
  contentsRead: z.number().int().nonnegative().optional(),
  /** Other people's repositories with commits in the last year (GraphQL); absent when not read. */
  contributedRepositories: z.number().int().nonnegative().optional(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** How much one non-GitHub profile showed, assessed by its site's analyzer. */
export const SiteCoverageSchema = z.object({
  site: z.enum(['github', 'gitlab', 'stackoverflow', 'linkedin']),
  /** 0 (nothing useful) to 4 (a full picture), on the same scale as GitHub's coverage. */
  known: z.number().int().min(0).max(4),
  /** Plain reasons for the confidence, e.g. "12 top tags read", "no skills section". */
  reasons: z.array(z.string().max(300)).max(10),
});
export type SiteCoverage = z.infer<typeof SiteCoverageSchema>;

/**
 * Everything the scorer needs from one capture, found once and stored; scoring it against a
 * posting is then only weights and sums. Holds no name, login, location, email or avatar.
 */
export const ProfileAnalysisSchema = z.object({
  version: z.literal(ANALYSIS_VERSION),
  /** Fingerprint of the skill vocabulary it was made with: a grown vocabulary needs a new analysis. */
  vocabulary: z.string(),
  /** Only a link target for evidence. */
  profileUrl: HttpUrlSchema,
  /** Evidence per skill id, strongest first, at most one per location; a skill's profile signals (adoption, followers…) included. */
  skills: z.record(z.string(), z.array(FoundEvidenceSchema)),
  texts: z.array(SearchableTextSchema),
  languages: z.array(LanguageEvidenceSchema),
  /** GitHub's coverage; absent when no GitHub profile is part of the analysis. */
  coverage: CoverageSchema.optional(),
  /** Coverage of every other site's profile in the analysis. */
  siteCoverage: z.array(SiteCoverageSchema).default([]),
});
export type ProfileAnalysis = z.infer<typeof ProfileAnalysisSchema>;
