import { describe, expect, it } from 'vitest';
import { type ApiProfileResult, profileFromApi } from '@/lib/sites/github/api/to-profile';
import { websiteUrl } from '@/lib/sites/api-fields';
import { GithubProfileSchema, type GithubProfile, LIMITS } from '@/lib/schema/profile';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../../../real-fixtures';

const CAPTURED_AT = '2026-03-01T12:00:00.000Z';
const api = (file: string): unknown => JSON.parse(readRealFixture(`github_api/${file}`));

function profileOf(result: ApiProfileResult): GithubProfile {
  if (result.status !== 'profile') throw new Error(`expected a profile, got ${result.status}: ${result.reason}`);
  expect(GithubProfileSchema.parse(result.profile)).toEqual(result.profile);
  return result.profile;
}

const FILES = {
  mojomboUser: 'honeypotiogit-lang__tests__fixtures__user.json',
  mojomboRepos: 'honeypotiogit-lang__tests__fixtures__repos.json',
  sferikUser2012: 'octokitoctokit.rb__spec__fixtures__v3__user.json',
  sferikRepos2012: 'octokitoctokit.rb__spec__fixtures__v3__repositories.json',
  smilgaUser: 'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockUser.derived.json',
  smilgaRepos: 'john-smilgastarter-project-react-github-search-users__src__context__mockData.js__mockRepos.derived.json',
  jacquev6User: 'PyGithubPyGithub__tests__ReplayData__Equality.testUserDifference.txt__GET_users_jacquev6.json',
  jacquev6Repos: 'PyGithubPyGithub__tests__ReplayData__NamedUser.testGetReposWithAllArgs.txt__GET_users_jacquev6_repos.json',
  archivedRepo: 'juniorguruhen__tests__fixtures__repo.json',
} as const;
const pyGithubUser = (login: string) => `PyGithubPyGithub__tests__ReplayData__${login}.json`;

if (!hasRealFixtures) console.warn(SKIP_REASON);

