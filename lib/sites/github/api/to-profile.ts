import { GithubProfileSchema, type GithubProfile, LIMITS, type Repository } from '../../../schema/profile';
import { clip, httpUrl, optional, text, websiteUrl } from '../../api-fields';
import { type ApiRepository, ApiRepositoryListSchema, ApiRepositorySchema, type ApiUser, ApiUserSchema } from './schemas';

/**
 * What profileFromApi makes of a response, in the shape of a site adapter's Extraction: an
 * organization or a bot is not a person and is refused with a reason rather than thrown at, so
 * the caller handles every outcome in one switch and nobody is scored on a non-person.
 */
export type ApiProfileResult =
  | { status: 'profile'; profile: GithubProfile; skippedRepositories: number }
  | { status: 'not-profile'; reason: string }
  | { status: 'unreadable'; reason: string };

const NOT_A_PERSON: Record<string, string> = {
  Organization: 'an organization account, not a person',
  Bot: 'a bot account, not a person',
};

/**
 * A GithubProfile from GET /users/:login and GET /users/:login/repos (pass undefined when the
 * repositories were not fetched). capturedAt is when the responses were received: recency is
 * measured from it. Only public repositories are kept, the most recently pushed first when
 * there are more than LIMITS.repositories.
 */
export function profileFromApi(user: unknown, repos: unknown, capturedAt: string): ApiProfileResult {
  const parsedUser = ApiUserSchema.safeParse(user);
  if (!parsedUser.success) return { status: 'unreadable', reason: `not a GitHub user response: ${parsedUser.error.issues[0]?.message}` };
  const account = parsedUser.data;
  const type = account.type ?? 'User';
  if (type !== 'User') return { status: 'not-profile', reason: NOT_A_PERSON[type] ?? `a ${type} account, not a person` };
  const repositories = repos === undefined ? undefined : repositoriesFrom(repos, account.login);
  if (repositories && 'reason' in repositories) return { status: 'unreadable', reason: repositories.reason };
  const profile = GithubProfileSchema.safeParse(profileFields(account, repositories?.kept, capturedAt));
  if (!profile.success) return { status: 'unreadable', reason: `the response does not make a valid profile: ${profile.error.issues[0]?.message}` };
  return { status: 'profile', profile: profile.data, skippedRepositories: repositories?.skipped ?? 0 };
}

function profileFields(account: ApiUser, repositories: Repository[] | undefined, capturedAt: string): GithubProfile {
  const login = account.login;
  const twitter = text(account.twitter_username, LIMITS.shortText);
  return {
    site: 'github',
    login,
    url: httpUrl(account.html_url) ?? `https://github.com/${encodeURIComponent(login)}`,
    ...optional('name', text(account.name, LIMITS.shortText)),
    ...optional('bio', text(account.bio, LIMITS.bio)),
    ...optional('company', text(account.company, LIMITS.shortText)),
    ...optional('location', text(account.location, LIMITS.shortText)),
    ...optional('website', websiteUrl(account.blog)),
    ...optional('email', text(account.email, LIMITS.shortText)),
    socialLinks: twitter ? [{ url: `https://twitter.com/${encodeURIComponent(twitter)}`, label: `@${twitter}` }] : [],
    ...optional('followers', account.followers ?? undefined),
    ...optional('following', account.following ?? undefined),
    organizations: [],
    pinned: [],
    ...optional('repositories', repositories),
    capturedAt,
  };
}

function repositoriesFrom(repos: unknown, login: string): { kept: Repository[]; skipped: number } | { reason: string } {
  const list = ApiRepositoryListSchema.safeParse(repos);
  if (!list.success) return { reason: 'the repository list is not an array' };
  const kept: Repository[] = [];
  for (const item of list.data) {
    const repo = ApiRepositorySchema.safeParse(item);
    if (repo.success && repo.data.private !== true) kept.push(repositoryFrom(repo.data, login));
  }
  const skipped = list.data.length - kept.length;
  if (kept.length <= LIMITS.repositories) return { kept, skipped };
  const recentFirst = [...kept].sort((a, b) => (b.pushedAt ?? '').localeCompare(a.pushedAt ?? ''));
  return { kept: recentFirst.slice(0, LIMITS.repositories), skipped: skipped + kept.length - LIMITS.repositories };
}

function repositoryFrom(repo: ApiRepository, login: string): Repository {
  const owner = repo.owner?.login ?? repo.full_name?.split('/')[0] ?? login;
  const name = clip(repo.name, LIMITS.shortText);
  return {
    name,
    owner: clip(owner, LIMITS.shortText),
    url: httpUrl(repo.html_url) ?? `https://github.com/${encodeURIComponent(owner)}/${encodeURIComponent(repo.name)}`,
    ...optional('description', text(repo.description, LIMITS.bio)),
    ...optional('language', text(repo.language, LIMITS.shortText)),
    topics: (repo.topics ?? []).slice(0, LIMITS.topics).map((topic) => clip(topic, LIMITS.shortText)),
    stars: repo.stargazers_count ?? repo.watchers_count ?? repo.watchers ?? 0,
    forks: repo.forks_count ?? repo.forks ?? 0,
    isFork: repo.fork ?? false,
    archived: repo.archived ?? false,
    ...optional('pushedAt', repo.pushed_at ?? undefined),
    ...optional('sizeKb', repo.size ?? undefined),
    ...optional('createdAt', repo.created_at ?? undefined),
  };
}
