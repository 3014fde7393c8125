import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/schema/limits';
import { type Extraction, type StackOverflowProfile, StackOverflowProfileSchema } from '@/lib/schema/profile';
import { extract, profileIdOf, selectors, stackOverflowAdapter } from '@/lib/sites/stackoverflow/extract';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../../real-fixtures';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/stackoverflow/${name}`, import.meta.url), 'utf8');
const realPage = (name: string) => parse(readRealFixture(`stackoverflow_html/${name}`));

/** The profile of a 'profile' extraction, checked against the schema (which must not need to change it). */
function profileOf(result: Extraction): StackOverflowProfile {
  if (result.status !== 'profile') throw new Error(`expected a profile, got ${result.status}: ${result.reason}`);
  if (result.profile.site !== 'stackoverflow') throw new Error(`expected a Stack Overflow profile, got ${result.profile.site}`);
  const profile = result.profile;
  expect(StackOverflowProfileSchema.parse(profile)).toEqual(profile);
  return profile;
}

/** Everything but the volatile capture time. */
function stableFields(profile: StackOverflowProfile) {
  const { capturedAt: _capturedAt, ...rest } = profile;
  return rest;
}

/** A Developer Story tag: a name only, linked to the tag's questions. */
const listed = (...names: string[]) => names.map((name) => ({ name, url: `https://stackoverflow.com/questions/tagged/${encodeURIComponent(name)}` }));

if (!hasRealFixtures) console.warn(SKIP_REASON);

