import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/schema/limits';
import { GithubProfileSchema, type Extraction, type GithubProfile } from '@/lib/schema/profile';
import { adapterFor, adapters } from '@/lib/sites';
import { contributionsFragmentUrl, contributionsHeadingHtml, extract, extractContributions, githubAdapter, selectors } from '@/lib/sites/github/extract';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../../real-fixtures';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/github/${name}`, import.meta.url), 'utf8');
const realPage = (name: string) => parse(readRealFixture(`github_html/${name}`));

/** The profile of a 'profile' extraction, checked against the schema (which must not need to change it). */
function profileOf(result: Extraction): GithubProfile {
  if (result.status !== 'profile') throw new Error(`expected a profile, got ${result.status}: ${result.reason}`);
  const profile = result.profile;
  if (profile.site !== 'github') throw new Error(`expected a GitHub profile, got ${profile.site}`);
  expect(GithubProfileSchema.parse(profile)).toEqual(profile);
  return profile;
}

/** Everything but the volatile capture time and the README, which is checked by excerpt. */
function stableFields(profile: GithubProfile) {
  const { capturedAt: _capturedAt, readme: _readme, ...rest } = profile;
  return rest;
}

const repo = (fields: Partial<GithubProfile['pinned'][number]> & { name: string; owner: string }) => ({
  kind: 'repository' as const,
  url: `https://github.com/${fields.name.includes('/') ? fields.name : `${fields.owner}/${fields.name}`}`,
  ...fields,
});

if (!hasRealFixtures) console.warn(SKIP_REASON);

