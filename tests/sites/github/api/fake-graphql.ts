import { readFileSync } from 'node:fs';
import type { FakeAnswer, FakeRequest } from './fake-github';

/**
 * GraphQL answers for FakeGithub. The fixtures (tests/fixtures/github/graphql-*.json) are
 * hand-made in the shape of GitHub's GraphQL API, not recorded; each says so in "_comment".
 */

/** Fixtures are edited freely in tests, so they are untyped. */
export type Json = any;

export const graphqlFixture = (name: 'profile' | 'organization' | 'not-found' | 'rate-limited'): Json =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/github/graphql-${name}.json`, import.meta.url), 'utf8'));

export interface GraphqlVariables {
  login: string;
  after?: string;
}

export const isGraphql = (url: URL, request: FakeRequest): boolean => url.pathname === '/graphql' && request.method === 'POST';

export const variablesOf = (request: { body?: unknown }): GraphqlVariables => (request.body as { variables: GraphqlVariables }).variables;

/** The profile fixture with `count` repositories, answered 100 at a time with cursors, as GitHub pages a connection. */
export function pagedProfile(count: number): (variables: GraphqlVariables) => FakeAnswer {
  const all = Array.from({ length: count }, (_, i) => repositoryNode(`repo-${String(i).padStart(3, '0')}`, i));
  return ({ after }) => {
    const start = after === undefined ? 0 : Number(after.replace('cursor-', ''));
    const page = { pageInfo: { hasNextPage: start + 100 < count, endCursor: `cursor-${start + 100}` }, nodes: all.slice(start, start + 100) };
    if (after !== undefined) return { body: { data: { repositoryOwner: { login: 'gopher-jane', repositories: page } } } };
    const profile = graphqlFixture('profile');
    profile.data.repositoryOwner.repositories = page;
    return { body: profile };
  };
}

function repositoryNode(name: string, age: number): Json {
  const pushedAt = new Date(Date.parse('2026-02-01T00:00:00Z') - age * 86_400_000).toISOString();
  return {
    name,
    nameWithOwner: `gopher-jane/${name}`,
    owner: { login: 'gopher-jane' },
    url: `https://github.com/gopher-jane/${name}`,
    isFork: false,
    isPrivate: false,
    primaryLanguage: { name: 'Go' },
    stargazerCount: 1,
    forkCount: 0,
    diskUsage: 10,
    pushedAt,
    createdAt: '2020-01-01T00:00:00Z',
    languages: { edges: [{ size: 1000, node: { name: 'Go' } }] },
    releases: { totalCount: 0 },
  };
}
