/**
 * The GitLab REST API client.
 *
 * NOTE: the JSON in tests/fixtures/gitlab/api-*.json is HAND-WRITTEN from GitLab's DOCUMENTED response
 * shapes (REST API v4: GET /users?username=, GET /users/:id/projects in its full entity and in the
 * "simple" entity GitLab sends to unauthenticated requests, GET /projects/:id/languages), NOT recorded
 * from gitlab.com. The people and projects are invented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RepositorySchema } from '@/lib/schema/profile';
import { LIMITS } from '@/lib/schema/limits';
import { parseHTML } from 'linkedom';
import { LANGUAGE_LOOKUPS, fetchGitlabProjects, nextPage } from '@/lib/sites/gitlab/api/client';
import { nextLink } from '@/lib/sites/http';
import { withGitlabRepositories } from '@/lib/sites/gitlab/api/to-profile';
import { scoreProfile } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { extract } from '@/lib/sites/gitlab/extract';

const json = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../fixtures/gitlab/${name}`, import.meta.url), 'utf8'));

const NOW = new Date('2026-03-01T12:00:00.000Z');
const now = () => NOW;

interface FakeAnswer {
  status?: number;
  body?: unknown;
  /** Sent as is instead of JSON. */
  text?: string;
  headers?: Record<string, string>;
}

