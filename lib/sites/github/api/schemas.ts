import { z } from 'zod';

/**
 * The parts of GitHub REST API responses the extension reads. Lenient: extra fields are kept,
 * and a null or missing field is as good as absent, because the API has added, renamed and
 * nulled fields over the years (2012's "watchers" is today's "stargazers_count").
 */

// A field of the wrong type is dropped, not fatal: PyGithub records a user whose "name" is 42.
export const optionalText = z.string().nullish().catch(undefined);
export const optionalCount = z.number().int().nonnegative().nullish().catch(undefined);
export const optionalFlag = z.boolean().nullish().catch(undefined);

/** GET /users/:login */
export const ApiUserSchema = z.looseObject({
  login: z.string().min(1),
  /** "User", "Organization" or "Bot"; very old recordings may lack it. */
  type: optionalText,
  html_url: optionalText,
  name: optionalText,
  company: optionalText,
  /** The website as typed by the person: often a bare domain, sometimes empty. */
  blog: optionalText,
  location: optionalText,
  email: optionalText,
  bio: optionalText,
  twitter_username: optionalText,
  followers: optionalCount,
  following: optionalCount,
  public_repos: optionalCount,
});
export type ApiUser = z.infer<typeof ApiUserSchema>;

/** One item of GET /users/:login/repos */
export const ApiRepositorySchema = z.looseObject({
  name: z.string().min(1),
  full_name: optionalText,
  owner: z.looseObject({ login: z.string().min(1) }).nullish().catch(undefined),
  html_url: optionalText,
  description: optionalText,
  fork: optionalFlag,
  archived: optionalFlag,
  private: optionalFlag,
  language: optionalText,
  topics: z.array(z.string()).nullish().catch(undefined),
  stargazers_count: optionalCount,
  watchers_count: optionalCount,
  /** The star count in the 2012 API, before "stargazers_count" existed. */
  watchers: optionalCount,
  forks_count: optionalCount,
  forks: optionalCount,
  /** KB. */
  size: z.number().nonnegative().nullish().catch(undefined),
  pushed_at: optionalText,
  created_at: optionalText,
});
export type ApiRepository = z.infer<typeof ApiRepositorySchema>;

/** GET /users/:login/repos: items are checked one by one, so one odd repository does not lose the rest. */
export const ApiRepositoryListSchema = z.array(z.unknown());

/** One item of GET /users/:login/orgs (public memberships only). */
export const ApiOrganizationSchema = z.looseObject({
  login: z.string().min(1),
  description: optionalText,
});
export type ApiOrganization = z.infer<typeof ApiOrganizationSchema>;

/** One item of GET /search/issues: a pull request when "pull_request" is present. */
export const ApiSearchIssueSchema = z.looseObject({
  html_url: optionalText,
  /** "https://api.github.com/repos/OWNER/NAME" */
  repository_url: z.string(),
  closed_at: optionalText,
  pull_request: z.looseObject({ merged_at: optionalText }).nullish().catch(undefined),
});
export type ApiSearchIssue = z.infer<typeof ApiSearchIssueSchema>;

/** GET /search/issues; items are checked one by one, like the repository list. */
export const ApiSearchIssuesSchema = z.looseObject({
  total_count: z.number().int().nonnegative(),
  incomplete_results: optionalFlag,
  items: z.array(z.unknown()),
});

const ApiRateSchema = z.looseObject({ limit: z.number(), remaining: z.number(), reset: z.number() });

/** GET /rate_limit: free to call, used to test a token. */
export const ApiRateLimitSchema = z.looseObject({
  resources: z.looseObject({ core: ApiRateSchema, search: ApiRateSchema.optional() }),
});
