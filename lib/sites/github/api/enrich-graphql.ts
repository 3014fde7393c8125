import { ENRICHMENT_TTL_MS, type ApiFailure, type EnrichmentPart } from '../../../schema/enrichment';
import { LIMITS, type Repository, type RepositoryContribution, RepositoryContributionSchema, type RepositoryLanguage, RepositorySchema } from '../../../schema/profile';
import { API_ORIGIN, type GithubClient } from './client';
import { type EnrichmentData, type EnrichmentResult, groupMergedPulls, MAX_REPOSITORY_PAGES, type Part, organizationsFromApi, personFor } from './enrich';
import { PROFILE_QUERY, QUERY_VERSION, REPOSITORY_PAGE_QUERY } from './graphql-query';
import {
  failureOfErrors,
  type GqlContribution,
  GqlContributionSchema,
  type GqlExaminedRepository,
  type GqlOwner,
  GqlOwnerSchema,
  type GqlRepository,
  type GqlRepositoryPage,
  type GraphqlError,
  GraphqlEnvelopeSchema,
} from './graphql-schemas';
import { repositoryFiles } from './repository-files';
import { clip, httpUrl, optional, text } from '../../api-fields';
import { profileFromApi } from './to-profile';

export interface GraphqlEnrichOptions {
  /** The panel's Refresh: ask GitHub even when the cached answer is younger than the TTL. */
  refresh?: boolean;
}

/**
 * The token path: one GraphQL query per person (+1 per further 100 repositories, at most
 * MAX_REPOSITORY_PAGES in all) instead of REST's user, repositories, organizations and search
 * requests, adding languages with bytes, releases, files at HEAD and last year's commits by
 * repository. The profile is made by the REST mapping (profileFromApi) from the same fields under
 * their REST names, so both paths refuse the same accounts and keep the same repositories.
 */
export async function fetchEnrichmentGraphql(client: GithubClient, login: string, now: Date, options: GraphqlEnrichOptions = {}): Promise<EnrichmentResult> {
  const maxAgeMs = options.refresh ? 0 : ENRICHMENT_TTL_MS;
  const answer = await client.graphql(PROFILE_QUERY, { login }, { key: graphqlCacheKey(login), maxAgeMs });
  if (!answer.ok) return { ...answer, via: 'graphql' };
  const read = ownerOf(answer.body);
  if (!read.ok) return { ...read, via: 'graphql' };
  const { owner, errors } = read.value;

  const pages = await repositoryPages(client, login, owner.repositories, maxAgeMs);
  if (!pages.ok) return { ...pages, via: 'graphql' };
  const person = personFor(profileFromApi(restUserOf(owner), pages.value.nodes.map(restRepositoryOf), now.toISOString()), login);
  if (!person.ok) return { ...person, via: 'graphql' }; // an organization is refused here: it has no repository list in the answer
  if (!owner.repositories) return { ok: false, failure: { kind: 'malformed', detail: 'the GraphQL answer has no repository list' }, via: 'graphql' };

  const repositories = withDetails(person.value.repositories ?? [], pages.value.nodes, owner.examined?.nodes ?? []);
  const parts = optionalParts(owner, login, errors);
  const data: EnrichmentData = { profile: { ...person.value, repositories }, repositories, repositoriesAtLimit: pages.value.atLimit, via: 'graphql', ...parts.value };
  if (data.contributionsByRepository) data.profile.contributionsByRepository = data.contributionsByRepository;
  return parts.partial ? { ok: true, data, partial: parts.partial } : { ok: true, data };
}

/**
 * Where an answer is cached: shaped like the REST user URL (`…/users/<login>`) so "Forget this
 * person", which erases cached answers by that pattern, erases these too.
 */
export function graphqlCacheKey(login: string, after?: string): string {
  const base = `${API_ORIGIN}/graphql/${QUERY_VERSION}/users/${encodeURIComponent(login.toLowerCase())}`;
  return after === undefined ? base : `${base}?after=${encodeURIComponent(after)}`;
}