/** gitlab.com/api/v4 as far as the client can tell; answers 404 to anything it is not told about. */
function fakeGitlab(answer: (url: URL) => FakeAnswer | undefined | 'offline') {
  const sent: { url: string; init?: RequestInit }[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    sent.push({ url: url.href, init });
    const found = answer(url);
    if (found === 'offline') throw new TypeError('Failed to fetch');
    const { status = 200, body, text, headers } = found ?? { status: 404, body: { message: '404 Not found' } };
    return new Response(text ?? JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  };
  const paths = () => sent.map(({ url }) => new URL(url).pathname + new URL(url).search);
  return { fetchFn, sent, paths };
}

const USERS = '/api/v4/users';
const PROJECTS = '/api/v4/users/4242/projects';
const LANGUAGES = (id: number) => `/api/v4/projects/${id}/languages`;
const languagesOf: Record<number, string> = { 501: 'api-languages-go.json', 502: 'api-languages-go.json', 503: 'api-languages-ruby.json', 504: 'api-languages-empty.json' };

/** Alice: the full project entity on two pages (x-next-page), with a fork and an archived project. */
function alice(overrides: (url: URL) => FakeAnswer | undefined | 'offline' = () => undefined) {
  return fakeGitlab((url) => {
    const override = overrides(url);
    if (override) return override;
    if (url.pathname === USERS && url.searchParams.get('username') === 'alice-dev') return { body: json('api-users-alice-dev.json') };
    if (url.pathname === PROJECTS) {
      const page = url.searchParams.get('page') ?? '1';
      if (page === '1') return { body: json('api-projects-full-page1.json'), headers: { 'x-page': '1', 'x-next-page': '2', 'x-total': '5' } };
      if (page === '2') return { body: json('api-projects-full-page2.json'), headers: { 'x-page': '2', 'x-next-page': '', 'x-total': '5' } };
    }
    const language = /^\/api\/v4\/projects\/(\d+)\/languages$/.exec(url.pathname)?.[1];
    if (language && languagesOf[Number(language)]) return { body: json(languagesOf[Number(language)]!) };
    return undefined;
  });
}

async function ok(promise: ReturnType<typeof fetchGitlabProjects>) {
  const result = await promise;
  if (!result.ok) throw new Error(`expected data, got ${result.failure.kind}: ${result.failure.message}`);
  return result.data;
}

describe('fetchGitlabProjects', () => {
  it('looks the user up, pages through the projects and reads the languages, in that order', async () => {
    const gitlab = alice();
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(gitlab.paths()).toEqual([
      `${USERS}?username=alice-dev`,
      `${PROJECTS}?per_page=100&order_by=last_activity_at&sort=desc`,
      `${PROJECTS}?per_page=100&order_by=last_activity_at&sort=desc&page=2`,
      // originals first, then the archived one, then the fork
      LANGUAGES(501),
      LANGUAGES(504),
      LANGUAGES(503),
      LANGUAGES(502),
    ]);
    expect(data.user).toEqual({ id: 4242, username: 'alice-dev', webUrl: 'https://gitlab.com/alice-dev', state: 'active' });
    expect(data).toMatchObject({ repositoriesAtLimit: false, languageLookups: 4, fetchedAt: NOW.toISOString() });
    expect(data.incomplete).toBeUndefined();
  });

  it('maps each project to a Repository: a fork, an archived project, old tag_list topics, an unsafe web_url', async () => {
    const { repositories } = await ok(fetchGitlabProjects('alice-dev', { fetchFn: alice().fetchFn, now }));
    for (const repository of repositories) expect(RepositorySchema.parse(repository)).toEqual(repository);
    expect(repositories).toEqual([
      {
        name: 'runner-lite',
        owner: 'alice-dev',
        url: 'https://gitlab.com/alice-dev/runner-lite',
        description: 'A tiny CI runner written in Go, with Docker and Kubernetes executors.',
        language: 'Go',
        topics: ['ci', 'go', 'kubernetes'],
        stars: 58,
        forks: 7,
        isFork: false,
        archived: false,
        pushedAt: '2026-02-20T08:00:00.000Z',
        createdAt: '2023-04-01T10:00:00.000Z',
      },
      expect.objectContaining({ name: 'gitlab-runner', isFork: true, archived: false, language: 'Go', stars: 0 }),
      expect.objectContaining({ name: 'old-rails-app', isFork: false, archived: true, language: 'Ruby', topics: ['rails'] }),
      {
        // javascript: web_url → the address built from path_with_namespace; {} languages → no language
        name: 'lets-go',
        owner: 'alice-dev',
        url: 'https://gitlab.com/alice-dev/lets-go',
        description: "Notes from a hiking trip. Let's go!",
        topics: ['hiking', 'travel'],
        stars: 1,
        forks: 0,
        isFork: false,
        archived: false,
        pushedAt: '2020-06-01T08:00:00.000Z',
        createdAt: '2020-05-01T10:00:00.000Z',
      },
      // the item without a name is skipped
    ]);
  });

  it('picks the exact username from the answer, whatever its order or case', async () => {
    const gitlab = alice((url) => (url.pathname === USERS ? { body: json('api-users-alice-dev.json') } : undefined));
    const data = await ok(fetchGitlabProjects('Alice-Dev', { fetchFn: gitlab.fetchFn, now }));
    expect(data.user.id).toBe(4242);
    const onlyOthers = fakeGitlab(() => ({ body: [{ id: 9001, username: 'alice-dev-old' }] }));
    expect(await fetchGitlabProjects('alice-dev', { fetchFn: onlyOthers.fetchFn, now })).toEqual({
      ok: false,
      failure: { kind: 'not-found', message: 'GitLab has no user named “alice-dev”.' },
    });
    expect(onlyOthers.sent).toHaveLength(1);
  });

  it('flags archived projects with one archived=true listing when the entity does not say (unauthenticated answers)', async () => {
    const gitlab = fakeGitlab((url) => {
      if (url.pathname === USERS) return { body: json('api-users-alice-dev.json') };
      if (url.pathname === PROJECTS) {
        return url.searchParams.get('archived') === 'true'
          ? { body: json('api-projects-simple-archived.json'), headers: { 'x-next-page': '' } }
          : { body: json('api-projects-simple.json'), headers: { 'x-next-page': '' } };
      }
      if (url.pathname === LANGUAGES(601)) return { body: json('api-languages-go.json') };
      return undefined; // 602 has no repository: 404, simply no language
    });
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(gitlab.paths()).toEqual([
      `${USERS}?username=alice-dev`,
      `${PROJECTS}?per_page=100&order_by=last_activity_at&sort=desc`,
      `${PROJECTS}?per_page=100&order_by=last_activity_at&sort=desc&archived=true`,
      LANGUAGES(601),
      LANGUAGES(602),
    ]);
    expect(data.repositories.map(({ name, archived, isFork, language }) => ({ name, archived, isFork, language }))).toEqual([
      { name: 'runner-operator', archived: false, isFork: false, language: 'Go' },
      { name: 'dotfiles', archived: true, isFork: false, language: undefined },
    ]);
    expect(data.incomplete).toBeUndefined();
  });

  it(`reads the languages of at most ${LANGUAGE_LOOKUPS} projects, the most recently active first`, async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ id: 1000 + i, name: `p${i}`, path_with_namespace: `alice-dev/p${i}`, archived: false }));
    const gitlab = fakeGitlab((url) => {
      if (url.pathname === USERS) return { body: json('api-users-alice-dev.json') };
      if (url.pathname === PROJECTS) return { body: many, headers: { 'x-next-page': '' } };
      if (url.pathname.endsWith('/languages')) return { body: { Go: 100 } };
      return undefined;
    });
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(gitlab.sent).toHaveLength(1 + 1 + LANGUAGE_LOOKUPS);
    expect(data.languageLookups).toBe(LANGUAGE_LOOKUPS);
    expect(data.repositories.filter((repository) => repository.language === 'Go').map(({ name }) => name)).toEqual(
      Array.from({ length: LANGUAGE_LOOKUPS }, (_, i) => `p${i}`),
    );
    const none = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now, languageLookups: 0 }));
    expect(none.repositories.every((repository) => repository.language === undefined)).toBe(true);
  });

  it(`stops at ${LIMITS.repositories} projects and says there are more`, async () => {
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => ({ id: n * 1000 + i, name: `p${n}-${i}`, path_with_namespace: `alice-dev/p${n}-${i}`, archived: false }));
    const gitlab = fakeGitlab((url) => {
      if (url.pathname === USERS) return { body: json('api-users-alice-dev.json') };
      if (url.pathname === PROJECTS) {
        const n = Number(url.searchParams.get('page') ?? '1');
        return { body: page(n), headers: { 'x-next-page': String(n + 1) } };
      }
      return { body: {} };
    });
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now, languageLookups: 0 }));
    expect(data.repositories).toHaveLength(LIMITS.repositories);
    expect(data.repositoriesAtLimit).toBe(true);
    expect(gitlab.paths().filter((path) => path.startsWith(PROJECTS))).toHaveLength(3);
  });

  it('follows the Link header when there is no x-next-page (responses past 10,000 items), only to the same list', async () => {
    const gitlab = fakeGitlab((url) => {
      if (url.pathname === USERS) return { body: json('api-users-alice-dev.json') };
      if (url.pathname === PROJECTS && !url.searchParams.has('page')) {
        return {
          body: json('api-projects-full-page1.json'),
          headers: { link: '<https://gitlab.com/api/v4/users/4242/projects?page=2&per_page=100>; rel="next", <https://gitlab.com/api/v4/users/4242/projects?page=1&per_page=100>; rel="first"' },
        };
      }
      if (url.pathname === PROJECTS) return { body: json('api-projects-full-page2.json') };
      return { body: {} };
    });
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(data.repositories.map(({ name }) => name)).toEqual(['runner-lite', 'gitlab-runner', 'old-rails-app', 'lets-go']);
  });

  it('sends no cookies: the reads are anonymous, never as the recruiter', async () => {
    const gitlab = alice();
    await fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now });
    for (const { url, init } of gitlab.sent) {
      expect(init?.credentials).toBe('omit');
      expect(url).toMatch(/^https:\/\/gitlab\.com\/api\/v4\//);
    }
  });
});

