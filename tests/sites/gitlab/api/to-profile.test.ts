/**
 * Mapping GitLab REST API answers to our schemas. Inputs follow GitLab's DOCUMENTED response shapes
 * (REST API v4), hand-written here and in tests/fixtures/gitlab/api-*.json, not recorded from gitlab.com.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/schema/limits';
import { GitlabProfileSchema, type GitlabProfile } from '@/lib/schema/profile';
import { GitlabApiProjectSchema } from '@/lib/sites/gitlab/api/schemas';
import { pickUser, projectToRepository, projectsOf, topLanguage, withGitlabRepositories } from '@/lib/sites/gitlab/api/to-profile';

const json = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../fixtures/gitlab/${name}`, import.meta.url), 'utf8'));
const project = (fields: Record<string, unknown>) => GitlabApiProjectSchema.parse({ id: 1, name: 'tool', path_with_namespace: 'alice-dev/tool', ...fields });

describe('pickUser', () => {
  it('picks the exact username, else the same name in another case, never a prefix match', () => {
    const users = json('api-users-alice-dev.json');
    expect(pickUser(users, 'alice-dev')).toMatchObject({ id: 4242 });
    expect(pickUser(users, 'ALICE-DEV')).toMatchObject({ id: 4242 });
    expect(pickUser(users, 'alice')).toBeUndefined();
    expect(pickUser({ id: 1 }, 'alice')).toBe('malformed');
    expect(pickUser([{ username: 'alice' }, 'junk', { id: 5, username: 'alice', extra: { kept: true } }], 'alice')).toMatchObject({ id: 5, extra: { kept: true } });
  });
});

describe('topLanguage', () => {
  it.each([
    [json('api-languages-go.json'), 'Go'],
    [json('api-languages-ruby.json'), 'Ruby'],
    [{}, undefined],
    [{ Go: 'lots', Shell: 10 }, 'Shell'],
    [{ '': 90, Go: 10 }, 'Go'],
    [{ Go: Number.NaN }, undefined],
    [[], undefined],
    [null, undefined],
    ['Go', undefined],
  ])('%j → %s', (body, language) => {
    expect(topLanguage(body)).toBe(language);
  });
});

describe('projectToRepository', () => {
  it('reads topics, else the older tag_list', () => {
    expect(projectToRepository(project({ topics: ['go'], tag_list: ['old'] }))?.topics).toEqual(['go']);
    expect(projectToRepository(project({ tag_list: ['old'] }))?.topics).toEqual(['old']);
    expect(projectToRepository(project({ topics: null }))?.topics).toEqual([]);
  });

  it('a fork is a project with forked_from_project; archived comes from the entity, else from the extras', () => {
    expect(projectToRepository(project({ forked_from_project: { id: 9 } }))).toMatchObject({ isFork: true });
    expect(projectToRepository(project({ forked_from_project: null }))).toMatchObject({ isFork: false });
    expect(projectToRepository(project({ archived: true }), { archived: false })).toMatchObject({ archived: true });
    expect(projectToRepository(project({}), { archived: true })).toMatchObject({ archived: true });
  });

  it('owner is the namespace path; the address is web_url when http(s), else built from the path', () => {
    expect(projectToRepository(project({ namespace: { path: 'alice-dev', full_path: 'alice-dev' }, web_url: 'https://gitlab.com/alice-dev/tool' }))).toMatchObject({
      owner: 'alice-dev',
      url: 'https://gitlab.com/alice-dev/tool',
    });
    expect(projectToRepository(project({ web_url: 'data:text/html,x' }))).toMatchObject({ owner: 'alice-dev', url: 'https://gitlab.com/alice-dev/tool' });
    expect(projectToRepository(project({ path_with_namespace: null, web_url: 'javascript:alert(1)' }))).toBeUndefined();
  });

  it('keeps public projects only, caps texts and lists, and drops wrongly typed fields', () => {
    expect(projectToRepository(project({ visibility: 'private' }))).toBeUndefined();
    expect(projectToRepository(project({ visibility: 'public' }))).toBeDefined();
    const odd = projectToRepository(
      project({ description: 'x'.repeat(5_000), topics: Array.from({ length: 40 }, (_, i) => `t${i}`), star_count: -3, forks_count: '12', last_activity_at: 42 }),
    );
    expect(odd?.description).toHaveLength(LIMITS.bio);
    expect(odd?.topics).toHaveLength(LIMITS.topics);
    expect(odd).toMatchObject({ stars: 0, forks: 0 });
    expect(odd?.pushedAt).toBeUndefined();
  });
});

describe('projectsOf and withGitlabRepositories', () => {
  it('skips items that are not projects and keeps the rest', () => {
    expect(projectsOf(json('api-projects-full-page2.json'))).toMatchObject({ projects: [{ id: 504 }], skipped: 1 });
    expect(projectsOf({})).toBeUndefined();
  });

  it('adds the repositories to a page capture, still a valid profile', () => {
    const capture: GitlabProfile = { site: 'gitlab', login: 'alice-dev', url: 'https://gitlab.com/alice-dev', socialLinks: [], capturedAt: '2026-03-01T12:00:00.000Z' };
    const repository = projectToRepository(project({ web_url: 'https://gitlab.com/alice-dev/tool' }), { language: 'Go' })!;
    const profile = withGitlabRepositories(capture, [repository]);
    expect(GitlabProfileSchema.parse(profile)).toEqual(profile);
    expect(profile.repositories).toEqual([repository]);
  });
});