/** The owner and any errors that came with it; no owner is an unknown login (or a failure the errors name). */
function ownerOf(body: unknown): Part<{ owner: GqlOwner; errors: GraphqlError[] }> {
  const envelope = GraphqlEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, failure: { kind: 'malformed', detail: 'the GraphQL answer is not an object' } };
  const { data, errors } = envelope.data;
  const raw = data?.repositoryOwner;
  if (raw === null || raw === undefined) {
    return { ok: false, failure: errors.length ? failureOfErrors(errors) : { kind: 'not-found', detail: 'GitHub knows no user by this login' } };
  }
  const owner = GqlOwnerSchema.safeParse(raw);
  if (!owner.success) return { ok: false, failure: { kind: 'malformed', detail: 'the GraphQL answer has no readable user' } };
  return { ok: true, value: { owner: owner.data, errors } };
}

/** The first page and the pages after it, up to the cap; no first page (an organization) is no repositories. */
async function repositoryPages(client: GithubClient, login: string, first: GqlRepositoryPage | null | undefined, maxAgeMs: number): Promise<Part<{ nodes: GqlRepository[]; atLimit: boolean }>> {
  if (!first) return { ok: true, value: { nodes: [], atLimit: false } };
  const nodes = [...first.nodes];
  let page = first;
  for (let read = 1; nextCursor(page) !== undefined && read < MAX_REPOSITORY_PAGES; read++) {
    const after = nextCursor(page)!;
    const response = await client.graphql(REPOSITORY_PAGE_QUERY, { login, after }, { key: graphqlCacheKey(login, after), maxAgeMs });
    if (!response.ok) return response;
    const later = ownerOf(response.body);
    if (!later.ok) return later;
    const next = later.value.owner.repositories;
    if (!next) return { ok: false, failure: { kind: 'malformed', detail: 'a further page of repositories could not be read' } };
    nodes.push(...next.nodes);
    page = next;
  }
  return { ok: true, value: { nodes, atLimit: nextCursor(page) !== undefined } };
}

const nextCursor = (page: GqlRepositoryPage): string | undefined => (page.pageInfo?.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined);

/** GraphQL's names for what GET /users/:login answers, for profileFromApi. */
function restUserOf(owner: GqlOwner): Record<string, unknown> {
  return {
    login: owner.login,
    type: owner.__typename,
    html_url: owner.url,
    name: owner.name,
    company: owner.company,
    blog: owner.websiteUrl,
    location: owner.location,
    email: owner.email,
    bio: owner.bio,
    twitter_username: owner.twitterUsername,
    followers: owner.followers?.totalCount,
    following: owner.following?.totalCount,
  };
}

/** GraphQL's names for one item of GET /users/:login/repos. */
function restRepositoryOf(node: GqlRepository): Record<string, unknown> {
  return {
    name: node.name,
    full_name: node.nameWithOwner,
    owner: node.owner,
    html_url: node.url,
    description: node.description,
    fork: node.isFork,
    archived: node.isArchived,
    private: node.isPrivate,
    language: node.primaryLanguage?.name,
    topics: node.repositoryTopics?.nodes.map((each) => each.topic.name),
    stargazers_count: node.stargazerCount,
    forks_count: node.forkCount,
    size: node.diskUsage,
    pushed_at: node.pushedAt,
    created_at: node.createdAt,
  };
}

/** Languages, releases and files added to the repositories profileFromApi kept; a repository whose additions do not validate stays as it was. */
function withDetails(repositories: Repository[], nodes: GqlRepository[], examined: GqlExaminedRepository[]): Repository[] {
  const nodeByName = new Map(nodes.map((node) => [node.name.toLowerCase(), node]));
  const examinedByName = new Map(examined.map((each) => [each.name.toLowerCase(), each]));
  return repositories.map((repository) => {
    const name = repository.name.toLowerCase();
    const detailed = RepositorySchema.safeParse({ ...repository, ...detailsOf(nodeByName.get(name), examinedByName.get(name)) });
    return detailed.success ? detailed.data : repository;
  });
}

