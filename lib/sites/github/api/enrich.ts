import { type GithubProfile, LIMITS, type MergedPullRequests, type Organization, type Repository, type RepositoryContribution } from '../../../schema/profile';
import type { ApiFailure, Enrichment, EnrichmentPart, EnrichmentPath } from '../../../schema/enrichment';
import type { GithubClient } from './client';
import { ApiOrganizationSchema, ApiSearchIssueSchema, ApiSearchIssuesSchema } from './schemas';
import { type ApiProfileResult, profileFromApi } from './to-profile';

/** 3 × 100 = LIMITS.repositories: the most recently pushed first, so the cut keeps what matters for recency. */
export const MAX_REPOSITORY_PAGES = 3;
const GITHUB = 'https://github.com';

export interface EnrichmentData {
  /** The profile as the API shows it (name, bio, company, blog, followers, repositories): what "capture all" stores when no page was read. */
  profile: GithubProfile;
  repositories: Repository[];
  repositoriesAtLimit: boolean;
  /** Absent when that part could not be read this time. */
  organizations?: Organization[];
  mergedPullRequests?: MergedPullRequests[];
  mergedPullRequestsTotal?: number;
  /** GraphQL only. */
  contributionsByRepository?: RepositoryContribution[];
  via: EnrichmentPath;
}

export type EnrichmentResult =
  | { ok: true; data: EnrichmentData; partial?: { failure: ApiFailure; missing: EnrichmentPart[] } }
  /** `via` says which parts were tried; absent for REST. */
  | { ok: false; failure: ApiFailure; via?: EnrichmentPath };

/**
 * Everything the REST API adds for one login: the user (to confirm it is this person), their
 * repositories (paginated, capped), public organizations and merged pull requests to other
 * people's repositories. The user and repositories are required; the other two may fail alone.
 * New profile: 3 core requests (+1 per extra 100 repositories) and 1 search request.
 */
export async function fetchEnrichment(client: GithubClient, login: string, now: Date): Promise<EnrichmentResult> {
  const user = await client.get(`/users/${encodeURIComponent(login)}`);
  if (!user.ok) return user;
  const repos = await fetchRepositories(client, login);
  if (!repos.ok) return repos;

  const profile = personFor(profileFromApi(user.body, repos.items, now.toISOString()), login);
  if (!profile.ok) return profile;
  const data: EnrichmentData = { profile: profile.value, repositories: profile.value.repositories ?? [], repositoriesAtLimit: repos.atLimit, via: 'rest' };
  const failures: { failure: ApiFailure; part: EnrichmentPart }[] = [];

  const organizations = await fetchOrganizations(client, login);
  if (organizations.ok) data.organizations = organizations.value;
  else failures.push({ failure: organizations.failure, part: 'organizations' });

  const pulls = await fetchMergedPullRequests(client, login);
  if (pulls.ok) Object.assign(data, pulls.value);
  else failures.push({ failure: pulls.failure, part: 'merged pull requests' });

  const [first] = failures;
  return first ? { ok: true, data, partial: { failure: first.failure, missing: failures.map((f) => f.part) } } : { ok: true, data };
}

export type Part<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/** The profile when the API described this person: an organization, a bot or someone else (a renamed login) is a failure. */
export function personFor(result: ApiProfileResult, login: string): Part<GithubProfile> {
  if (result.status !== 'profile') return { ok: false, failure: { kind: result.status === 'not-profile' ? 'not-found' : 'malformed', detail: result.reason } };
  if (result.profile.login.toLowerCase() !== login.toLowerCase()) {
    return { ok: false, failure: { kind: 'malformed', detail: `the API answered for @${result.profile.login}` } };
  }
  return { ok: true, value: result.profile };
}

async function fetchRepositories(client: GithubClient, login: string): Promise<{ ok: true; items: unknown[]; atLimit: boolean } | { ok: false; failure: ApiFailure }> {
  const items: unknown[] = [];
  let next: string | undefined = `/users/${encodeURIComponent(login)}/repos?type=owner&sort=pushed&per_page=100`;
  for (let page = 0; next && page < MAX_REPOSITORY_PAGES; page++) {
    const response = await client.get(next);
    if (!response.ok) return response;
    if (!Array.isArray(response.body)) return { ok: false, failure: { kind: 'malformed', detail: 'the repository list is not a list' } };
    items.push(...response.body);
    next = response.next;
  }
  return { ok: true, items, atLimit: next !== undefined };
}

async function fetchOrganizations(client: GithubClient, login: string): Promise<Part<Organization[]>> {
  const response = await client.get(`/users/${encodeURIComponent(login)}/orgs?per_page=100`);
  if (!response.ok) return response;
  if (!Array.isArray(response.body)) return { ok: false, failure: { kind: 'malformed', detail: 'the organization list is not a list' } };
  return { ok: true, value: organizationsFromApi(response.body) };
}