describe.skipIf(!hasRealFixtures)('real Stack Overflow pages', () => {
  // Every value below was read off the saved HTML by hand (grep), not from the extractor's output.
  // Tags of a Developer Story come ranked: top-answerer tags first, then by how many places list them, then page order.
  const pages = [
    {
      layout: '2022 user page on its Developer Story tab',
      file: 'getmanfreddev-story-scraper__src__tests__html__blanca.html',
      url: 'https://stackoverflow.com/users/18082959/blanca-lanaspa',
      expected: {
        site: 'stackoverflow',
        login: '18082959',
        url: 'https://stackoverflow.com/users/18082959/blanca-lanaspa',
        name: 'Blanca Lanaspa',
        location: 'En la luna',
        about:
          'Lidero organizaciones que desarrollan productos digitales. Mi misión es asegurarme que construimos, lanzamos y gestionamos los productos correctos para los clientes correctos en en el momento correcto.',
        // jira and php are listed twice ("I want to work with" and a position); the disliked php does not count.
        tags: listed('jira', 'php', 'product', 'javascript', 'c#', 'android', 'html', 'figma', 'cobol', 'string', 'json'),
        // The header shows the website as plain text; the story header links it.
        website: 'http://www.blancalanaspa.com/',
        socialLinks: [
          { url: 'https://twitter.com/blanaspa', label: 'blanaspa' },
          { url: 'https://github.com/blanaspa', label: 'blanaspa' },
        ],
      },
    },
    {
      layout: '2022 user page on its Developer Story tab, with network accounts',
      file: 'getmanfreddev-story-scraper__src__tests__html__jaydles.html',
      url: 'https://stackoverflow.com/users/347414/jaydles',
      expected: {
        site: 'stackoverflow',
        login: '347414',
        url: 'https://stackoverflow.com/users/347414/jaydles',
        name: 'Jaydles',
        location: 'New York, NY, United States',
        about: [
          'I work on a product where every few seconds, someone helps a stranger on the internet do their job. Every night, I manage two tiny humans who cannot believe that I\'m the one in charge.',
          'This is what i do for a living.',
        ].join('\n'),
        // "cat" is under "I prefer not to work with".
        tags: listed('sql', 'basic', 'dog', 'sql-server', 'blogs', 'wordpress', 'ftp', 'mosaic', 'dos', 'hypercard'),
        // twitter.com/@jayhanlon (header) and twitter.com/jayhanlon (story header) are one account; LinkedIn is not a website.
        socialLinks: [
          { url: 'https://twitter.com/@jayhanlon', label: '@jayhanlon' },
          { url: 'https://www.linkedin.com/in/jaydles/', label: 'linkedin.com/in/jaydles' },
        ],
      },
    },
    {
      layout: '2017 cv-story Developer Story (anonymized; its real address is not known)',
      file: 'programmercvresume_exporter__spec__fixtures__stackoverflow.html',
      url: 'https://stackoverflow.com/story/johndoe',
      expected: {
        site: 'stackoverflow',
        login: 'johndoe',
        url: 'https://stackoverflow.com/story/johndoe',
        name: 'John Doe',
        location: 'Berlin, Germany',
        // ruby-on-rails: 5 places, ruby and the placeholder "tag": 3 each; "Tag 1" is not a tag name.
        tags: listed('ruby-on-rails', 'ruby', 'tag', 'elasticsearch', 'ember.js', 'rspec', 'capybara', 'jira', 'php'),
        website: 'https://wnm.io/',
        socialLinks: [],
      },
    },
  ] as const;

  describe.each(pages)('$layout ($url)', ({ file, url, expected }) => {
    let profile: StackOverflowProfile;
    beforeAll(() => {
      profile = profileOf(extract(realPage(file), url));
    });

    it('reads exactly the expected fields', () => {
      expect(stableFields(profile)).toEqual(expected);
    });

    it('stamps the capture time', () => {
      expect(new Date(profile.capturedAt).toISOString()).toBe(profile.capturedAt);
    });

    it('reads no reputation or answer counts a Developer Story does not show', () => {
      expect(profile).not.toHaveProperty('reputation');
      expect(profile).not.toHaveProperty('answers');
      expect(profile).not.toHaveProperty('questions');
    });
  });

  describe('2022 Developer Story page (https://stackoverflow.com/story/fbuireu)', () => {
    let profile: StackOverflowProfile;
    beforeAll(() => {
      profile = profileOf(extract(realPage('getmanfreddev-story-scraper__src__tests__html__fbuireu.html'), 'https://stackoverflow.com/story/fbuireu'));
    });

    it('reads the header', () => {
      const { tags: _tags, capturedAt: _capturedAt, ...header } = profile;
      expect(header).toEqual({
        site: 'stackoverflow',
        login: 'fbuireu',
        url: 'https://stackoverflow.com/story/fbuireu', // og:url; the page has no canonical link
        name: 'Ferran Buireu',
        location: 'Barcelona, Spain',
        website: 'https://ferranbuireu.dev/',
        socialLinks: [{ url: 'https://github.com/fbuireu', label: 'fbuireu' }],
        // no about: the statement section only says "Favorite editor: WebStorm"
      });
    });

    it('puts the top 1% / 5% / 10% answerer tags first', () => {
      const topAnswerer = ['gatsby', 'graphql', 'reactjs', 'css', 'javascript', 'netlify', 'node.js', 'strapi', 'html', 'node-modules'];
      expect(profile.tags.slice(0, 10).map((tag) => tag.name).sort()).toEqual([...topAnswerer].sort());
    });

    it('keeps the tags listed most often when the story lists more than the cap (77 distinct)', () => {
      const names = profile.tags.map((tag) => tag.name);
      expect(names).toHaveLength(LIMITS.tags);
      expect(names).toEqual(expect.arrayContaining(['docker', 'linux', 'java', 'typescript', 'php', 'wordpress', 'jenkins']));
      expect(names).not.toContain('autocad'); // listed once, by the oldest position
      expect(new Set(names).size).toBe(names.length);
      for (const tag of profile.tags) expect(tag).toEqual(listed(tag.name)[0]);
    });
  });

  it.each([
    ['https://stackoverflow.com/users/story/lists/348524/fon-technology?storyType=1'],
    // The same markup at a person's address is still a company list, known by its markup.
    ['https://stackoverflow.com/story/fon'],
  ])('a company’s Developer Story list is not a person (%s)', (url) => {
    expect(extract(realPage('getmanfreddev-story-scraper__src__tests__html__fon.html'), url)).toEqual({
      status: 'not-profile',
      reason: 'a company’s Developer Story list, not a person’s profile',
    });
  });

  it('reads a user page by its short id URL and takes the slug from the canonical link', () => {
    const page = 'getmanfreddev-story-scraper__src__tests__html__jaydles.html';
    for (const url of ['https://stackoverflow.com/users/347414', 'https://stackoverflow.com/users/347414/jaydles?tab=profile', 'https://stackoverflow.com/users/story/347414']) {
      expect(profileOf(extract(realPage(page), url))).toMatchObject({ login: '347414', url: 'https://stackoverflow.com/users/347414/jaydles' });
    }
  });

  it('says unreadable when the page is someone else’s than the URL', () => {
    const result = extract(realPage('getmanfreddev-story-scraper__src__tests__html__jaydles.html'), 'https://stackoverflow.com/users/22656/jon-skeet');
    expect(result).toEqual({ status: 'unreadable', reason: 'the page’s own address names another user than the URL (still loading?)' });
  });

  it('never reads the network-account scores beside the links as reputation', () => {
    const page = realPage('getmanfreddev-story-scraper__src__tests__html__jaydles.html');
    expect(page.querySelector('.network-accounts .score')?.textContent).toBe('51.5k'); // on the page…
    expect(JSON.stringify(extract(page, 'https://stackoverflow.com/users/347414/jaydles'))).not.toMatch(/51\.5k|51500|meta\.stackexchange/); // …not in the profile
  });
});

