import type { ApiFailureKind } from '../../../schema/enrichment';
import { LIMITS, type Repository } from '../../../schema/profile';
import type { GitlabApiProject } from './schemas';
import { pickUser, projectToRepository, projectsOf, topLanguage } from './to-profile';
import { nextLink } from '../../http';

/**
 * A small typed client for GitLab.com's public REST API v4, unauthenticated: one request at a time,
 * every failure classified rather than thrown, and nothing sent once GitLab has said its rate limit
 * is used up (RateLimit-Remaining: 0 or a 429).
 *
 * Requests per new profile (documented in fetchGitlabProjects): the user, the project pages, one
 * archived listing when the entity does not say, and the languages of at most LANGUAGE_LOOKUPS projects.
 *
 * No ETag cache, unlike the GitHub client: GitLab counts a conditional request against the rate
 * limit like any other, so a 304 would only save bandwidth.
 */

export const GITLAB_ORIGIN = 'https://gitlab.com';
const API_BASE = `${GITLAB_ORIGIN}/api/v4`;
const PER_PAGE = 100;
/** Pages of 100 are enough for the schema's cap on repositories. */
const MAX_PAGES = Math.ceil(LIMITS.repositories / PER_PAGE);
/**
 * GitLab's project list names no language: each project's languages are one more request, so only
 * the most recently active few are asked. They carry most of the weight in the analysis (recency
 * halves a project's weight every two years); older projects still count by name, description and topics.
 */
export const LANGUAGE_LOOKUPS = 10;
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
const SERVER_RETRY_MS = 5 * 60_000;
const OFFLINE_RETRY_MS = 5 * 60_000;
/** GitLab usernames, as the page adapter reads them; anything else is not sent. */
const USERNAME = /^[a-z\d_.][a-z\d_.-]{0,254}$/i;

export type GitlabFailureKind = Extract<ApiFailureKind, 'not-found' | 'forbidden' | 'rate-limited' | 'server' | 'offline' | 'malformed'>;

/** Why GitLab gave nothing usable: `message` is a plain sentence for the panel; retryAt an ISO time. */
export interface GitlabFailure {
  kind: GitlabFailureKind;
  message: string;
  retryAt?: string;
}

export type GitlabResult<T> = { ok: true; data: T } | { ok: false; failure: GitlabFailure };

export interface GitlabClientOptions {
  /** Injectable for tests; defaults to the global fetch. */
  fetchFn?: typeof fetch;
  now?: () => Date;
  /** How many projects' languages to read; LANGUAGE_LOOKUPS unless said. */
  languageLookups?: number;
  signal?: AbortSignal;
}

export interface GitlabUserRef {
  id: number;
  username: string;
  webUrl?: string;
  /** "active", "blocked", … as GitLab says. */
  state?: string;
}

export type GitlabMissingPart = 'archived flags' | 'languages';

export interface GitlabProjectsData {
  user: GitlabUserRef;
  /** Public projects in the user's namespace, most recently active first, at most LIMITS.repositories. */
  repositories: Repository[];
  /** True when the user has more projects than were read. */
  repositoriesAtLimit: boolean;
  /** Projects whose languages GitLab answered for (a project without a repository counts, with no language). */
  languageLookups: number;
  /** Set when a later step failed: the projects were read, these parts were not. */
  incomplete?: { missing: GitlabMissingPart[]; failure: GitlabFailure };
  /** ISO time the answers were received. */
  fetchedAt: string;
}

/**
 * Reads a GitLab user's projects: GET /users?username=<u> (the exact username is picked from the
 * answer), then GET /users/:id/projects?per_page=100&order_by=last_activity_at page by page (up to
 * LIMITS.repositories), then, only when the answer's project entity has no `archived` field (it has
 * none for unauthenticated requests), the same list with archived=true to flag archived projects,
 * and GET /projects/:id/languages for the LANGUAGE_LOOKUPS most recently active original projects.
 *
 * Requests: 1 + ⌈projects/100⌉ (≤3) + 0 or ⌈archived/100⌉ (≤3) + min(projects, 10).
 * A user with 25 projects costs 1 + 1 + 1 + 10 = 13. Never throws.
 */