describe.skipIf(!hasRealFixtures)('real GitHub profile pages', () => {
  // Every value below was read off the saved HTML by hand (grep), not from the extractor's output.
  const pages = [
    {
      layout: "2012 'pagehead userpage', logged in as gabebw",
      file: 'adarshgitsucker__spec__fixtures__github_profile.html',
      url: 'https://github.com/adarshpandit',
      expected: {
        site: 'github',
        login: 'adarshpandit',
        url: 'https://github.com/adarshpandit',
        name: 'Adarsh Pandit',
        socialLinks: [],
        followers: 2,
        following: 10, // "10 followed users"; the "22 watched repos" link also points at /following
        organizations: [{ login: 'thoughtbot', url: 'https://github.com/thoughtbot' }],
        pinned: [],
      },
      readmeExcerpts: undefined,
    },
    {
      layout: '2021, own logged-in view',
      file: 'Mayowa-Ojoetchy__test__files__github_profile.html',
      url: 'https://github.com/Mayowa-Ojo',
      expected: {
        site: 'github',
        login: 'Mayowa-Ojo',
        url: 'https://github.com/Mayowa-Ojo',
        name: 'Mayowa Ojo',
        bio: 'Backend Engineering | APIs | Automation',
        website: 'https://mayowa-ojo.github.io/',
        socialLinks: [{ url: 'https://twitter.com/unorthodev', label: '@unorthodev' }],
        followers: 16,
        following: 12,
        organizations: [], // the only org link on the page is the activity filter "@turingschool", not the sidebar
        pinned: [
          repo({ name: 'eyeball', owner: 'Mayowa-Ojo', description: 'Simple cli tool to display file stats for your projects.', language: 'Go', stars: 4 }),
          repo({ name: 'chillspot-client', owner: 'Mayowa-Ojo', description: 'Front-end repository for the chillspot web app.', language: 'JavaScript' }),
          repo({ name: 'chillspot-server', owner: 'Mayowa-Ojo', description: 'Server repository for the chillspot web app.', language: 'TypeScript' }),
          repo({
            name: 'go-musings',
            owner: 'Mayowa-Ojo',
            description: "collection of hacks, 'aha' moments, utilities, and discoveries as I learn golang",
            language: 'Go',
            stars: 2,
          }),
          repo({ name: 'kora-client', owner: 'Mayowa-Ojo', description: 'Client repository for kora (a full-stack clone of the Quora web app)', language: 'Vue', stars: 2 }),
          repo({ name: 'kora-server', owner: 'Mayowa-Ojo', description: 'Server repository for kora (a full-stack clone of the Quora web app)', language: 'Go', stars: 3 }),
        ],
        contributions: { lastYear: 3453, source: 'page' },
      },
      readmeExcerpts: ["Hi there\nI'm Mayowa.", 'Ask me about Node.js, React, Vue and Football Manager'],
    },
    {
      layout: '2026-01 React-era, logged out',
      file: 'Sheik0808github__github_profile.html',
      url: 'https://github.com/defunkt',
      expected: {
        site: 'github',
        login: 'defunkt',
        url: 'https://github.com/defunkt',
        name: 'Chris Wanstrath',
        bio: '🍔',
        website: 'http://chriswanstrath.com/',
        socialLinks: [],
        followers: 22_600, // shown as "22.6k"
        following: 215,
        organizations: [{ login: 'mustache', url: 'https://github.com/mustache' }],
        pinned: [
          repo({ name: 'atom/atom', owner: 'atom', description: 'The hackable text editor', language: 'JavaScript', stars: 61_000, forks: 17_300 }),
          repo({
            name: 'resque/resque',
            owner: 'resque',
            description: 'Resque is a Redis-backed Ruby library for creating background jobs, placing them on multiple queues, and processing them later.',
            language: 'Ruby',
            stars: 9_500,
            forks: 1_700,
          }),
          repo({ name: 'mislav/hub', owner: 'mislav', description: 'A command-line tool that makes git easier to use with GitHub.', language: 'Go', stars: 22_900, forks: 2_200 }),
          repo({ name: 'gist', owner: 'defunkt', description: 'Potentially the best command line gister.', language: 'Ruby', stars: 3_800, forks: 342 }),
          repo({ name: 'jquery-pjax', owner: 'defunkt', description: 'pushState + ajax = pjax', language: 'JavaScript', stars: 16_700, forks: 2_000 }),
          repo({ name: 'mustache/mustache', owner: 'mustache', description: 'Logic-less Ruby templates.', language: 'Ruby', stars: 3_100, forks: 272 }),
        ],
      },
      readmeExcerpts: undefined,
    },
    {
      layout: '2025-12 React-era, logged out',
      file: 'dingaanmanjateProfile__github_profile.html',
      url: 'https://github.com/dingaanmanjate',
      expected: {
        site: 'github',
        login: 'dingaanmanjate',
        url: 'https://github.com/dingaanmanjate',
        name: 'fasma',
        bio: 'Identifies as an Engineer.',
        company: '@dev-api-org',
        website: 'https://dingaanmanjate.github.io/Profile/',
        socialLinks: [],
        followers: 1, // "1 follower", singular
        following: 2,
        organizations: [{ login: 'Spectrum-Digital-Services', url: 'https://github.com/Spectrum-Digital-Services' }],
        pinned: [
          repo({
            name: 'dev-api-org/ai-app-containerization',
            owner: 'dev-api-org',
            description: 'A low-code AI app that will be containerised and deployed to the Kubernetes using a CI/CD pipeline.',
            language: 'PowerShell',
          }),
          repo({
            name: 'devfolioAI',
            owner: 'dingaanmanjate',
            description: 'AI-powered tool for generating professional bios, project summaries, and learning reflections.',
            language: 'Python',
          }),
          repo({
            name: 'dev-api-org/ai-portfolio-assistant',
            owner: 'dev-api-org',
            description: 'AI-powered tool for generating professional bios, project summaries, and learning reflections.',
            language: 'Python',
            stars: 1,
            forks: 2,
          }),
          repo({
            name: 'Smart-Data-Manager',
            owner: 'dingaanmanjate',
            description:
              'Python ETL pipeline for Smart Data Manager: extracts, cleans, transforms, and loads data into SQL Server for reporting and analytics.',
            language: 'Python',
          }),
          repo({
            name: 'Rubics-Cube-Game',
            owner: 'dingaanmanjate',
            description: 'Just having fun with c++ programming by making this rubiks cube game. Hope to make minstream soon after a couple of tweeks.',
            language: 'Makefile',
            stars: 2,
          }),
        ],
      },
      readmeExcerpts: ['Dingaan Manjate\n"I don\'t just write code; I devour complexity."\nCloud Engineer', 'Let\'s build something great together.'],
    },
  ] as const;

  describe.each(pages)('$layout ($url)', ({ file, url, expected, readmeExcerpts }) => {
    let result: Extraction;
    let profile: GithubProfile;
    beforeAll(() => {
      result = extract(realPage(file), url);
      profile = profileOf(result);
    });

    it('reads exactly the expected fields', () => {
      expect(stableFields(profile)).toEqual(expected);
    });

    it('reads the profile README as plain text, if the page has one', () => {
      if (readmeExcerpts) for (const excerpt of readmeExcerpts) expect(profile.readme).toContain(excerpt);
      else expect(profile.readme).toBeUndefined();
    });

    it('asks for the contributions fragment only when the page lacks the count', () => {
      if (result.status !== 'profile') throw new Error('not a profile');
      if (profile.contributions) expect(result.needsContributions).toBeUndefined();
      else expect(result.needsContributions).toEqual({ url: `https://github.com/users/${expected.login}/contributions` });
    });

    it('stamps the capture time', () => {
      expect(new Date(profile.capturedAt).toISOString()).toBe(profile.capturedAt);
    });
  });

  it('never mixes in the logged-in viewer shown in the 2012 site header (gabebw)', () => {
    const page = realPage('adarshgitsucker__spec__fixtures__github_profile.html');
    expect(page.querySelector('#userbox .name')?.textContent).toBe('gabebw'); // the viewer is on the page…
    expect(JSON.stringify(extract(page, 'https://github.com/adarshpandit'))).not.toContain('gabebw'); // …but not in the profile
  });

  it.each([
    ['Sheik0808github__fragment.html', 'defunkt', 0],
    ['Sheik0808github__torvalds_fragment.html', 'torvalds', 3_119],
    ['thomas-zahnercommitoria__lib__fixtures__github.html', 'thomas-zahner', 191],
  ])('reads the contribution count from the fragment %s (%s)', (file, login, count) => {
    const fragment = realPage(file);
    expect(extractContributions(fragment)).toBe(count);
    // The content script parses only the markup up to the heading: same count, a fraction of the parse.
    const html = readRealFixture(`github_html/${file}`);
    const head = contributionsHeadingHtml(html);
    expect(head.length).toBeLessThan(html.length / 10);
    expect(extractContributions(parse(head))).toBe(count);
    expect(extract(fragment, contributionsFragmentUrl(login))).toEqual({
      status: 'not-profile',
      reason: 'the contributions fragment, not a profile page',
    });
  });

  it('finds no heading in a fragment without a count', () => {
    expect(contributionsHeadingHtml('<div>Loading…</div>')).toBe('');
    expect(extractContributions(parse(contributionsHeadingHtml('<div>Loading…</div>')))).toBeUndefined();
  });

  it('reads the count from a full page that has it, and not from one that loads it lazily', () => {
    expect(extractContributions(realPage('Mayowa-Ojoetchy__test__files__github_profile.html'))).toBe(3_453);
    expect(extractContributions(realPage('Sheik0808github__github_profile.html'))).toBeUndefined();
  });

  it('reads a profile whatever the case of the login in the URL, and on a tab URL', () => {
    const page = realPage('Sheik0808github__github_profile.html');
    expect(profileOf(extract(page, 'https://github.com/Defunkt')).login).toBe('defunkt');
    expect(profileOf(extract(page, 'https://github.com/defunkt/?tab=repositories')).login).toBe('defunkt');
  });

  it('says unreadable when the page shows someone else than the URL (Turbo navigation still rendering)', () => {
    const result = extract(realPage('Sheik0808github__github_profile.html'), 'https://github.com/torvalds');
    expect(result).toEqual({ status: 'unreadable', reason: 'the page shows @defunkt, not @torvalds from the URL (still loading?)' });
  });
});