export function organizationsFromApi(items: unknown[]): Organization[] {
  return items
    .flatMap((item) => {
      const org = ApiOrganizationSchema.safeParse(item);
      return org.success && org.data.login.length <= LIMITS.shortText ? [{ login: org.data.login, url: `${GITHUB}/${encodeURIComponent(org.data.login)}` }] : [];
    })
    .slice(0, LIMITS.organizations);
}

async function fetchMergedPullRequests(client: GithubClient, login: string): Promise<Part<Pick<EnrichmentData, 'mergedPullRequests' | 'mergedPullRequestsTotal'>>> {
  const query = `author:${login} type:pr is:merged -user:${login}`;
  const response = await client.get(`/search/issues?q=${encodeURIComponent(query)}&sort=updated&per_page=100`);
  if (!response.ok) return response;
  const parsed = ApiSearchIssuesSchema.safeParse(response.body);
  if (!parsed.success) return { ok: false, failure: { kind: 'malformed', detail: 'the search response has no items' } };
  return { ok: true, value: { mergedPullRequests: groupMergedPullRequests(parsed.data.items, login), mergedPullRequestsTotal: parsed.data.total_count } };
}

/** One merged pull request, wherever it was read (a REST search item, a GraphQL node). */
export interface MergedPull {
  owner: string;
  /** "owner/name". */
  fullName: string;
  mergedAt?: string;
}

/** Search results grouped by repository, most merged first; the person's own repositories are left out. */
export function groupMergedPullRequests(items: unknown[], login: string): MergedPullRequests[] {
  return groupMergedPulls(items.flatMap((item) => mergedPullFromSearch(item) ?? []), login);
}

function mergedPullFromSearch(item: unknown): MergedPull | undefined {
  const issue = ApiSearchIssueSchema.safeParse(item);
  if (!issue.success || !issue.data.pull_request) return undefined;
  const repo = repoFromApiUrl(issue.data.repository_url);
  return repo && { ...repo, mergedAt: issue.data.pull_request.merged_at ?? issue.data.closed_at ?? undefined };
}

/** Merged pull requests grouped by repository, most merged first; the person's own repositories and over-long names are left out. */
export function groupMergedPulls(pulls: MergedPull[], login: string): MergedPullRequests[] {
  const byRepo = new Map<string, MergedPullRequests>();
  for (const { owner, fullName, mergedAt } of pulls) {
    if (owner.toLowerCase() === login.toLowerCase() || fullName.length > LIMITS.shortText) continue;
    const key = fullName.toLowerCase();
    const group = byRepo.get(key) ?? { repo: fullName, url: mergedPullsUrl(fullName, login), count: 0 };
    group.count += 1;
    if (mergedAt && (!group.latestMergedAt || mergedAt > group.latestMergedAt)) group.latestMergedAt = mergedAt;
    byRepo.set(key, group);
  }
  return [...byRepo.values()]
    .sort((a, b) => b.count - a.count || (b.latestMergedAt ?? '').localeCompare(a.latestMergedAt ?? '') || a.repo.localeCompare(b.repo))
    .slice(0, LIMITS.pullRequestRepositories);
}

const REPO_API_PATH = /^\/repos\/([^/]+)\/([^/]+)$/;

function repoFromApiUrl(value: string): { owner: string; fullName: string } | undefined {
  try {
    const url = new URL(value);
    const match = url.pathname.match(REPO_API_PATH);
    if (url.origin !== 'https://api.github.com' || !match) return undefined;
    const [owner, name] = [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
    return { owner, fullName: `${owner}/${name}` };
  } catch {
    return undefined;
  }
}

function mergedPullsUrl(fullName: string, login: string): string {
  const [owner, name] = fullName.split('/') as [string, string];
  return `${GITHUB}/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/pulls?q=${encodeURIComponent(`is:pr is:merged author:${login}`)}`;
}

/** The page capture with the stored API data added: the page's own fields win, organizations are joined. */
export function withEnrichment(profile: GithubProfile, enrichment: Enrichment | undefined): GithubProfile {
  if (!enrichment) return profile;
  const merged = { ...profile };
  if (enrichment.repositories) merged.repositories = enrichment.repositories;
  if (enrichment.mergedPullRequests) merged.mergedPullRequests = enrichment.mergedPullRequests;
  if (enrichment.contributionsByRepository) merged.contributionsByRepository = enrichment.contributionsByRepository;
  if (enrichment.organizations) merged.organizations = joinOrganizations(profile.organizations, enrichment.organizations);
  return merged;
}

function joinOrganizations(fromPage: Organization[], fromApi: Organization[]): Organization[] {
  const seen = new Set(fromPage.map((org) => org.login.toLowerCase()));
  const added = fromApi.filter((org) => !seen.has(org.login.toLowerCase()));
  return [...fromPage, ...added].slice(0, LIMITS.organizations);
}
