import { clip, httpUrl, optional, text } from '../../api-fields';
import { type GitlabProfile, LIMITS, type Repository, RepositorySchema } from '../../../schema/profile';
import {
  type GitlabApiProject,
  GitlabApiLanguagesSchema,
  GitlabApiListSchema,
  GitlabApiProjectSchema,
  type GitlabApiUser,
  GitlabApiUserSchema,
} from './schemas';

/** Mapping GitLab REST API answers to our schemas: pure, no requests. */

const GITLAB_ORIGIN = 'https://gitlab.com';

/**
 * The user whose username is exactly `username` in an answer of GET /users?username=…: the same
 * spelling first, else the same name in another case (GitLab usernames are unique whatever the case).
 * 'malformed' when the answer is not a list.
 */
export function pickUser(body: unknown, username: string): GitlabApiUser | undefined | 'malformed' {
  const list = GitlabApiListSchema.safeParse(body);
  if (!list.success) return 'malformed';
  const users = list.data.flatMap((item) => {
    const user = GitlabApiUserSchema.safeParse(item);
    return user.success ? [user.data] : [];
  });
  return users.find((user) => user.username === username) ?? users.find((user) => user.username.toLowerCase() === username.toLowerCase());
}

/** The projects of one page of GET /users/:id/projects, odd items skipped; undefined when the answer is not a list. */
export function projectsOf(body: unknown): { projects: GitlabApiProject[]; skipped: number } | undefined {
  const list = GitlabApiListSchema.safeParse(body);
  if (!list.success) return undefined;
  const projects: GitlabApiProject[] = [];
  for (const item of list.data) {
    const project = GitlabApiProjectSchema.safeParse(item);
    if (project.success) projects.push(project.data);
  }
  return { projects, skipped: list.data.length - projects.length };
}

/** The largest language of GET /projects/:id/languages ({ "Go": 81.2, "Shell": 18.8 } → "Go"); undefined for {} or junk. */
export function topLanguage(body: unknown): string | undefined {
  const parsed = GitlabApiLanguagesSchema.safeParse(body);
  if (!parsed.success || Array.isArray(body)) return undefined;
  let top: { name: string; share: number } | undefined;
  for (const [name, share] of Object.entries(parsed.data)) {
    const language = name.trim();
    if (!language || typeof share !== 'number' || !Number.isFinite(share) || share <= 0) continue;
    if (!top || share > top.share) top = { name: language, share };
  }
  return top && clip(top.name, LIMITS.shortText);
}

/** What the list's entity may not say (unauthenticated answers): filled in from elsewhere. */
export interface ProjectExtras {
  /** The top language from /projects/:id/languages, when it was read. */
  language?: string;
  /** From the archived=true listing, when the project entity has no `archived` field. */
  archived?: boolean;
}

/**
 * A Repository from one project, or undefined when it has no usable http(s) address or is not
 * public. pushedAt is GitLab's last_activity_at: any activity (push, issue, merge request), not
 * only pushes.
 */
export function projectToRepository(project: GitlabApiProject, extras: ProjectExtras = {}): Repository | undefined {
  if (project.visibility && project.visibility !== 'public') return undefined;
  const owner = project.namespace?.path ?? project.namespace?.full_path ?? project.path_with_namespace?.split('/').slice(0, -1).join('/');
  const url = httpUrl(project.web_url) ?? (project.path_with_namespace ? httpUrl(`${GITLAB_ORIGIN}/${project.path_with_namespace}`) : undefined);
  if (!url || !owner) return undefined;
  const topics = project.topics ?? project.tag_list ?? [];
  const repository = RepositorySchema.safeParse({
    name: clip(project.name, LIMITS.shortText),
    owner: clip(owner, LIMITS.shortText),
    url,
    ...optional('description', text(project.description, LIMITS.bio)),
    ...optional('language', extras.language),
    topics: topics.map((topic) => text(topic, LIMITS.shortText)).filter((topic) => topic !== undefined).slice(0, LIMITS.topics),
    stars: project.star_count ?? 0,
    forks: project.forks_count ?? 0,
    isFork: project.forked_from_project != null,
    archived: project.archived ?? extras.archived ?? false,
    ...optional('pushedAt', text(project.last_activity_at, LIMITS.shortText)),
    ...optional('createdAt', text(project.created_at, LIMITS.shortText)),
  });
  return repository.success ? repository.data : undefined;
}

/** The page capture with the projects read from the API. */
export function withGitlabRepositories(profile: GitlabProfile, repositories: readonly Repository[]): GitlabProfile {
  return { ...profile, repositories: repositories.slice(0, LIMITS.repositories) };
}