// Every expected value below was read off the recorded JSON by hand, not from profileFromApi's output.
describe.skipIf(!hasRealFixtures)('profileFromApi on recorded GitHub API responses', () => {
  it('mojombo (c. 2017): a trimmed user, seven repositories with forks, stars and sizes', () => {
    const profile = profileOf(profileFromApi(api(FILES.mojomboUser), api(FILES.mojomboRepos), CAPTURED_AT));
    expect(profile).toMatchObject({ site: 'github', login: 'mojombo', url: 'https://github.com/mojombo', capturedAt: CAPTURED_AT });
    // The recording keeps no bio, company, blog or counts: nothing is invented for them.
    for (const field of ['bio', 'company', 'website', 'email', 'followers', 'following', 'name', 'location'] as const) {
      expect(profile[field], field).toBeUndefined();
    }
    expect(profile.repositories?.map((repo) => repo.name)).toEqual([
      '30daysoflaptops.github.io',
      'asteroids',
      'benbalter.github.com',
      'bert',
      'bert.erl',
      'bertrpc',
      'bower',
    ]);
    expect(profile.repositories?.[0]).toEqual({
      name: '30daysoflaptops.github.io',
      owner: 'mojombo',
      url: 'https://github.com/mojombo/30daysoflaptops.github.io',
      language: 'CSS',
      topics: [],
      stars: 3,
      forks: 2,
      isFork: true,
      archived: false, // the 2017 API had no "archived" field
      pushedAt: '2014-11-20T06:42:47Z',
      sizeKb: 1197,
      createdAt: '2014-11-20T06:42:06Z', // forked 41 s before its last push
    });
    expect(profile.repositories?.[1]).toEqual({
      name: 'asteroids',
      owner: 'mojombo',
      url: 'https://github.com/mojombo/asteroids',
      description: 'Destroy your Atom editor, Asteroids style!',
      language: 'JavaScript',
      topics: [],
      stars: 95,
      forks: 11,
      isFork: false,
      archived: false,
      pushedAt: '2015-03-10T18:18:16Z',
      sizeKb: 185,
      createdAt: '2014-03-03T07:40:00Z',
    });
    expect(profile.repositories?.find((repo) => repo.name === 'bert.erl')).toMatchObject({ language: 'Erlang', stars: 81, forks: 43, sizeKb: 246 });
  });

  it('sferik (2012 API v3): stars were called "watchers", forks "forks"', () => {
    const profile = profileOf(profileFromApi(api(FILES.sferikUser2012), api(FILES.sferikRepos2012), CAPTURED_AT));
    expect(profile).toMatchObject({
      login: 'sferik',
      url: 'https://github.com/sferik',
      name: 'Erik Michaels-Ober',
      company: 'Code for America',
      location: 'San Francisco',
      website: 'http://twitter.com/sferik',
      email: 'sferik@gmail.com',
      followers: 205,
      following: 91,
    });
    expect(profile.bio).toBeUndefined(); // "bio": null
    expect(profile.repositories).toHaveLength(30);
    expect(profile.repositories?.filter((repo) => repo.isFork)).toHaveLength(22);
    expect(profile.repositories?.find((repo) => repo.name === 'merb-admin')).toMatchObject({ stars: 77, forks: 7, language: 'Ruby', sizeKb: 556 });
    expect(profile.repositories?.find((repo) => repo.name === 'rails_admin')).toMatchObject({
      owner: 'sferik',
      url: 'https://github.com/sferik/rails_admin',
      stars: 2302,
      forks: 397,
      language: 'JavaScript',
      isFork: false,
      pushedAt: '2011-09-02T07:15:19Z',
      sizeKb: 2748,
    });
    // No language at all: the field is left out rather than set to null.
    expect(profile.repositories?.find((repo) => repo.name === 'racket')).not.toHaveProperty('language');
  });

  it('john-smilga (2020): bare-domain blog gets https://, twitter becomes a link, 100 repositories', () => {
    const profile = profileOf(profileFromApi(api(FILES.smilgaUser), api(FILES.smilgaRepos), CAPTURED_AT));
    expect(profile).toMatchObject({
      login: 'john-smilga',
      url: 'https://github.com/john-smilga',
      name: 'John Smilga',
      bio: 'Creator of Coding Addict',
      company: 'Coding Addict',
      location: 'Los Angeles',
      website: 'https://www.johnsmilga.com', // "blog": "www.johnsmilga.com"
      socialLinks: [{ url: 'https://twitter.com/john_smilga', label: '@john_smilga' }],
      followers: 1495,
      following: 0,
    });
    expect(profile.email).toBeUndefined(); // "email": null
    const repositories = profile.repositories ?? [];
    expect(repositories).toHaveLength(100);
    expect(repositories.filter((repo) => repo.isFork).map((repo) => repo.name)).toEqual(['Drum-Machine-Challenge', 'gatsby-courses']);
    const byLanguage = (language: string | undefined) => repositories.filter((repo) => repo.language === language).length;
    expect([byLanguage('JavaScript'), byLanguage('CSS'), byLanguage('HTML'), byLanguage(undefined)]).toEqual([45, 38, 14, 3]);
    expect(repositories.find((repo) => repo.name === 'react-beach-resort-project')).toMatchObject({
      stars: 127,
      forks: 117,
      language: 'JavaScript',
      pushedAt: '2020-06-06T15:29:37Z',
      sizeKb: 2321,
    });
  });

  it('jacquev6 (2020): an empty bio is no bio; ten original repositories', () => {
    const profile = profileOf(profileFromApi(api(FILES.jacquev6User), api(FILES.jacquev6Repos), CAPTURED_AT));
    expect(profile).toMatchObject({
      login: 'jacquev6',
      company: 'Amazon',
      website: 'http://vincent-jacques.net',
      email: 'vincent@vincent-jacques.net',
      followers: 29,
      following: 43,
    });
    expect(profile.bio).toBeUndefined(); // "bio": ""
    expect(profile.repositories).toHaveLength(10);
    expect(profile.repositories?.some((repo) => repo.isFork)).toBe(false);
    expect(profile.repositories?.[0]).toMatchObject({
      name: 'DrawTurksHead',
      description: "Python library to draw Turk's Head knots",
      language: 'Python',
      stars: 3,
      forks: 2,
      pushedAt: '2020-03-22T14:23:52Z',
      sizeKb: 8363,
      archived: false,
    });
  });

  it('reads an archived repository with its (empty) topics', () => {
    const profile = profileOf(profileFromApi({ login: 'SandraHeinzova', type: 'User' }, [api(FILES.archivedRepo)], CAPTURED_AT));
    expect(profile.repositories).toEqual([
      {
        name: 'AdventOfCode2022',
        owner: 'SandraHeinzova',
        url: 'https://github.com/SandraHeinzova/AdventOfCode2022',
        description: 'Solutions of Advent of Code 2022',
        language: 'Python',
        topics: [],
        stars: 0,
        forks: 0,
        isFork: false,
        archived: true,
        pushedAt: '2022-12-05T19:10:48Z',
        sizeKb: 25,
        createdAt: '2022-12-02T19:52:48Z',
      },
    ]);
  });

  it.each([
    ['Issue139.testCompletion.txt__GET_users_ianozsvald', { login: 'ianozsvald', website: 'https://ianozsvald.com', company: 'Mor Consulting Ltd', followers: 45 }],
    ['OrganizationHasInMembers.setUp.txt__GET_users_meneal', { login: 'meneal', website: 'https://www.meneal.com', followers: 3, following: 0 }],
    ['Workflow.testGetRunsWithObjects.txt__GET_users_sfdye', { login: 'sfdye', company: '@zendesk', website: 'https://sfdye.com', email: 't@sfdye.com' }],
    ['Autolink.setUp.txt__GET_users_theCapypara', { login: 'theCapypara', company: '@tudock', website: 'https://www.linkedin.com/in/marco-koepcke/' }],
    // The recording pairs login octocat with html_url github.com/nvie; the API's own link is kept.
    ['Organization.testOutsideCollaborators.txt__GET_users_octocat', { login: 'octocat', url: 'https://github.com/nvie', company: 'Github', followers: 299 }],
  ])('PyGithub user %s', (file, expected) => {
    const profile = profileOf(profileFromApi(api(pyGithubUser(file)), undefined, CAPTURED_AT));
    expect(profile).toMatchObject(expected);
    expect(profile).not.toHaveProperty('repositories'); // not fetched is not "none"
  });

  it('keeps the bio as written, only trimmed at the ends', () => {
    const profile = profileOf(profileFromApi(api(pyGithubUser('Workflow.testGetRunsWithObjects.txt__GET_users_sfdye')), undefined, CAPTURED_AT));
    expect(profile.bio).toBe('👨\u200d💻  Open source enthusiast \r\n   ☕️ Latte-driven, Python & Django lover');
  });

  it('drops a field of the wrong type instead of failing: PyGithub’s "name": 42', () => {
    const profile = profileOf(profileFromApi(api(pyGithubUser('BadAttributes.testBadSimpleAttribute.txt__GET_users_klmitch')), undefined, CAPTURED_AT));
    expect(profile).toMatchObject({ login: 'klmitch', company: 'Rackspace', email: 'kevin.mitchell@rackspace.com', followers: 15 });
    expect(profile.name).toBeUndefined();
    expect(profile.website).toBeUndefined(); // "blog": null
  });

  it.each([
    ['Reaction.setUp.txt__GET_users_PyGithub', /organization/],
    ['PullRequest1684.setUp.txt__GET_users_ReDASers', /organization/],
    ['Issue945.setUp.txt__GET_users_openframeworks', /organization/],
    ['Issue131.setUp.txt__GET_users_openmicroscopy', /organization/],
  ])('refuses organization %s: not a person', (file, reason) => {
    const result = profileFromApi(api(pyGithubUser(file)), [], CAPTURED_AT);
    expect(result).toEqual({ status: 'not-profile', reason: expect.stringMatching(reason) });
  });

  it('refuses a bot account', () => {
    const file = 'octokitoctokit.rb__spec__cassettes__Octokit_Client_Users___user__handle_bot_users.json__GET_users_shipit%5Bbot%5D.json';
    expect(profileFromApi(api(file), undefined, CAPTURED_AT)).toEqual({ status: 'not-profile', reason: 'a bot account, not a person' });
  });

  it('says a repository or a list is not a user', () => {
    expect(profileFromApi(api(FILES.archivedRepo), undefined, CAPTURED_AT).status).toBe('unreadable');
    expect(profileFromApi(api(FILES.mojomboRepos), undefined, CAPTURED_AT).status).toBe('unreadable');
  });
});