function detailsOf(node: GqlRepository | undefined, examined: GqlExaminedRepository | undefined): Partial<Repository> {
  return {
    ...optional('languages', node?.languages ? languagesOf(node.languages.edges) : undefined),
    ...optional('releases', node?.releases?.totalCount),
    ...optional('files', examined && repositoryFiles(examined)),
  };
}

function languagesOf(edges: { size: number; node: { name: string } }[]): RepositoryLanguage[] {
  return edges
    .map((edge) => ({ name: clip(edge.node.name, LIMITS.shortText), bytes: edge.size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, LIMITS.repositoryLanguages);
}

/** Organizations, merged pull requests and contributions; any that is missing (or unreadable) is named, the rest kept. */
function optionalParts(owner: GqlOwner, login: string, errors: GraphqlError[]): { value: Partial<EnrichmentData>; partial?: { failure: ApiFailure; missing: EnrichmentPart[] } } {
  const value: Partial<EnrichmentData> = {};
  const missing: EnrichmentPart[] = [];
  if (owner.organizations) value.organizations = organizationsFromApi(owner.organizations.nodes);
  else missing.push('organizations');
  if (owner.pullRequests) Object.assign(value, mergedPullRequestsOf(owner.pullRequests, login));
  else missing.push('merged pull requests');
  if (owner.contributionsCollection) value.contributionsByRepository = contributionsOf(owner.contributionsCollection.commitContributionsByRepository, login);
  else missing.push('contributions by repository');
  if (!missing.length) return { value };
  const failure = errors.length ? failureOfErrors(errors) : { kind: 'malformed' as const, detail: `the GraphQL answer lacks ${missing.join(', ')}` };
  return { value, partial: { failure, missing } };
}

/**
 * The person's merged pull requests, most recent first, grouped like REST's search results. Their
 * own repositories are left out by the grouping; a private repository the token can see is never kept.
 */
function mergedPullRequestsOf(pullRequests: NonNullable<GqlOwner['pullRequests']>, login: string): Pick<EnrichmentData, 'mergedPullRequests' | 'mergedPullRequestsTotal'> {
  const pulls = pullRequests.nodes.flatMap(({ mergedAt, repository }) =>
    repository.isPrivate ? [] : [{ owner: repository.owner?.login ?? repository.nameWithOwner.split('/')[0]!, fullName: repository.nameWithOwner, mergedAt: mergedAt ?? undefined }],
  );
  const mergedPullRequests = groupMergedPulls(pulls, login);
  // GraphQL's total counts the person's own repositories too: only a complete read gives the number for others'.
  const readAll = typeof pullRequests.totalCount === 'number' && pullRequests.totalCount <= pullRequests.nodes.length;
  return { mergedPullRequests, ...optional('mergedPullRequestsTotal', readAll ? mergedPullRequests.reduce((sum, group) => sum + group.count, 0) : undefined) };
}

/** Last year's commits by repository, as GitHub orders them; a private repository the token can see is never kept. */
function contributionsOf(items: unknown[], login: string): RepositoryContribution[] {
  return items
    .flatMap((item) => {
      const parsed = GqlContributionSchema.safeParse(item);
      if (!parsed.success || parsed.data.repository.isPrivate) return [];
      const contribution = RepositoryContributionSchema.safeParse(contributionFields(parsed.data, login));
      return contribution.success ? [contribution.data] : [];
    })
    .slice(0, LIMITS.pullRequestRepositories);
}

function contributionFields({ repository, contributions }: GqlContribution, login: string): unknown {
  const owner = repository.owner?.login ?? repository.nameWithOwner.split('/')[0] ?? '';
  return {
    repo: repository.nameWithOwner,
    url: httpUrl(repository.url) ?? `https://github.com/${repository.nameWithOwner}`,
    commits: contributions.totalCount,
    othersRepository: owner.toLowerCase() !== login.toLowerCase(),
    ...optional('language', text(repository.primaryLanguage?.name, LIMITS.shortText)),
    ...optional('description', text(repository.description, LIMITS.bio)),
    topics: (repository.repositoryTopics?.nodes ?? []).slice(0, LIMITS.topics).map((each) => clip(each.topic.name, LIMITS.shortText)),
    stars: repository.stargazerCount ?? 0,
  };
}