describe('a 2022-style profile tab (hand-made)', () => {
  let profile: StackOverflowProfile;
  beforeAll(() => {
    profile = profileOf(extract(parse(fixture('profile-tab.html')), 'https://stackoverflow.com/users/1234567/ada-example?tab=profile'));
  });

  it('reads the header, stats, about and top tags with score and posts', () => {
    expect(stableFields(profile)).toEqual({
      site: 'stackoverflow',
      login: '1234567',
      url: 'https://stackoverflow.com/users/1234567/ada-example',
      name: 'Ada Example',
      location: 'Lisbon, Portugal',
      about: 'Backend engineer. I build Go services that run on Kubernetes.\nBefore that, eight years of Ruby on Rails.',
      reputation: 15_230,
      answers: 412,
      questions: 17, // "1.2m reached" is not a count we keep
      tags: [
        { name: 'go', score: 1_234, posts: 340, url: 'https://stackoverflow.com/search?q=user:1234567+[go]' }, // "82 Posts %" is not posts
        { name: 'kubernetes', score: 310, posts: 95, url: 'https://stackoverflow.com/search?q=user:1234567+[kubernetes]' },
        { name: 'ruby-on-rails', score: 88, posts: 41, url: 'https://stackoverflow.com/search?q=user:1234567+[ruby-on-rails]' },
        { name: 'c#', score: 7, posts: 5, url: 'https://stackoverflow.com/search?q=user:1234567+[c%23]' },
      ],
      website: 'https://ada.example.dev/',
      socialLinks: [
        { url: 'https://twitter.com/ada_example', label: '@ada_example' },
        { url: 'https://github.com/ada-example', label: 'ada-example' },
      ],
    });
  });

  it('reads the profile owner, never the logged-in viewer in the top bar', () => {
    expect(JSON.stringify(profile)).not.toMatch(/viewer-eve|7654321|999/);
  });

  it('reads the same person from /users/<id> and /u/<id>', () => {
    for (const url of ['https://stackoverflow.com/users/1234567', 'https://stackoverflow.com/u/1234567', 'https://stackoverflow.com/users/1234567/ada-example/']) {
      expect(profileOf(extract(parse(fixture('profile-tab.html')), url))).toMatchObject({ login: '1234567', url: 'https://stackoverflow.com/users/1234567/ada-example' });
    }
  });

  it('builds the address from the URL when the page has no canonical link', () => {
    const doc = parse(fixture('profile-tab.html'));
    doc.querySelectorAll('link[rel="canonical"], meta[property="og:url"]').forEach((element) => element.remove());
    expect(profileOf(extract(doc, 'https://stackoverflow.com/users/1234567')).url).toBe('https://stackoverflow.com/users/1234567');
    expect(profileOf(extract(doc, 'https://stackoverflow.com/users/1234567/ada-example?tab=profile')).url).toBe('https://stackoverflow.com/users/1234567/ada-example');
  });

  it('reads an empty About placeholder as no about text', () => {
    const doc = parse(fixture('profile-tab.html'));
    const about = doc.querySelector('.js-about-me-content')!;
    about.textContent = 'Apparently, this user prefers to keep an air of mystery about them.';
    expect(profileOf(extract(doc, 'https://stackoverflow.com/users/1234567')).about).toBeUndefined();
  });
});