describe('profileFromApi on made-up responses', () => {
  const user = { login: 'example-dev', type: 'User', html_url: 'https://github.com/example-dev' };
  const repo = (name: string, fields: Record<string, unknown> = {}) => ({
    name,
    owner: { login: 'example-dev' },
    html_url: `https://github.com/example-dev/${name}`,
    ...fields,
  });

  it('treats a user with no "type" (very old recordings) as a person', () => {
    expect(profileFromApi({ login: 'old-timer' }, undefined, CAPTURED_AT)).toMatchObject({
      status: 'profile',
      profile: { login: 'old-timer', url: 'https://github.com/old-timer' },
    });
  });

  it('skips private repositories and malformed items, and says how many', () => {
    const result = profileFromApi(user, [repo('kept'), repo('secret', { private: true }), { name: 42 }, 'junk'], CAPTURED_AT);
    if (result.status !== 'profile') throw new Error(result.reason);
    expect(result.profile.repositories?.map((r) => r.name)).toEqual(['kept']);
    expect(result.skippedRepositories).toBe(3);
  });

  it('keeps the most recently pushed repositories when there are more than the limit', () => {
    const many = Array.from({ length: LIMITS.repositories + 5 }, (_, i) =>
      repo(`repo-${i}`, { pushed_at: new Date(Date.UTC(2020, 0, 1 + i)).toISOString() }),
    );
    const result = profileFromApi(user, many, CAPTURED_AT);
    if (result.status !== 'profile') throw new Error(result.reason);
    expect(result.profile.repositories).toHaveLength(LIMITS.repositories);
    expect(result.profile.repositories?.map((r) => r.name)).not.toContain('repo-4');
    expect(result.profile.repositories?.map((r) => r.name)).toContain(`repo-${LIMITS.repositories + 4}`);
    expect(result.skippedRepositories).toBe(5);
  });

  it('says a repository list that is not a list is unreadable', () => {
    expect(profileFromApi(user, { message: 'API rate limit exceeded' }, CAPTURED_AT)).toEqual({
      status: 'unreadable',
      reason: 'the repository list is not an array',
    });
  });

  it.each([
    ['www.example.com', 'https://www.example.com'],
    ['example.com/blog', 'https://example.com/blog'],
    ['example.com:8080', 'https://example.com:8080'],
    ['http://example.com', 'http://example.com'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['javascript:alert(1)', undefined],
    ['ftp://example.com', undefined],
    ['mailto:me@example.com', undefined],
    ['localhost', undefined],
    ['', undefined],
    [null, undefined],
  ])('website from blog %j → %j', (blog, expected) => {
    expect(websiteUrl(blog)).toBe(expected);
  });
});
