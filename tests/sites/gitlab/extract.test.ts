/**
 * The GitLab page adapter.
 *
 * NOTE: every fixture in tests/fixtures/gitlab/*.html is HAND-WRITTEN from GitLab's profile markup
 * (users/show.html.haml: the 2024+ .user-profile-header/.user-profile-sidebar layout and the
 * 2016-2024 .user-cover-block layout, with GitLab's schema.org microdata), NOT saved from gitlab.com.
 * No real GitLab page has been captured yet; when one is, add it to the real fixtures and check the
 * selectors against it.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/schema/limits';
import { GitlabProfileSchema, type Extraction, type GitlabProfile } from '@/lib/schema/profile';
import { allMatches } from '@/lib/sites/dom';
import { extract, gitlabAdapter, isProfileUrl, profileIdOf, selectors } from '@/lib/sites/gitlab/extract';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/gitlab/${name}`, import.meta.url), 'utf8');
const page = (name: string) => parse(fixture(name));

function profileOf(result: Extraction): GitlabProfile {
  if (result.status !== 'profile') throw new Error(`expected a profile, got ${result.status}: ${result.reason}`);
  expect(GitlabProfileSchema.parse(result.profile)).toEqual(result.profile);
  if (result.profile.site !== 'gitlab') throw new Error('not a GitLab profile');
  return result.profile;
}

function stableFields(profile: GitlabProfile) {
  const { capturedAt: _capturedAt, ...rest } = profile;
  return rest;
}

describe('hand-written GitLab profile pages', () => {
  const layouts = [
    {
      layout: '2024+ header and sidebar, logged in as someone else',
      file: 'profile-2024.html',
      url: 'https://gitlab.com/alice-dev',
      expected: {
        site: 'gitlab',
        login: 'alice-dev',
        url: 'https://gitlab.com/alice-dev',
        name: 'Alice Example',
        bio: 'Backend engineer. I write Go services and run them on Kubernetes. Open source maintainer.',
        jobTitle: 'Senior Backend Engineer',
        company: 'Example Cloud',
        location: 'Lisbon, Portugal',
        website: 'https://alice.example.dev/',
        socialLinks: [
          // Skype's skype: link is not http(s); the status message's link is not an account.
          { url: 'https://www.linkedin.com/in/alice-example', label: 'LinkedIn' },
          { url: 'https://twitter.com/alice_dev', label: 'X' },
          { url: 'https://github.com/alice-example', label: 'GitHub' },
          { url: 'https://hachyderm.io/@alice', label: '@alice@hachyderm.io' },
        ],
        followers: 1_234,
      },
    },
    {
      layout: '2016-2024 cover block, logged out',
      file: 'profile-cover-block.html',
      url: 'https://gitlab.com/bob.builder',
      expected: {
        site: 'gitlab',
        login: 'bob.builder',
        url: 'https://gitlab.com/bob.builder',
        name: 'Bob Builder',
        bio: 'Ruby on Rails and Docker. Maintainer of a few gems.',
        company: 'Builder Co',
        location: 'Utrecht',
        website: 'http://bob.example.org/',
        socialLinks: [
          { url: 'https://www.linkedin.com/in/bobbuilder', label: 'LinkedIn' },
          { url: 'https://twitter.com/bobbuilds', label: 'Twitter' },
          { url: 'https://discord.com/users/123456789012345678', label: 'Discord' },
        ],
        followers: 1_200, // shown as "1.2k"
      },
    },
  ] as const;

  describe.each(layouts)('$layout', ({ file, url, expected }) => {
    let profile: GitlabProfile;
    beforeAll(() => {
      profile = profileOf(extract(page(file), url));
    });

    it('reads exactly the expected fields', () => {
      expect(stableFields(profile)).toEqual(expected);
    });

    it('stamps the capture time', () => {
      expect(new Date(profile.capturedAt).toISOString()).toBe(profile.capturedAt);
    });

    it('reads the same profile on a /users/<name> tab URL and whatever the case of the URL', () => {
      const login = expected.login;
      expect(profileOf(extract(page(file), `https://gitlab.com/users/${login}/projects`)).login).toBe(login);
      expect(profileOf(extract(page(file), `https://gitlab.com/${login.toUpperCase()}/`)).login).toBe(login);
    });
  });

  it('never reads the logged-in viewer shown in the super sidebar, nor the Vue-rendered project list', () => {
    const doc = page('profile-2024.html');
    expect(doc.querySelector('#super-sidebar')?.textContent).toContain('@viewer-eve');
    const json = JSON.stringify(extract(doc, 'https://gitlab.com/alice-dev'));
    expect(json).not.toMatch(/viewer-eve|Eve Viewer|kube-lease|Rust|status-link/);
  });

  it('says unreadable when the page shows someone else than the URL (client-side navigation still rendering)', () => {
    expect(extract(page('profile-2024.html'), 'https://gitlab.com/bob.builder')).toEqual({
      status: 'unreadable',
      reason: 'the page shows @alice-dev, not @bob.builder from the URL (still loading?)',
    });
  });
});

describe('selectors: each variant matches what its fixture holds', () => {
  // [selector key, fixture, expected count of the first matching variant]
  it.each([
    ['header', 'profile-2024.html', 1],
    ['header', 'profile-cover-block.html', 1],
    ['details', 'profile-2024.html', 1],
    ['details', 'profile-cover-block.html', 1],
    ['name', 'profile-2024.html', 1],
    ['name', 'profile-cover-block.html', 1],
    ['jobTitle', 'profile-2024.html', 1],
    ['jobTitle', 'profile-cover-block.html', 0],
    ['organization', 'profile-2024.html', 1],
    ['organization', 'profile-cover-block.html', 1],
    ['location', 'profile-2024.html', 1],
    ['website', 'profile-cover-block.html', 1],
    ['bio', 'profile-2024.html', 1],
    ['bio', 'profile-cover-block.html', 1],
    ['stats', 'profile-2024.html', 2],
    ['stats', 'profile-cover-block.html', 2],
    ['groupPage', 'group.html', 1],
    ['groupPage', 'profile-2024.html', 0],
  ] as const)('%s in %s: %i', (key, file, count) => {
    expect(allMatches(page(file), selectors[key])).toHaveLength(count);
  });
});

describe('pages that are not a user profile', () => {
  it.each([
    ['group.html', 'https://gitlab.com/acme', 'a group page, not a person’s profile'],
    ['group.html', 'https://gitlab.com/groups/acme', 'a group page, not a person’s profile'],
    ['profile-2024.html', 'https://gitlab.com/acme/project', 'a project or subgroup page, not a user profile'],
    ['profile-2024.html', 'https://gitlab.com/acme/sub/project', 'a project or subgroup page, not a user profile'],
    ['profile-2024.html', 'https://gitlab.com/acme/project/-/issues/1', '/acme/project/-/issues/1 is a GitLab page, not a user profile'],
    ['profile-2024.html', 'https://gitlab.com/-/user_settings/profile', '/-/user_settings/profile is a GitLab page, not a user profile'],
    ['profile-2024.html', 'https://gitlab.com/explore', '/explore is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/explore/projects', '/explore/projects is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/dashboard/projects', '/dashboard/projects is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/help', '/help is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/users/sign_in', '/users/sign_in is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/users/alice-dev/unknown-tab', '/users/alice-dev/unknown-tab is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/alice-dev.atom', '/alice-dev.atom is not a user profile page'],
    ['profile-2024.html', 'https://gitlab.com/', 'the GitLab home page, not a user profile'],
    ['profile-2024.html', 'https://about.gitlab.com/alice-dev', 'not a gitlab.com page'],
    ['profile-2024.html', 'https://gitlab.example.com/alice-dev', 'not a gitlab.com page'],
    ['profile-2024.html', 'not a url', 'not a valid URL'],
  ])('%s at %s', (file, url, reason) => {
    expect(extract(page(file), url)).toEqual({ status: 'not-profile', reason });
  });

  it('tells a top-level group from a person by the page alone (same URL shape)', () => {
    expect(isProfileUrl(new URL('https://gitlab.com/acme'))).toBe(true);
    expect(extract(page('group.html'), 'https://gitlab.com/acme').status).toBe('not-profile');
  });
});

describe('profile URLs whose page cannot be read (the content script retries)', () => {
  const notRendered = 'the profile has not rendered yet (or GitLab changed its layout)';

  it.each([
    ['the page shell before the profile renders', fixture('not-rendered.html'), notRendered],
    ['an empty document', '', notRendered],
    ['a page of garbage', '<<<>>> \u0000 <div class="user-profile-header"><p>@', notRendered],
    ['a header without a username', '<div class="user-profile-header"><h1 itemprop="name">Some One</h1></div>', notRendered],
    ['GitLab’s 404 page', fixture('not-found.html'), 'GitLab shows “Page not found” for this profile'],
  ])('%s', (_case, html, reason) => {
    expect(extract(parse(html), 'https://gitlab.com/someone')).toEqual({ status: 'unreadable', reason });
  });
});

describe('a hostile profile page', () => {
  const MEGABYTE = 1_000_000;
  let profile: GitlabProfile;
  let json: string;
  beforeAll(() => {
    const html = fixture('hostile-profile.html').replace('{{HUGE_BIO}}', `Bio ${'A'.repeat(MEGABYTE)}`);
    profile = profileOf(extract(parse(html), 'https://gitlab.com/mallory'));
    json = JSON.stringify(profile);
  });

  it('still validates against the schema, with caps applied', () => {
    expect(profile.bio?.length).toBeLessThanOrEqual(LIMITS.bio);
    expect(profile.bio).toMatch(/^Bio A+… \(truncated\)$/);
  });

  it('keeps only http(s) links off gitlab.com, once each, never the status message’s', () => {
    expect(json).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(profile.website).toBeUndefined();
    expect(profile.socialLinks).toEqual([
      { url: 'https://www.linkedin.com/in/mallory', label: 'LinkedIn' },
      { url: 'https://mastodon.example/@mallory', label: '@mallory@mastodon.example' },
    ]);
  });

  it('reads text only: no script or style source, no invisible or bidi-control characters', () => {
    expect(json).not.toMatch(/alert|steal\(|document\.cookie|display: none|onerror/);
    expect(json).not.toMatch(/[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/);
    expect(profile).toMatchObject({ name: 'Mallory Admin', jobTitle: 'Go Engineer', company: 'ACME Corp', location: 'Berlin' });
  });

  it('reads the profile owner, never the viewer, and drops counts that are not sane integers', () => {
    expect(profile.login).toBe('mallory');
    expect(json).not.toContain('viewer-eve');
    expect(profile.followers).toBeUndefined();
  });
});

describe('list caps', () => {
  it('caps social links at the schema limit, keeping page order', () => {
    const many = Array.from({ length: 30 }, (_, i) => `<a rel="nofollow" href="https://social.example/${i}">@s${i}</a>`).join('');
    const doc = parse(`<div class="user-profile-header"><p>@busy</p></div><aside class="user-profile-sidebar">${many}</aside>`);
    const profile = profileOf(extract(doc, 'https://gitlab.com/busy'));
    expect(profile.socialLinks).toHaveLength(LIMITS.links);
    expect(profile.socialLinks[0]).toEqual({ url: 'https://social.example/0', label: '@s0' });
  });
});

describe('URL classification', () => {
  it.each([
    ['https://gitlab.com/alice', 'alice'],
    ['https://gitlab.com/alice/', 'alice'],
    ['https://gitlab.com/Alice', 'alice'],
    ['https://gitlab.com/users/alice', 'alice'],
    ['https://gitlab.com/users/Alice/', 'alice'],
    ['https://gitlab.com/users/alice/activity', 'alice'],
    ['https://gitlab.com/users/alice/projects', 'alice'],
    ['https://gitlab.com/john.doe', 'john.doe'],
    ['https://gitlab.com/jane_doe-2?tab=projects', 'jane_doe-2'],
    ['https://www.gitlab.com/alice', 'alice'],
    ['https://gitlab.com/groups/acme', undefined],
    ['https://gitlab.com/acme/project', undefined],
    ['https://gitlab.com/acme/project/-/merge_requests', undefined],
    ['https://gitlab.com/-/profile', undefined],
    ['https://gitlab.com/explore', undefined],
    ['https://gitlab.com/dashboard', undefined],
    ['https://gitlab.com/help', undefined],
    ['https://gitlab.com/users/sign_in', undefined],
    ['https://gitlab.com/users/sign_up', undefined],
    ['https://gitlab.com/users/alice/calendar.json', undefined],
    ['https://gitlab.com/alice.keys', undefined],
    ['https://gitlab.com/', undefined],
    ['https://gitlab.com/-alice', undefined],
    ['https://github.com/alice', undefined],
    ['https://gitlab.example.com/alice', undefined],
  ])('%s → %s', (url, id) => {
    expect(profileIdOf(new URL(url))).toBe(id);
    expect(isProfileUrl(new URL(url))).toBe(id !== undefined && new URL(url).hostname === 'gitlab.com');
  });

  it('is a complete site adapter for gitlab.com', () => {
    expect(gitlabAdapter).toMatchObject({ id: 'gitlab', matches: ['https://gitlab.com/*'], selectors });
    expect(gitlabAdapter.profileIdOf).toBe(profileIdOf);
    expect(gitlabAdapter.extract).toBe(extract);
  });
});