describe('pages that are not a user profile', () => {
  it.each([
    ['repository.html', 'https://github.com/octo/hello-world', 'a repository page, not a user profile'],
    ['repository.html', 'https://github.com/octo/hello-world/blob/main/README.md', 'a repository page, not a user profile'],
    ['organization.html', 'https://github.com/acme', 'an organization page, not a person’s profile'],
    // A settings page is full of the viewer's own profile markup: the URL alone must rule it out.
    ['hostile-profile.html', 'https://github.com/settings/profile', '/settings/profile is not a user profile page'],
    ['hostile-profile.html', 'https://github.com/orgs/acme/people', '/orgs/acme/people is not a user profile page'],
    ['hostile-profile.html', 'https://github.com/search?q=rust&type=users', 'search results, not a user profile'],
    ['hostile-profile.html', 'https://github.com/', 'the dashboard, not a user profile'],
    ['hostile-profile.html', 'https://github.com/marketplace', '/marketplace is not a user profile page'],
    ['hostile-profile.html', 'https://github.com/users/mallory/contributions', 'the contributions fragment, not a profile page'],
    ['hostile-profile.html', 'https://gist.github.com/mallory', 'not a github.com page'],
    ['hostile-profile.html', 'https://evil.example/mallory', 'not a github.com page'],
    ['hostile-profile.html', 'not a url', 'not a valid URL'],
  ])('%s at %s', (file, url, reason) => {
    expect(extract(parse(fixture(file)), url)).toEqual({ status: 'not-profile', reason });
  });

  // Any one of these signals is enough: the fixture is stripped down to a single one each time.
  it.each([
    ['hovercard meta', (doc: Document) => doc.querySelector('meta[name="hovercard-subject-tag"]')],
    ['analytics-location meta', (doc: Document) => doc.querySelector('meta[name="analytics-location"]')],
    ['.orghead', (doc: Document) => doc.querySelector('.orghead')],
    ['schema.org/Organization microdata', (doc: Document) => doc.querySelector('[itemtype$="schema.org/Organization"]')],
  ])('detects an organization by its %s alone', (_signal, keep) => {
    const doc = parse(fixture('organization.html'));
    const kept = keep(doc);
    doc.querySelectorAll('meta[name="hovercard-subject-tag"], meta[name="analytics-location"]').forEach((meta) => meta !== kept && meta.remove());
    for (const el of Array.from(doc.querySelectorAll('.orghead'))) if (el !== kept) el.removeAttribute('class');
    for (const el of Array.from(doc.querySelectorAll('[itemtype$="schema.org/Organization"]'))) if (el !== kept) el.removeAttribute('itemtype');
    expect(extract(doc, 'https://github.com/acme').status).toBe('not-profile');
  });
});

