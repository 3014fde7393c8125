import { LIMITS } from '../../../schema/profile';

/**
 * Files are read at HEAD for this many repositories only: the most recently pushed originals.
 * Recency is what the scorer weighs; a fork holds someone else's files, so it would claim work
 * that is not the person's. GraphQL cannot order by size, so "most code" is left to the scorer
 * (it has every repository's languages with bytes); 20 keeps the answer small and fast.
 */
export const EXAMINED_REPOSITORIES = 20;
const REPOSITORIES_PER_PAGE = 100;

const REPOSITORY_LIST_ARGS = `ownerAffiliations: OWNER, privacy: PUBLIC, orderBy: { field: PUSHED_AT, direction: DESC }`;

const FRAGMENTS = `
fragment RepositoryFields on Repository {
  name nameWithOwner owner { login } url description isFork isArchived isPrivate
  primaryLanguage { name }
  repositoryTopics(first: ${LIMITS.topics}) { nodes { topic { name } } }
  stargazerCount forkCount diskUsage pushedAt createdAt
  languages(first: ${LIMITS.repositoryLanguages}, orderBy: { field: SIZE, direction: DESC }) { edges { size node { name } } }
  releases { totalCount }
}
fragment RepositoryPage on RepositoryConnection {
  pageInfo { hasNextPage endCursor }
  nodes { ...RepositoryFields }
}`;

/**
 * Everything for one person in one query: profile, the first 100 repositories (with languages
 * and releases), the files of the most recent originals, organizations, merged pull requests
 * and last year's commits by repository. `repositoryOwner` rather than `user` so an
 * organization is recognised and refused like REST's "type": "Organization".
 *
 * Cost, by GitHub's rule (one request per connection per parent, at its `first`, summed, / 100):
 * about 1 + 100 × 3 (topics, languages, releases per repository) + 100 × 2 (topics and commits
 * per contributed repository) + 5 ≈ 5 points of the 5,000 an hour; about 4,300 nodes of the 500,000
 * allowed. A further page of 100 repositories costs about 3 points.
 */
export const PROFILE_QUERY = `query Profile($login: String!) {
  repositoryOwner(login: $login) {
    __typename
    login
    ... on User {
      url name bio company location email websiteUrl twitterUsername
      followers { totalCount }
      following { totalCount }
      repositories(first: ${REPOSITORIES_PER_PAGE}, ${REPOSITORY_LIST_ARGS}) { ...RepositoryPage }
      examined: repositories(first: ${EXAMINED_REPOSITORIES}, isFork: false, ${REPOSITORY_LIST_ARGS}) {
        nodes {
          name
          root: object(expression: "HEAD:") { ... on Tree { entries { name type } } }
          workflows: object(expression: "HEAD:.github/workflows") { ... on Tree { entries { name type } } }
          goMod: object(expression: "HEAD:go.mod") { ... on Blob { text } }
        }
      }
      organizations(first: 100) { nodes { login url } }
      pullRequests(states: MERGED, first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
        totalCount
        nodes { mergedAt repository { nameWithOwner isPrivate owner { login } } }
      }
      contributionsCollection {
        commitContributionsByRepository(maxRepositories: 100) {
          repository {
            nameWithOwner url isPrivate owner { login } primaryLanguage { name } description stargazerCount
            repositoryTopics(first: 10) { nodes { topic { name } } }
          }
          contributions { totalCount }
        }
      }
    }
  }
}
${FRAGMENTS}`;

/** Repositories after the first 100, same fields; only for people with more. */
export const REPOSITORY_PAGE_QUERY = `query RepositoryPage($login: String!, $after: String!) {
  repositoryOwner(login: $login) {
    login
    ... on User { repositories(first: ${REPOSITORIES_PER_PAGE}, after: $after, ${REPOSITORY_LIST_ARGS}) { ...RepositoryPage } }
  }
}
${FRAGMENTS}`;

/** Changes whenever a query's text does, so a cached answer to an older query is never read as this one's. */
export const QUERY_VERSION = fnv1a(PROFILE_QUERY + REPOSITORY_PAGE_QUERY);

/** 32-bit FNV-1a, as 8 hex digits: short, stable, no crypto needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
