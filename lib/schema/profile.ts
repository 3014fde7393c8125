import { z } from 'zod';
import { LIMITS, isHttpUrl } from './limits';

export { LIMITS };

/** Only http(s) URLs survive; anything else (javascript:, data:, relative junk) is dropped. */
export const HttpUrlSchema = z
  .string()
  .max(LIMITS.url)
  .refine(isHttpUrl, 'must be an http(s) URL');

const shortText = z.string().max(LIMITS.shortText);

export const SocialLinkSchema = z.object({
  url: HttpUrlSchema,
  /** What the page shows for the link, e.g. "@defunkt" or "in/jane". */
  label: shortText,
});

export const OrganizationSchema = z.object({
  login: shortText,
  url: HttpUrlSchema,
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const PinnedRepoSchema = z.object({
  /** "owner/name" when the pinned item belongs to someone else, else "name". */
  name: shortText,
  owner: shortText,
  url: HttpUrlSchema,
  description: z.string().max(LIMITS.bio).optional(),
  language: shortText.optional(),
  stars: z.number().int().nonnegative().optional(),
  forks: z.number().int().nonnegative().optional(),
  /** Pinned gists carry no language, stars or forks in the same way. */
  kind: z.enum(['repository', 'gist']).default('repository'),
});

/** One language of a repository with its size in bytes, as GitHub's linguist counts it (GraphQL). */
export const RepositoryLanguageSchema = z.object({
  name: shortText,
  bytes: z.number().int().nonnegative(),
});
export type RepositoryLanguage = z.infer<typeof RepositoryLanguageSchema>;

/**
 * What a repository holds at HEAD, read for the most relevant repositories only (GraphQL): the
 * marks of production work. Absent when not read; a flag is true only when the file was seen.
 */
export const RepositoryFilesSchema = z.object({
  /** go.mod at the root. */
  goModule: z.boolean().default(false),
  /** `require` lines in go.mod: a module with dependencies is more than an exercise. */
  goDependencies: z.number().int().nonnegative().optional(),
  dockerfile: z.boolean().default(false),
  /** Chart.yaml, a charts/, k8s/, kubernetes/, helm/ or deploy/ folder. */
  kubernetes: z.boolean().default(false),
  /** .github/workflows with a file in it, .gitlab-ci.yml, .travis.yml, .circleci/ or Jenkinsfile. */
  ciConfig: z.boolean().default(false),
  /** A test/, tests/, spec/ or __tests__/ folder, or test files at the root (*_test.go, test_*.py…). */
  tests: z.boolean().default(false),
});
export type RepositoryFiles = z.infer<typeof RepositoryFilesSchema>;

/** A repository from the GitHub REST API (enrichment); page-only captures have none. */
export const RepositorySchema = z.object({
  name: shortText,
  owner: shortText,
  url: HttpUrlSchema,
  description: z.string().max(LIMITS.bio).optional(),
  /** The main language GitHub shows. */
  language: shortText.optional(),
  topics: z.array(shortText).max(LIMITS.topics).default([]),
  stars: z.number().int().nonnegative().default(0),
  forks: z.number().int().nonnegative().default(0),
  /** A fork of someone else's repository: counts little. */
  isFork: z.boolean().default(false),
  archived: z.boolean().default(false),
  /** ISO time of the last push, for recency. */
  pushedAt: z.string().optional(),
  /** Size in KB as the API reports it. */
  sizeKb: z.number().nonnegative().optional(),
  /** ISO time it was created; for a fork, when it was forked: a push after that is the person's own change. */
  createdAt: z.string().optional(),
  /** Every language with its bytes, largest first (GraphQL, with a token); absent from the REST list. */
  languages: z.array(RepositoryLanguageSchema).max(LIMITS.repositoryLanguages).optional(),
  /** Published releases (GraphQL). */
  releases: z.number().int().nonnegative().optional(),
  /** Files at HEAD that mark production work (GraphQL, most relevant repositories only). */
  files: RepositoryFilesSchema.optional(),
});
export type Repository = z.infer<typeof RepositorySchema>;

/** Commits in the last year to one repository, from the contribution graph by repository (GraphQL). */
export const RepositoryContributionSchema = z.object({
  /** "owner/name". */
  repo: shortText,
  url: HttpUrlSchema,
  commits: z.number().int().nonnegative(),
  /** True when the repository belongs to someone else (another user or an organization). */
  othersRepository: z.boolean(),
  language: shortText.optional(),
  description: z.string().max(LIMITS.bio).optional(),
  topics: z.array(shortText).max(LIMITS.topics).default([]),
  /** Stars of the repository: adoption of the project, not the person's skill. */
  stars: z.number().int().nonnegative().default(0),
});
export type RepositoryContribution = z.infer<typeof RepositoryContributionSchema>;

/** Merged pull requests to one repository the person does not own (REST search API). */
export const MergedPullRequestsSchema = z.object({
  /** "owner/name". */
  repo: shortText,
  /** The repository's merged pull requests by this person, on github.com. */
  url: HttpUrlSchema,
  count: z.number().int().positive(),
  /** ISO time of the most recent merge among those read. */
  latestMergedAt: z.string().optional(),
});
export type MergedPullRequests = z.infer<typeof MergedPullRequestsSchema>;

export const ContributionsSchema = z.object({
  /** "1,234 contributions in the last year" as a number. */
  lastYear: z.number().int().nonnegative(),
  /** Where the number was read: the profile page itself, or the lazily loaded fragment. */
  source: z.enum(['page', 'fragment']),
});

export const GithubProfileSchema = z.object({
  site: z.literal('github'),
  login: z.string().min(1).max(100),
  url: HttpUrlSchema,
  name: shortText.optional(),
  bio: z.string().max(LIMITS.bio).optional(),
  company: shortText.optional(),
  location: shortText.optional(),
  website: HttpUrlSchema.optional(),
  email: shortText.optional(),
  socialLinks: z.array(SocialLinkSchema).max(LIMITS.links).default([]),
  followers: z.number().int().nonnegative().optional(),
  following: z.number().int().nonnegative().optional(),
  organizations: z.array(OrganizationSchema).max(LIMITS.organizations).default([]),
  pinned: z.array(PinnedRepoSchema).max(LIMITS.pinned).default([]),
  contributions: ContributionsSchema.optional(),
  /** Every public repository, when the REST API enriched the capture (issue 4); absent for page-only captures. */
  repositories: z.array(RepositorySchema).max(LIMITS.repositories).optional(),
  /** Merged pull requests to other people's repositories, grouped by repository, most first (issue 4). */
  mergedPullRequests: z.array(MergedPullRequestsSchema).max(LIMITS.pullRequestRepositories).optional(),
  /** Commits in the last year by repository (GraphQL, with a token); absent when not read. */
  contributionsByRepository: z.array(RepositoryContributionSchema).max(LIMITS.pullRequestRepositories).optional(),
  /** Plain text of the profile README (username/username), if the page shows one. */
  readme: z.string().max(LIMITS.readme).optional(),
  /** ISO time the page was read. */
  capturedAt: z.string(),
});
export type GithubProfile = z.infer<typeof GithubProfileSchema>;
export type PinnedRepo = z.infer<typeof PinnedRepoSchema>;

/** A Stack Overflow tag as the profile's "Top tags" shows it. */
export const StackOverflowTagSchema = z.object({
  name: shortText,
  /** Score in the tag (upvotes on answers), when shown. */
  score: z.number().int().optional(),
  /** Posts (answers + questions) in the tag, when shown. */
  posts: z.number().int().nonnegative().optional(),
  url: HttpUrlSchema,
});
export type StackOverflowTag = z.infer<typeof StackOverflowTagSchema>;

/** stackoverflow.com/users/<id>/<slug> (and the retired Developer Story pages). */
export const StackOverflowProfileSchema = z.object({
  site: z.literal('stackoverflow'),
  /** The numeric user id, or the story name for a /story/<name> page. */
  login: z.string().min(1).max(100),
  url: HttpUrlSchema,
  name: shortText.optional(),
  location: shortText.optional(),
  about: z.string().max(LIMITS.bio).optional(),
  reputation: z.number().int().nonnegative().optional(),
  answers: z.number().int().nonnegative().optional(),
  questions: z.number().int().nonnegative().optional(),
  tags: z.array(StackOverflowTagSchema).max(LIMITS.tags).default([]),
  website: HttpUrlSchema.optional(),
  /** GitHub, Twitter and other links the profile shows. */
  socialLinks: z.array(SocialLinkSchema).max(LIMITS.links).default([]),
  capturedAt: z.string(),
});
export type StackOverflowProfile = z.infer<typeof StackOverflowProfileSchema>;

export const PositionSchema = z.object({
  title: shortText,
  company: shortText.optional(),
  /** As the page shows them ("Jan 2019", "2019"); "Present" ends as current: true. */
  start: shortText.optional(),
  end: shortText.optional(),
  current: z.boolean().default(false),
  description: z.string().max(LIMITS.bio).optional(),
});
export type Position = z.infer<typeof PositionSchema>;

/** linkedin.com/in/<id>, public or signed-in view: only what the recruiter's own browser shows. */
export const LinkedInProfileSchema = z.object({
  site: z.literal('linkedin'),
  /** The public profile id in /in/<id>. */
  login: z.string().min(1).max(100),
  url: HttpUrlSchema,
  name: shortText.optional(),
  headline: shortText.optional(),
  location: shortText.optional(),
  about: z.string().max(LIMITS.bio).optional(),
  positions: z.array(PositionSchema).max(LIMITS.positions).default([]),
  skills: z.array(shortText).max(LIMITS.skills).default([]),
  /** Websites and other profiles the page links to (contact info, featured). */
  socialLinks: z.array(SocialLinkSchema).max(LIMITS.links).default([]),
  /** Which layout it was read from. */
  view: z.enum(['public', 'member']),
  capturedAt: z.string(),
});
export type LinkedInProfile = z.infer<typeof LinkedInProfileSchema>;

/** gitlab.com/<username>: what the page renders, plus projects from GitLab's REST API. */
export const GitlabProfileSchema = z.object({
  site: z.literal('gitlab'),
  login: z.string().min(1).max(100),
  url: HttpUrlSchema,
  name: shortText.optional(),
  bio: z.string().max(LIMITS.bio).optional(),
  /** Organization / job title as GitLab shows them. */
  company: shortText.optional(),
  jobTitle: shortText.optional(),
  location: shortText.optional(),
  website: HttpUrlSchema.optional(),
  socialLinks: z.array(SocialLinkSchema).max(LIMITS.links).default([]),
  followers: z.number().int().nonnegative().optional(),
  /** The user's projects from the API (same shape as GitHub repositories); absent when not read. */
  repositories: z.array(RepositorySchema).max(LIMITS.repositories).optional(),
  capturedAt: z.string(),
});
export type GitlabProfile = z.infer<typeof GitlabProfileSchema>;

/** Every site adapter's profile. */
export const ProfileSchema = z.discriminatedUnion('site', [GithubProfileSchema, StackOverflowProfileSchema, LinkedInProfileSchema, GitlabProfileSchema]);
export type Profile = z.infer<typeof ProfileSchema>;
export type SiteId = Profile['site'];
export const SITE_IDS = ['github', 'gitlab', 'stackoverflow', 'linkedin'] as const satisfies readonly SiteId[];
export const SITE_LABELS: Record<SiteId, string> = { github: 'GitHub', gitlab: 'GitLab', stackoverflow: 'Stack Overflow', linkedin: 'LinkedIn' };

/**
 * What an adapter makes of a page. A page it cannot read is said so, with a reason,
 * so nobody is ever scored on an empty profile.
 */
export type Extraction =
  | { status: 'profile'; profile: Profile; needsContributions?: { url: string } }
  | { status: 'not-profile'; reason: string }
  | { status: 'unreadable'; reason: string };