describe('a hostile profile page', () => {
  const MEGABYTE = 1_000_000;
  const html = fixture('hostile-profile.html').replace('{{HUGE_ABOUT}}', `About ${'A'.repeat(MEGABYTE)}`);
  let profile: StackOverflowProfile;
  let json: string;
  beforeAll(() => {
    profile = profileOf(extract(parse(html), 'https://stackoverflow.com/users/666/mallory'));
    json = JSON.stringify(profile);
  });

  it('caps a 1 MB about text with a visible mark', () => {
    expect(profile.about?.length).toBeLessThanOrEqual(LIMITS.bio);
    expect(profile.about).toMatch(/^About A+… \(truncated\)$/);
  });

  it('keeps the words of an about link but never its javascript: target', () => {
    const doc = parse(fixture('hostile-profile.html').replace('{{HUGE_ABOUT}}', 'Short about.'));
    const about = profileOf(extract(doc, 'https://stackoverflow.com/users/666/mallory')).about;
    expect(about).toBe('Short about.\nclick here for more.');
  });

  it('keeps only http(s) links the person added (rel="me"), each account once', () => {
    expect(json).not.toMatch(/javascript:|data:|vbscript:|mailto:|evil\.example/i);
    expect(profile.website).toBe('https://mallory.example/');
    expect(profile.socialLinks).toEqual([{ url: 'https://twitter.com/mallory', label: '@mallory' }]);
  });

  it('reads text only: no script or style source, no invisible or bidi-control characters', () => {
    expect(json).not.toMatch(/alert|steal\(|document\.cookie|display:\s*none|onerror|fetch\(/);
    expect(json).not.toMatch(/[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/);
    expect(profile).toMatchObject({ name: 'Mallorynimda Admin', location: 'Berlin' });
    expect(json).not.toContain('viewer-eve');
  });

  it('drops counts that are not sane integers and tag names Stack Overflow cannot have', () => {
    expect(profile.reputation).toBeUndefined(); // "99999999999999999999999k"
    expect(profile.answers).toBe(1_500);
    expect(profile.questions).toBeUndefined(); // "lots"
    expect(profile.tags).toEqual([
      // a javascript: tag link falls back to the tag's page; a negative score is a score
      { name: 'go', score: -3, posts: 12, url: 'https://stackoverflow.com/questions/tagged/go' },
      // "Bad Tag" is not a tag name; "NaN" is not a score; "4 Posts %" is not posts
      { name: 'rust', url: 'https://stackoverflow.com/search?q=user:666+[rust]' },
    ]);
  });
});

describe('Developer Story tags the person does not want', () => {
  it('are never read, even when the same tag is wanted elsewhere', () => {
    const doc = parse(`
      <div class="timeline-wrapper"><div class="timeline"><header class="header">
        <div id="form-section-PersonalInfo"><div class="name"><h4>Sam Example</h4></div></div>
        <div class="user-technologies">
          <div class="timeline-item-tags"><span class="post-tag">python</span></div>
          <div class="dislike"><div class="timeline-item-tags"><span class="post-tag disliked-tag">php</span><span class="post-tag">cobol</span></div></div>
        </div>
      </header></div></div>`);
    expect(profileOf(extract(doc, 'https://stackoverflow.com/story/sam')).tags.map((tag) => tag.name)).toEqual(['python']);
  });
});

describe('list caps', () => {
  const many = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('');
  const doc = parse(`
    <div id="mainbar-full">
      <div class="fs-headline2">Busy</div>
      <ul class="s-anchors">${many(30, (i) => `<li><a rel="me" href="https://github.com/busy-${i}">busy-${i}</a></li>`)}</ul>
      <div id="top-tags"><div class="s-card">${many(70, (i) => `<div><a class="s-tag" href="/questions/tagged/t${i}">t${i}</a><div class="fs-body3">${i}</div><div>Score</div></div>`)}</div></div>
    </div>`);

  it('caps social links and tags at the schema limits, keeping page order', () => {
    const profile = profileOf(extract(doc, 'https://stackoverflow.com/users/42'));
    expect(profile.socialLinks).toHaveLength(LIMITS.links);
    expect(profile.tags).toHaveLength(LIMITS.tags);
    expect(profile.tags[0]).toEqual({ name: 't0', score: 0, url: 'https://stackoverflow.com/questions/tagged/t0' });
  });
});

describe('pages that are not a user profile', () => {
  it.each([
    ['https://stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster', 'a question page, not a user profile'],
    ['https://stackoverflow.com/q/11227809', 'a question page, not a user profile'],
    ['https://stackoverflow.com/a/11227902/22656', 'a question page, not a user profile'],
    ['https://stackoverflow.com/questions/tagged/go', 'a tags page, not a user profile'],
    ['https://stackoverflow.com/tags', 'a tags page, not a user profile'],
    ['https://stackoverflow.com/users', 'the list of users, not a user profile'],
    ['https://stackoverflow.com/users/story/lists/348524/fon-technology?storyType=1', 'a company’s Developer Story list, not a person’s profile'],
    ['https://stackoverflow.com/users/login', '/users/login is not a user profile page'],
    ['https://stackoverflow.com/users/edit/22656', '/users/edit/22656 is not a user profile page'],
    ['https://stackoverflow.com/', '/ is not a user profile page'],
    ['https://meta.stackoverflow.com/users/22656/jon-skeet', 'not a stackoverflow.com page'],
    ['https://example.com/users/22656/jon-skeet', 'not a stackoverflow.com page'],
    ['not a url', 'not a valid URL'],
  ])('%s', (url, reason) => {
    // A page full of profile markup: the URL alone must rule it out.
    expect(extract(parse(fixture('profile-tab.html')), url)).toEqual({ status: 'not-profile', reason });
  });
});

describe('profile URLs whose page cannot be read', () => {
  const unknownLayout = 'could not find the profile header (unknown Stack Overflow layout)';

  it.each([
    ['an empty document', '', unknownLayout],
    ['a layout the adapter does not know', '<div class="user-card"><h2 class="name">Someone</h2><div class="reputation">1,234</div></div>', unknownLayout],
    ['a page of garbage', '<<<>>> \u0000 <div id="mainbar-full"><div class="fs-headline2">', unknownLayout],
    ['stats and tags without a name', '<div id="mainbar-full"><div id="stats"><div><div class="fs-body3">5</div> answers</div></div></div>', unknownLayout],
    ['Stack Overflow’s 404 page', '<html><head><title>Page not found - Stack Overflow</title></head><body><h1>Page not found</h1></body></html>', 'Stack Overflow shows “Page not found” for this profile'],
  ])('%s', (_case, html, reason) => {
    expect(extract(parse(html), 'https://stackoverflow.com/users/22656/jon-skeet')).toEqual({ status: 'unreadable', reason });
  });
});

describe('URL classification', () => {
  it.each([
    ['https://stackoverflow.com/users/22656/jon-skeet', '22656'],
    ['https://stackoverflow.com/users/22656', '22656'],
    ['https://stackoverflow.com/users/22656/', '22656'],
    ['https://stackoverflow.com/users/22656/jon-skeet?tab=profile', '22656'],
    ['https://stackoverflow.com/users/22656/jon-skeet?tab=answers&sort=votes', '22656'],
    ['https://www.stackoverflow.com/users/22656/jon-skeet', '22656'],
    ['https://stackoverflow.com/u/22656', '22656'],
    ['https://stackoverflow.com/users/story/22656', '22656'],
    ['https://stackoverflow.com/story/fbuireu', 'fbuireu'],
    ['https://stackoverflow.com/story/FBuireu', 'fbuireu'],
    ['https://stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster', undefined],
    ['https://stackoverflow.com/questions/tagged/go', undefined],
    ['https://stackoverflow.com/tags', undefined],
    ['https://stackoverflow.com/users', undefined],
    ['https://stackoverflow.com/users/login', undefined],
    ['https://stackoverflow.com/users/edit/22656', undefined],
    ['https://stackoverflow.com/users/22656/jon-skeet/extra', undefined],
    ['https://stackoverflow.com/users/story/lists/348524/fon-technology', undefined],
    ['https://stackoverflow.com/story', undefined],
    ['https://meta.stackoverflow.com/users/22656/jon-skeet', undefined],
    ['https://superuser.com/users/22656/someone', undefined],
    ['https://example.com/users/22656', undefined],
  ])('profileIdOf(%s) is %s', (url, expected) => {
    expect(profileIdOf(new URL(url))).toBe(expected);
    expect(stackOverflowAdapter.profileIdOf(new URL(url))).toBe(expected);
  });

  it.each([
    ['https://stackoverflow.com/users/22656/jon-skeet', true],
    ['https://stackoverflow.com/story/fbuireu', true],
    ['https://stackoverflow.com/questions/11227809', false],
    ['https://www.stackoverflow.com/users/22656', false], // outside the adapter's match pattern
  ])('isProfileUrl(%s) is %s', (url, expected) => {
    expect(stackOverflowAdapter.isProfileUrl(new URL(url))).toBe(expected);
  });
});

describe('the adapter', () => {
  it('is the Stack Overflow adapter for stackoverflow.com pages', () => {
    expect(stackOverflowAdapter).toMatchObject({ id: 'stackoverflow', matches: ['https://stackoverflow.com/*'], selectors });
  });

  it.each(Object.entries(selectors))('selectors.%s are all valid CSS', (_name, variants) => {
    const doc = parse('<html><body></body></html>');
    for (const selector of variants) expect(() => doc.querySelectorAll(selector)).not.toThrow();
  });
});