export async function fetchGitlabProjects(username: string, options: GitlabClientOptions = {}): Promise<GitlabResult<GitlabProjectsData>> {
  const session = new Session(options);
  const user = await findUser(session, username);
  if (!user.ok) return user;
  const listed = await listProjects(session, user.data.id, {});
  if (!listed.ok) return listed;
  const { projects, atLimit } = listed.data;
  let incomplete: GitlabProjectsData['incomplete'];

  let archivedIds: ReadonlySet<number> | undefined;
  if (projects.some((project) => project.archived == null)) {
    const archived = await listProjects(session, user.data.id, { archived: 'true' });
    if (archived.ok) archivedIds = new Set(archived.data.projects.map((project) => project.id));
    else incomplete = { missing: ['archived flags'], failure: archived.failure };
  }

  const mapped = projects.flatMap((project) => {
    const repository = projectToRepository(project, { archived: archivedIds?.has(project.id) });
    return repository ? [{ id: project.id, repository }] : [];
  });

  let languageLookups = 0;
  for (const item of languageCandidates(mapped, options.languageLookups ?? LANGUAGE_LOOKUPS)) {
    const answer = await session.get(`${API_BASE}/projects/${item.id}/languages`);
    if (answer.ok || answer.failure.kind === 'not-found' || answer.failure.kind === 'forbidden') languageLookups++;
    if (answer.ok) {
      const language = topLanguage(answer.body);
      if (language) item.repository = { ...item.repository, language };
    } else if (answer.failure.kind !== 'not-found' && answer.failure.kind !== 'forbidden') {
      // A project without a repository answers 404 or 403: it simply has no language. Anything else stops the lookups.
      incomplete = { missing: [...(incomplete?.missing ?? []), 'languages'], failure: incomplete?.failure ?? answer.failure };
      break;
    }
  }

  return {
    ok: true,
    data: {
      user: user.data,
      repositories: mapped.map((item) => item.repository),
      repositoriesAtLimit: atLimit,
      languageLookups,
      ...(incomplete ? { incomplete } : {}),
      fetchedAt: session.now().toISOString(),
    },
  };
}

/** The most recently active projects that are neither forks nor archived, then the others, in list order. */
function languageCandidates<T extends { repository: Repository }>(items: readonly T[], count: number): T[] {
  const rank = ({ repository }: T) => (repository.isFork ? 2 : 0) + (repository.archived ? 1 : 0);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map(({ item }) => item);
}

async function findUser(session: Session, username: string): Promise<GitlabResult<GitlabUserRef>> {
  if (!USERNAME.test(username)) return failed('not-found', `“${username.slice(0, 100)}” is not a GitLab username.`);
  const answer = await session.get(`${API_BASE}/users?${new URLSearchParams({ username })}`);
  if (!answer.ok) {
    if (answer.failure.kind === 'not-found') return failed('not-found', `GitLab has no user named “${username}”.`);
    return answer;
  }
  const user = pickUser(answer.body, username);
  if (user === 'malformed') return failed('malformed', 'GitLab’s answer about the user was not a list of users.');
  if (!user) return failed('not-found', `GitLab has no user named “${username}”.`);
  return {
    ok: true,
    data: {
      id: user.id,
      username: user.username,
      ...(user.web_url ? { webUrl: user.web_url } : {}),
      ...(user.state ? { state: user.state } : {}),
    },
  };
}

interface ProjectList {
  projects: GitlabApiProject[];
  atLimit: boolean;
}

/** GET /users/:id/projects, following x-next-page (or Link rel="next") up to LIMITS.repositories. */
async function listProjects(session: Session, userId: number, filter: Record<string, string>): Promise<GitlabResult<ProjectList>> {
  const query = new URLSearchParams({ per_page: String(PER_PAGE), order_by: 'last_activity_at', sort: 'desc', ...filter });
  let url: string | undefined = `${API_BASE}/users/${userId}/projects?${query}`;
  const projects: GitlabApiProject[] = [];
  let more = false;
  for (let page = 1; url && page <= MAX_PAGES; page++) {
    const answer = await session.get(url);
    if (!answer.ok) {
      if (answer.failure.kind === 'not-found') return failed('not-found', 'GitLab could not find this user’s projects.');
      return answer;
    }
    const read = projectsOf(answer.body);
    if (!read) return failed('malformed', 'GitLab’s answer about the projects was not a list of projects.');
    projects.push(...read.projects);
    url = nextPage(answer.headers, url, page, userId);
    more = url !== undefined;
    if (projects.length >= LIMITS.repositories) break;
  }
  return { ok: true, data: { projects: projects.slice(0, LIMITS.repositories), atLimit: more || projects.length > LIMITS.repositories } };
}

/**
 * The next page's address: GitLab's x-next-page header (empty on the last page) on our own URL, or
 * the Link header's rel="next" when x-next-page is absent, followed only to the same project list.
 */