describe('failures are results, never throws', () => {
  it('a user GitLab does not know: 404 or an empty list', async () => {
    const notFound = { ok: false, failure: { kind: 'not-found', message: 'GitLab has no user named “nobody”.' } };
    expect(await fetchGitlabProjects('nobody', { fetchFn: fakeGitlab(() => ({ body: [] })).fetchFn, now })).toEqual(notFound);
    expect(await fetchGitlabProjects('nobody', { fetchFn: fakeGitlab(() => undefined).fetchFn, now })).toEqual(notFound);
  });

  it('a name that is not a GitLab username is not sent at all', async () => {
    const gitlab = fakeGitlab(() => ({ body: [] }));
    const result = await fetchGitlabProjects('../../admin?x=', { fetchFn: gitlab.fetchFn, now });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'not-found' } });
    expect(gitlab.sent).toHaveLength(0);
  });

  it('a 404 for the projects of a user that exists', async () => {
    const gitlab = fakeGitlab((url) => (url.pathname === USERS ? { body: json('api-users-alice-dev.json') } : undefined));
    expect(await fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now })).toEqual({
      ok: false,
      failure: { kind: 'not-found', message: 'GitLab could not find this user’s projects.' },
    });
  });

  it.each([
    ['Retry-After in seconds', { 'retry-after': '30' }, '2026-03-01T12:00:30.000Z'],
    ['Retry-After as an HTTP date', { 'retry-after': 'Sun, 01 Mar 2026 12:05:00 GMT' }, '2026-03-01T12:05:00.000Z'],
    ['RateLimit-Reset (Unix seconds)', { 'ratelimit-remaining': '0', 'ratelimit-reset': String(Date.parse('2026-03-01T12:10:00Z') / 1000) }, '2026-03-01T12:10:00.000Z'],
    ['RateLimit-ResetTime (HTTP date)', { 'ratelimit-resettime': 'Sun, 01 Mar 2026 12:20:00 GMT' }, '2026-03-01T12:20:00.000Z'],
    ['no header at all', {}, '2026-03-01T12:01:00.000Z'],
  ])('a 429 with %s says when to try again', async (_case, headers, retryAt) => {
    const gitlab = fakeGitlab(() => ({ status: 429, body: { message: 'Retry later' }, headers }));
    expect(await fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now })).toEqual({
      ok: false,
      failure: { kind: 'rate-limited', message: 'GitLab asked to slow down (too many requests); try again later.', retryAt },
    });
  });

  it('sends nothing more once RateLimit-Remaining reaches 0, and keeps the projects already read', async () => {
    const reset = String(Date.parse('2026-03-01T12:10:00Z') / 1000);
    const gitlab = alice((url) =>
      url.pathname === PROJECTS && url.searchParams.get('page') === '2'
        ? { body: json('api-projects-full-page2.json'), headers: { 'x-next-page': '', 'ratelimit-remaining': '0', 'ratelimit-reset': reset } }
        : undefined,
    );
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(gitlab.sent).toHaveLength(3); // no language request was sent
    expect(data.repositories).toHaveLength(4);
    expect(data.languageLookups).toBe(0);
    expect(data.repositories.every((repository) => repository.language === undefined)).toBe(true);
    expect(data.incomplete).toEqual({
      missing: ['languages'],
      failure: { kind: 'rate-limited', message: 'GitLab’s rate limit is used up; try again later.', retryAt: '2026-03-01T12:10:00.000Z' },
    });
  });

  it('a 429 part-way through the languages keeps the languages read so far', async () => {
    const gitlab = alice((url) => (url.pathname === LANGUAGES(504) ? { status: 429, headers: { 'retry-after': '60' }, body: {} } : undefined));
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(gitlab.paths().filter((path) => path.endsWith('/languages'))).toEqual([LANGUAGES(501), LANGUAGES(504)]);
    expect(data.repositories.find(({ name }) => name === 'runner-lite')?.language).toBe('Go');
    expect(data.languageLookups).toBe(1);
    expect(data.incomplete).toMatchObject({ missing: ['languages'], failure: { kind: 'rate-limited', retryAt: '2026-03-01T12:01:00.000Z' } });
  });

  it('a 403 on one project’s languages (repository disabled) is no language, not a failure', async () => {
    const gitlab = alice((url) => (url.pathname === LANGUAGES(501) ? { status: 403, body: { message: '403 Forbidden' } } : undefined));
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(data.repositories[0]?.language).toBeUndefined();
    expect(data.repositories[2]?.language).toBe('Ruby');
    expect(data.incomplete).toBeUndefined();
  });

  it.each([
    ['a 502', () => ({ status: 502, text: '<html>Bad gateway</html>' }), { kind: 'server', message: 'GitLab had a server error (HTTP 502); try again later.', retryAt: '2026-03-01T12:05:00.000Z' }],
    ['a 403', () => ({ status: 403, body: { message: '403 Forbidden' } }), { kind: 'forbidden', message: 'GitLab refused the request (HTTP 403).' }],
    ['the network failing', () => 'offline' as const, { kind: 'offline', message: 'GitLab could not be reached; check the connection.', retryAt: '2026-03-01T12:05:00.000Z' }],
    ['a body that is not JSON', () => ({ text: '<html>Sign in</html>' }), { kind: 'malformed', message: 'GitLab’s answer was not valid JSON.', retryAt: '2026-03-01T12:05:00.000Z' }],
    ['a user answer that is not a list', () => ({ body: { id: 4242, username: 'alice-dev' } }), { kind: 'malformed', message: 'GitLab’s answer about the user was not a list of users.' }],
  ])('%s on the user lookup', async (_case, answer, failure) => {
    expect(await fetchGitlabProjects('alice-dev', { fetchFn: fakeGitlab(answer).fetchFn, now })).toEqual({ ok: false, failure });
  });

  it('a project list that is not a list', async () => {
    const gitlab = alice((url) => (url.pathname === PROJECTS ? { body: { message: 'unexpected' } } : undefined));
    expect(await fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now })).toEqual({
      ok: false,
      failure: { kind: 'malformed', message: 'GitLab’s answer about the projects was not a list of projects.' },
    });
  });

  it('a failed archived listing leaves archived unknown, not the whole read', async () => {
    const gitlab = fakeGitlab((url) => {
      if (url.pathname === USERS) return { body: json('api-users-alice-dev.json') };
      if (url.pathname === PROJECTS && url.searchParams.get('archived') === 'true') return { status: 503, text: '' };
      if (url.pathname === PROJECTS) return { body: json('api-projects-simple.json') };
      return { body: {} };
    });
    const data = await ok(fetchGitlabProjects('alice-dev', { fetchFn: gitlab.fetchFn, now }));
    expect(data.repositories.map(({ archived }) => archived)).toEqual([false, false]);
    expect(data.incomplete).toMatchObject({ missing: ['archived flags'], failure: { kind: 'server' } });
  });
});

