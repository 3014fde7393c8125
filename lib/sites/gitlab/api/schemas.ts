import { z } from 'zod';

/**
 * The parts of GitLab REST API v4 responses the extension reads. Lenient: extra fields are kept, a
 * null, missing or wrongly typed optional field is as good as absent, and lists are checked item by
 * item so one odd project does not lose the rest.
 *
 * Unauthenticated, GitLab answers project lists with its "simple" project entity
 * (BasicProjectDetails): no `archived`, no `forked_from_project`, no `visibility`. They are read when
 * present (an authenticated answer, or a future GitLab) and otherwise stay unknown.
 */

const optionalText = z.string().nullish().catch(undefined);
const optionalCount = z.number().int().nonnegative().nullish().catch(undefined);
const optionalFlag = z.boolean().nullish().catch(undefined);
const optionalTextList = z.array(z.string()).nullish().catch(undefined);

/** GET /users?username=… answers an array of these (unauthenticated: the basic fields). */
export const GitlabApiUserSchema = z.looseObject({
  id: z.number().int().positive(),
  username: z.string().min(1),
  name: optionalText,
  /** "active", "blocked", … */
  state: optionalText,
  web_url: optionalText,
});
export type GitlabApiUser = z.infer<typeof GitlabApiUserSchema>;

/** Arrays whose items are checked one by one. */
export const GitlabApiListSchema = z.array(z.unknown());

/** One item of GET /users/:id/projects. */
export const GitlabApiProjectSchema = z.looseObject({
  id: z.number().int().positive(),
  name: z.string().min(1),
  path: optionalText,
  path_with_namespace: optionalText,
  description: optionalText,
  web_url: optionalText,
  /** GitLab 14.5+; `tag_list` before, kept deprecated since. */
  topics: optionalTextList,
  tag_list: optionalTextList,
  star_count: optionalCount,
  forks_count: optionalCount,
  last_activity_at: optionalText,
  created_at: optionalText,
  namespace: z.looseObject({ path: optionalText, full_path: optionalText }).nullish().catch(undefined),
  // Full entity only (authenticated requests):
  archived: optionalFlag,
  /** Present, as the upstream project, only on forks. */
  forked_from_project: z.looseObject({}).nullish().catch(undefined),
  visibility: optionalText,
});
export type GitlabApiProject = z.infer<typeof GitlabApiProjectSchema>;

/** GET /projects/:id/languages: language name → percentage of the repository, e.g. { "Go": 81.2, "Shell": 18.8 }. */
export const GitlabApiLanguagesSchema = z.record(z.string(), z.unknown());