export function nextPage(headers: Headers, current: string, page: number, userId: number): string | undefined {
  const header = headers.get('x-next-page');
  if (header !== null) {
    const next = Number(header.trim());
    if (!header.trim() || !Number.isSafeInteger(next) || next <= page) return undefined;
    const url = new URL(current);
    url.searchParams.set('page', String(next));
    return url.href;
  }
  const link = nextLink(headers.get('link'));
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.origin === GITLAB_ORIGIN && url.pathname === `/api/v4/users/${userId}/projects` ? url.href : undefined;
  } catch {
    return undefined;
  }
}


// ---- one request ---------------------------------------------------------------------

type Answer = { ok: true; body: unknown; headers: Headers } | { ok: false; failure: GitlabFailure };

/** The requests of one fetchGitlabProjects call: sent one at a time, none after GitLab says the limit is used up. */
class Session {
  readonly now: () => Date;
  private readonly fetchFn: typeof fetch;
  private blockedUntil: string | undefined;

  constructor(private readonly options: GitlabClientOptions) {
    this.now = options.now ?? (() => new Date());
    this.fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  }

  async get(url: string): Promise<Answer> {
    if (this.blockedUntil && Date.parse(this.blockedUntil) > this.now().getTime()) {
      return failed('rate-limited', 'GitLab’s rate limit is used up; try again later.', this.blockedUntil);
    }
    let response: Response;
    try {
      // credentials 'omit': never send the recruiter's own gitlab.com session; these are anonymous reads.
      response = await this.fetchFn(url, { headers: { Accept: 'application/json' }, credentials: 'omit', signal: this.options.signal });
    } catch {
      return failed('offline', 'GitLab could not be reached; check the connection.', this.later(OFFLINE_RETRY_MS));
    }
    if (response.headers.get('ratelimit-remaining')?.trim() === '0') this.blockedUntil = this.resetTime(response.headers);
    return this.interpret(response);
  }

  private async interpret(response: Response): Promise<Answer> {
    const { status } = response;
    if (status >= 200 && status < 300) {
      try {
        return { ok: true, body: await response.json(), headers: response.headers };
      } catch {
        return failed('malformed', 'GitLab’s answer was not valid JSON.', this.later(SERVER_RETRY_MS));
      }
    }
    if (status === 404 || status === 410) return failed('not-found', `GitLab found nothing there (HTTP ${status}).`);
    if (status === 401 || status === 403) return failed('forbidden', `GitLab refused the request (HTTP ${status}).`);
    if (status === 429) {
      this.blockedUntil = this.retryTime(response.headers);
      return failed('rate-limited', 'GitLab asked to slow down (too many requests); try again later.', this.blockedUntil);
    }
    if (status >= 500) return failed('server', `GitLab had a server error (HTTP ${status}); try again later.`, this.later(SERVER_RETRY_MS));
    return failed('malformed', `GitLab did not accept the request (HTTP ${status}).`);
  }

  /** Retry-After (seconds or an HTTP date), else the RateLimit reset, else a minute. */
  private retryTime(headers: Headers): string {
    const retryAfter = headers.get('retry-after')?.trim();
    if (retryAfter) {
      const seconds = Number(retryAfter);
      if (Number.isFinite(seconds) && seconds >= 0) return this.later(seconds * 1000);
      const date = Date.parse(retryAfter);
      if (!Number.isNaN(date)) return new Date(date).toISOString();
    }
    return this.resetTime(headers);
  }

  /** RateLimit-Reset (Unix seconds) or RateLimit-ResetTime (an HTTP date), else a minute from now. */
  private resetTime(headers: Headers): string {
    const reset = Number(headers.get('ratelimit-reset'));
    if (headers.get('ratelimit-reset') && Number.isFinite(reset) && reset > 0) return new Date(reset * 1000).toISOString();
    const resetTime = Date.parse(headers.get('ratelimit-resettime') ?? '');
    if (!Number.isNaN(resetTime)) return new Date(resetTime).toISOString();
    return this.later(DEFAULT_RATE_LIMIT_WAIT_MS);
  }

  private later(ms: number): string {
    return new Date(this.now().getTime() + ms).toISOString();
  }
}

function failed(kind: GitlabFailureKind, message: string, retryAt?: string): { ok: false; failure: GitlabFailure } {
  return { ok: false, failure: { kind, message, ...(retryAt ? { retryAt } : {}) } };
}