describe('profile URLs whose page cannot be read', () => {
  const unknownLayout = 'could not find the profile header (unknown GitHub layout)';

  it.each([
    ['a layout the adapter does not know', fixture('unknown-layout.html'), unknownLayout],
    ['an empty document', '', unknownLayout],
    ['a page of garbage', '<<<>>> \u0000 <div class="h-card"><span class="p-nickname">', unknownLayout],
    ['a vcard with no login', '<div class="h-card"><div class="vcard-names"><span class="p-name">Some One</span></div></div>', unknownLayout],
    ['GitHub’s 404 page', '<html><head><title>Page not found · GitHub</title></head><body><h1>404</h1></body></html>', 'GitHub shows “Page not found” for this profile'],
  ])('%s', (_case, html, reason) => {
    expect(extract(parse(html), 'https://github.com/someone')).toEqual({ status: 'unreadable', reason });
  });
});

describe('a hostile profile page', () => {
  const MEGABYTE = 1_000_000;
  const html = fixture('hostile-profile.html')
    .replace('{{HUGE_BIO}}', `Bio ${'A'.repeat(MEGABYTE)}`)
    .replace('{{HUGE_README}}', `Readme ${'word '.repeat(MEGABYTE / 5)}`);
  let profile: GithubProfile;
  let json: string;
  beforeAll(() => {
    const result = extract(parse(html), 'https://github.com/mallory');
    profile = profileOf(result);
    json = JSON.stringify(profile);
  });

  it('still validates against the schema, with caps applied', () => {
    expect(profile.bio?.length).toBeLessThanOrEqual(LIMITS.bio);
    expect(profile.bio).toMatch(/^Bio A+… \(truncated\)$/);
    expect(profile.readme?.length).toBeLessThanOrEqual(LIMITS.readme);
    expect(profile.readme).toMatch(/^Hi, I'm Mallory\nI build <script> tags for fun\.\nReadme (word )+.*… \(truncated\)$/);
  });

  it('keeps only http(s) links, resolving relative ones against github.com', () => {
    expect(json).not.toMatch(/javascript:|data:|vbscript:|mailto:/i);
    expect(profile.website).toBeUndefined();
    expect(profile.socialLinks).toEqual([
      { url: 'https://github.com/mallory/relative', label: 'relative' },
      { url: 'https://mastodon.example/@mallory', label: '@mallory@mastodon.example' },
    ]);
    expect(profile.organizations).toEqual([{ login: 'good-org', url: 'https://github.com/good-org' }]);
  });

  it('keeps only pinned items that link to github.com or gist.github.com', () => {
    expect(profile.pinned).toEqual([
      repo({ name: 'tool', owner: 'mallory', description: 'A tool for things', language: 'Rust', stars: 1_234, forks: 5 }),
      repo({ name: 'someone/lib', owner: 'someone' }),
      { name: 'notes.md', owner: 'mallory', url: 'https://gist.github.com/mallory/0123abcd', kind: 'gist' },
    ]);
  });

  it('reads text only: no script or style source, no invisible or bidi-control characters', () => {
    expect(json).not.toMatch(/alert|steal\(|document\.cookie|display: none|onerror/);
    expect(json).not.toMatch(/[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/);
    expect(profile).toMatchObject({ name: 'Mallorynimda Admin', company: 'ACME Corp', location: 'Berlin', email: 'mallory@example.com' });
  });

  it('reads the profile owner, never the logged-in viewer in the site header', () => {
    expect(profile.login).toBe('mallory');
    expect(json).not.toContain('viewer-eve');
  });

  it('drops counts that are not sane integers', () => {
    expect(profile.followers).toBeUndefined(); // "99999999999999999999999k"
    expect(profile.following).toBe(1_500_000);
    expect(profile.contributions).toEqual({ lastYear: 1_234, source: 'page' });
  });
});

describe('list caps', () => {
  const many = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('');
  const doc = parse(`
    <div class="h-card">
      <div class="vcard-names"><span class="p-nickname">busy</span></div>
      <ul>${many(30, (i) => `<li itemprop="social"><a href="https://social.example/${i}">@s${i}</a></li>`)}</ul>
      ${many(60, (i) => `<a class="avatar-group-item" data-hovercard-type="organization" href="/org-${i}"></a>`)}
    </div>
    <ol>${many(10, (i) => `<li class="pinned-item-list-item"><a href="/busy/r${i}"><span class="repo">r${i}</span></a></li>`)}</ol>`);

  it('caps social links, organizations and pins at the schema limits, keeping page order', () => {
    const profile = profileOf(extract(doc, 'https://github.com/busy'));
    expect(profile.socialLinks).toHaveLength(LIMITS.links);
    expect(profile.organizations).toHaveLength(LIMITS.organizations);
    expect(profile.pinned).toHaveLength(LIMITS.pinned);
    expect(profile.pinned[0]).toMatchObject({ name: 'r0', owner: 'busy' });
  });
});

describe('follower counts', () => {
  it('come from the followers and following tab links, whatever else the card links to', () => {
    const doc = parse(`
      <div class="h-card">
        <div class="vcard-names"><span class="p-nickname">busy</span></div>
        <a href="https://github.com/busy?tab=repositories"><span>12</span> repositories</a>
        <a href="https://github.com/busy?tab=followers"><svg></svg><span>1.2k</span> followers</a>
        <a href="https://github.com/busy?tab=following"><span>7</span> following</a>
      </div>`);
    expect(profileOf(extract(doc, 'https://github.com/busy'))).toMatchObject({ followers: 1_200, following: 7 });
  });
});

describe('URL classification', () => {
  it.each([
    ['https://github.com/defunkt', true],
    ['https://github.com/defunkt/', true],
    ['https://github.com/defunkt?tab=repositories', true],
    ['https://github.com/jdoe_acme', true],
    ['https://github.com/defunkt/dotjs', false],
    ['https://github.com/settings/profile', false],
    ['https://github.com/settings', false],
    ['https://github.com/orgs/github/people', false],
    ['https://github.com/search?q=x', false],
    ['https://github.com/', false],
    ['https://github.com/notifications', false],
    ['https://github.com/users/defunkt/contributions', false],
    ['https://gist.github.com/defunkt', false],
    ['https://example.com/defunkt', false],
  ])('isProfileUrl(%s) is %s', (url, expected) => {
    expect(githubAdapter.isProfileUrl(new URL(url))).toBe(expected);
  });

  it('builds the contributions fragment URL from the login', () => {
    expect(contributionsFragmentUrl('torvalds')).toBe('https://github.com/users/torvalds/contributions');
  });
});

describe('adapter registry', () => {
  it('registers the GitHub adapter', () => {
    expect(adapters).toContain(githubAdapter);
    expect(githubAdapter.matches).toEqual(['https://github.com/*']);
  });

  it.each([
    ['https://github.com/defunkt', githubAdapter],
    ['https://github.com/defunkt/dotjs', githubAdapter], // the site matches; the adapter itself says not-profile
    ['http://github.com/defunkt', undefined],
    ['https://gist.github.com/defunkt', undefined],
    ['https://example.com/', undefined],
    ['not a url', undefined],
  ])('adapterFor(%s)', (url, expected) => {
    expect(adapterFor(url)).toBe(expected);
  });

  it.each(Object.entries(selectors))('selectors.%s are all valid CSS', (_name, variants) => {
    const doc = parse('<html><body></body></html>');
    for (const selector of variants) expect(() => doc.querySelectorAll(selector)).not.toThrow();
  });
});

describe('2016-2019 layout, signed out (hand-written: tests/fixtures/github/profile-2018.html)', () => {
  const read = () => profileOf(extract(parseHTML(fixture('profile-2018.html')).document as unknown as Document, 'https://github.com/jdoe-2018'));

  it('never takes "Sign in to view email" for an email', () => {
    const profile = read();
    expect(profile.email).toBeUndefined();
    expect(JSON.stringify(profile)).not.toMatch(/sign in/i);
  });

  it('reads its one pinned repository and its 11 contributions', () => {
    const profile = read();
    expect(profile.pinned).toEqual([
      expect.objectContaining({ name: 'tinyqueue', owner: 'jdoe-2018', description: 'A small concurrent job queue', language: 'Go', stars: 7 }),
    ]);
    expect(profile.contributions).toEqual({ lastYear: 11, source: 'page' });
    expect(profile).toMatchObject({ name: 'Jane Doe', location: 'Lyon', bio: 'Systems programmer. Go and a little C.' });
  });

  it('keeps a real public email', () => {
    const html = fixture('profile-2018.html').replace(
      '<a class="u-email" href="/login?return_to=https%3A%2F%2Fgithub.com%2Fjdoe-2018">Sign in to view email</a>',
      '<a class="u-email" href="mailto:jane@example.org">jane@example.org</a>',
    );
    const profile = profileOf(extract(parseHTML(html).document as unknown as Document, 'https://github.com/jdoe-2018'));
    expect(profile.email).toBe('jane@example.org');
  });
});