describe('pagination headers', () => {
  const current = 'https://gitlab.com/api/v4/users/7/projects?per_page=100&page=2';
  it.each([
    [{ 'x-next-page': '3' }, 'https://gitlab.com/api/v4/users/7/projects?per_page=100&page=3'],
    [{ 'x-next-page': '' }, undefined],
    [{ 'x-next-page': '2' }, undefined], // never backwards or in place
    [{ 'x-next-page': 'abc' }, undefined],
    [{ link: '<https://gitlab.com/api/v4/users/7/projects?page=3>; rel="next"' }, 'https://gitlab.com/api/v4/users/7/projects?page=3'],
    [{ link: '<https://evil.example/api/v4/users/7/projects?page=3>; rel="next"' }, undefined],
    [{ link: '<https://gitlab.com/api/v4/users/8/projects?page=3>; rel="next"' }, undefined],
    [{ link: '<https://gitlab.com/api/v4/users/7/projects?page=1>; rel="first"' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, next) => {
    expect(nextPage(new Headers(headers), current, 2, 7)).toBe(next);
  });

  it('reads rel="next" among several links', () => {
    expect(nextLink('<a>; rel="prev", <b>; rel="next", <c>; rel="last"')).toBe('b');
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('from the page to a score', () => {
  it('a page capture plus the API’s projects scores Go from the projects, with gitlab.com links', async () => {
    const html = readFileSync(new URL('../../../fixtures/gitlab/profile-2024.html', import.meta.url), 'utf8');
    const capture = extract(parseHTML(html).document as unknown as Document, 'https://gitlab.com/alice-dev');
    if (capture.status !== 'profile' || capture.profile.site !== 'gitlab') throw new Error('not a GitLab profile');
    const { repositories } = await ok(fetchGitlabProjects(capture.profile.login, { fetchFn: alice().fetchFn, now }));
    const result = scoreProfile(withGitlabRepositories(capture.profile, repositories), seedPosting);
    const go = result.requirements.find((r) => r.requirementId === 'go')!;
    expect(go.evidence.map((evidence) => evidence.source)).toContain('repository-language');
    expect(result.requirements.flatMap((r) => r.evidence).every((evidence) => new URL(evidence.url).hostname === 'gitlab.com')).toBe(true);
    expect(result.confidenceReasons).toEqual(['all 4 public projects read', 'languages known for 3 of 4 projects', 'bio read']);
  });
});
