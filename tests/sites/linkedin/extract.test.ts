import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/schema/limits';
import { type Extraction, type LinkedInProfile, LinkedInProfileSchema } from '@/lib/schema/profile';
import { matchesPattern } from '@/lib/sites';
import { extract, linkedInAdapter, linkTarget, multilineText, profileIdOf, selectors } from '@/lib/sites/linkedin/extract';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../../real-fixtures';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const realPage = (name: string) => parse(readRealFixture(`linkedin_html/${name}`));

/** The profile of a 'profile' extraction, checked against the schema (which must not need to change it). */
function profileOf(result: Extraction): LinkedInProfile {
  if (result.status !== 'profile') throw new Error(`expected a profile, got ${result.status}: ${result.reason}`);
  if (result.profile.site !== 'linkedin') throw new Error(`expected a LinkedIn profile, got ${result.profile.site}`);
  const profile = result.profile;
  expect(LinkedInProfileSchema.parse(profile)).toEqual(profile);
  return profile;
}

function stableFields(profile: LinkedInProfile) {
  const { capturedAt: _capturedAt, ...rest } = profile;
  return rest;
}

if (!hasRealFixtures) console.warn(SKIP_REASON);

const FILES = {
  jeff: 'yatish27linkedin-scraper__spec__fixtures__jeffweiner08.html',
  julian: 'julianbeilinkedin-public-profile__test__fixtures__profile.html',
  johnDoe: 'programmercvresume_exporter__spec__fixtures__linkedin.html',
  rob: 'SubstrateLabsbrocc__cli__src__brocc_li__tests__html_fixtures___linkedin-profile.html',
} as const;

// Every value below was read off the saved HTML by hand, not from the extractor's output.
describe.skipIf(!hasRealFixtures)('real LinkedIn profile pages', () => {
  describe('2016 public profile: jeffweiner08 (canonical https://www.linkedin.com/in/jeffweiner08)', () => {
    let profile: LinkedInProfile;
    beforeAll(() => {
      profile = profileOf(extract(realPage(FILES.jeff), 'https://www.linkedin.com/in/jeffweiner08'));
    });

    it('reads the top card', () => {
      expect(profile).toMatchObject({
        site: 'linkedin',
        login: 'jeffweiner08',
        url: 'https://www.linkedin.com/in/jeffweiner08',
        name: 'Jeff Weiner',
        headline: 'CEO at LinkedIn',
        location: 'San Francisco Bay Area',
        view: 'public',
      });
    });

    it('reads the summary as plain text, one line per <br><br> paragraph', () => {
      expect(profile.about).toMatch(/^Internet executive with over 20 years of experience, including general management/);
      expect(profile.about).toContain('\nCurrently CEO at LinkedIn, the web\'s largest and most powerful network of professionals.\n');
      expect(profile.about).toMatch(/\nSpecialties: general management, corporate development, .*non-profit governance$/);
      expect(profile.about?.split('\n')).toHaveLength(5);
    });

    it('reads all 12 positions, current ones first as the page lists them', () => {
      expect(profile.positions).toHaveLength(12);
      expect(profile.positions[0]).toEqual({ title: 'CEO', company: 'LinkedIn', start: 'December 2008', current: true });
      expect(profile.positions[3]).toEqual({ title: 'Member, Board of Directors', company: 'Malaria No More', start: '2007', current: true }); // company without a link
      expect(profile.positions[8]).toEqual({
        title: 'Executive Vice President Network Division',
        company: 'Yahoo!',
        start: 'May 2001',
        end: 'June 2008',
        current: false,
      });
      expect(profile.positions.at(-1)).toEqual({
        title: 'Senior Analyst',
        company: 'Braxton Associates',
        start: 'September 1992',
        end: 'September 1994',
        current: false,
      });
      expect(profile.positions.filter((position) => position.current)).toHaveLength(6);
    });

    it('reads all 26 skills, those behind "See 11+" included, and not the expander labels', () => {
      expect(profile.skills).toHaveLength(26);
      expect(profile.skills.slice(0, 3)).toEqual(['Product Development', 'Corporate Development', 'Product Marketing']);
      expect(profile.skills).toContain('Mergers & Acquisitions');
      expect(profile.skills.at(-1)).toBe('Mobile Applications');
      expect(profile.skills.join('|')).not.toMatch(/See 11\+|See less/);
    });

    it('unwraps the redirected website link', () => {
      expect(profile.socialLinks).toEqual([{ url: 'http://www.linkedin.com/', label: 'Company Website' }]);
    });

    it('reads nothing of the other people on the page, awards or recommendations', () => {
      const json = JSON.stringify(profile);
      for (const other of ['Barack Obama', 'Human Capital Professional', 'Some award', 'DonorsChoose.org board member', 'Portugués']) {
        expect(json).not.toContain(other);
      }
    });

    it('reads the same profile from any spelling of its URL', () => {
      const page = realPage(FILES.jeff);
      expect(profileOf(extract(page, 'https://www.linkedin.com/in/JeffWeiner08/?trk=nav')).login).toBe('jeffweiner08');
      expect(profileOf(extract(page, 'https://linkedin.com/in/jeffweiner08')).url).toBe('https://www.linkedin.com/in/jeffweiner08');
    });

    it('says unreadable when the page is another profile than the URL names', () => {
      expect(extract(realPage(FILES.jeff), 'https://www.linkedin.com/in/barackobama')).toEqual({
        status: 'unreadable',
        reason: 'the page shows /in/jeffweiner08, not /in/barackobama from the URL (still loading?)',
      });
    });
  });

  describe('2016 public profile on a country site: julianamelung (canonical https://de.linkedin.com/in/julianamelung)', () => {
    let profile: LinkedInProfile;
    beforeAll(() => {
      profile = profileOf(extract(realPage(FILES.julian), 'https://de.linkedin.com/in/julianamelung'));
    });

    it('reads the top card and the German summary', () => {
      expect(profile).toMatchObject({
        login: 'julianamelung',
        url: 'https://www.linkedin.com/in/julianamelung',
        name: 'Julian (Beisenkötter) Amelung',
        headline: 'Software Artist',
        location: 'Berlin Area, Germany',
        // The page writes the ü of "gefürchtetste" decomposed (u + U+0308), and the text keeps it as shown.
        about: 'Die kreative Zerstörung ist gleichermaßen die gefu\u0308rchtetste als auch die vielversprechendste Art der Innovation.\nDies sollte allenfalls bedacht werden.',
        view: 'public',
        socialLinks: [],
      });
    });

    it('reads the 7 positions of the experience section, not the volunteering role listed like one', () => {
      expect(profile.positions).toHaveLength(7);
      expect(profile.positions[0]).toEqual({
        title: 'CEO',
        company: 'eXalted IT',
        start: 'February 2011',
        current: true,
        // "Software Evangelist<br>Entrepreneur": the line break keeps the words apart.
        description: 'Business Development, Startup Consultant, Software Evangelist\nEntrepreneur, Geschäftsführer',
      });
      expect(profile.positions[1]).toMatchObject({ title: 'Senior Software Architect', company: 'FinLeap', start: 'April 2016', end: 'July 2016' });
      expect(profile.positions.at(-1)).toEqual({
        title: 'Oracle PL/SQL Consultant',
        company: 'biss consulting GmbH',
        start: 'July 2011',
        end: 'November 2011',
        current: false,
        description: 'PLSQL Developer and Database Designer',
      });
      expect(profile.positions.map((position) => position.title)).not.toContain('Leiter');
    });

    it('reads all 29 skills', () => {
      expect(profile.skills).toHaveLength(29);
      expect(profile.skills[0]).toBe('Entrepreneurship');
      expect(profile.skills).toEqual(expect.arrayContaining(['Ruby', 'Ruby on Rails', 'Java', 'JavaScript', 'Node.js', 'Microservices']));
      expect(profile.skills.at(-1)).toBe('Mobilanwendungen');
    });
  });

  describe('2017 public profile, anonymized by its saver: John Doe (https://www.linkedin.com/in/john-doe-46b359134)', () => {
    it('reads exactly the expected fields', () => {
      const profile = profileOf(extract(realPage(FILES.johnDoe), 'https://www.linkedin.com/in/john-doe-46b359134'));
      expect(stableFields(profile)).toEqual({
        site: 'linkedin',
        login: 'john-doe-46b359134',
        url: 'https://www.linkedin.com/in/john-doe-46b359134',
        name: 'John Doe',
        headline: 'Software Developer at Fake Test Company Inc.',
        location: 'Kassel, Hessen, Germany',
        about: 'A summary',
        positions: [
          { title: 'First Experience Title', company: 'First Experience Company Name', start: 'April 2009', current: true, description: 'First Experience Description' },
          {
            title: 'Second Experience Title',
            company: 'Second Experience Company Name',
            start: 'March 2009',
            end: 'February 2010',
            current: false,
            description: 'Second Experience Description',
          },
        ],
        skills: ['Skill One', 'Skill Two', 'Skill Three'],
        // Both behind https://www.linkedin.com/redir/redirect?url=…; project and patent links are not websites.
        socialLinks: [
          { url: 'http://first-website.com/', label: 'Personal Website' },
          { url: 'http://second-website.com/', label: 'Blog' },
        ],
        view: 'public',
      });
    });
  });

  describe('2025 member view, rendered DOM with hashed class names: robertkcheung (https://www.linkedin.com/in/robertkcheung)', () => {
    let profile: LinkedInProfile;
    beforeAll(() => {
      profile = profileOf(extract(realPage(FILES.rob), 'https://www.linkedin.com/in/robertkcheung'));
    });

    it('reads exactly the expected fields', () => {
      expect(stableFields(profile)).toEqual({
        site: 'linkedin',
        login: 'robertkcheung',
        url: 'https://www.linkedin.com/in/robertkcheung',
        name: 'Rob Cheung',
        headline: 'Co-Founder ꩜Substrate',
        location: 'Brooklyn, New York, United States',
        // The page has no About section.
        // The experience card shows 5 of "7 experiences"; the rest are on a details page we do not fetch.
        positions: [
          { title: 'Co-Founder, CEO', company: '꩜Substrate', start: 'Sep 2023', current: true }, // "꩜Substrate · Full-time"
          { title: 'Founder Fellow // Member', company: 'South Park Commons', start: 'Apr 2023', current: true },
          { title: 'CTO', company: 'Smalltalk', start: '2023', end: '2023', current: false },
          { title: 'Founding Engineer', company: 'Substack', start: '2019', end: '2023', current: false },
          { title: 'Founding Engineer', company: 'Fin Assistant. (2015 - 2019)', start: '2015', end: '2018', current: false },
        ],
        // The card shows 2 of "21 skills".
        skills: ['Android Development', 'Java'],
        // Contact info is an overlay that was not open; the top card links only within LinkedIn.
        socialLinks: [],
        view: 'member',
      });
    });

    it('reads nothing of the viewer, the endorsers, the feed or the suggested profiles', () => {
      const json = JSON.stringify(profile);
      for (const other of ['Kyle Pitzen', 'Ron Shapiro', 'Endorsed', 'Jonathan Shriftman', 'Gokul Rajaram', 'University of Illinois', '1,159 followers']) {
        expect(json).not.toContain(other);
      }
    });

    it('takes the vanity name the page shows when the URL carries the member URN id', () => {
      const urnUrl = 'https://www.linkedin.com/in/ACoAAAwyvpsBdVfk2kwZzamQtesKhd23iQB_i1w';
      expect(profileOf(extract(realPage(FILES.rob), urnUrl))).toMatchObject({ login: 'robertkcheung', url: 'https://www.linkedin.com/in/robertkcheung' });
    });

    it('reads the profile under an open overlay (/in/<id>/overlay/contact-info/)', () => {
      expect(profileOf(extract(realPage(FILES.rob), 'https://www.linkedin.com/in/robertkcheung/overlay/contact-info/')).name).toBe('Rob Cheung');
    });

    it('says unreadable when the single-page app still shows the previous profile', () => {
      expect(extract(realPage(FILES.rob), 'https://www.linkedin.com/in/jeffweiner08')).toEqual({
        status: 'unreadable',
        reason: 'the page shows /in/robertkcheung, not /in/jeffweiner08 from the URL (still loading?)',
      });
    });
  });

  it('stamps the capture time', () => {
    const profile = profileOf(extract(realPage(FILES.johnDoe), 'https://www.linkedin.com/in/john-doe-46b359134'));
    expect(new Date(profile.capturedAt).toISOString()).toBe(profile.capturedAt);
  });
});

// ---- hand-made pages --------------------------------------------------------------------

const MEGABYTE = 1_000_000;

/** A 2025-style member view built by hand, with traps. */
function memberPage(options: { about?: string; skills?: string[]; positions?: string } = {}): string {
  const entity = (inner: string) => `<li class="artdeco-list__item"><div data-view-name="profile-component-entity">${inner}</div></li>`;
  const bold = (value: string) => `<div class="t-bold"><span aria-hidden="true">${value}</span><span class="visually-hidden">${value}</span></div>`;
  const subtitle = (value: string) => `<span class="t-14 t-normal"><span aria-hidden="true">${value}</span><span class="visually-hidden">${value}</span></span>`;
  const dates = (value: string) =>
    `<span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${value}</span><span class="visually-hidden">${value.replace(' - ', ' to ')}</span></span>`;
  const place = (value: string) => `<span class="t-14 t-normal t-black--light"><span aria-hidden="true">${value}</span></span>`;
  const description = (value: string) =>
    `<div class="pvs-entity__sub-components"><ul><li><div class="x inline-show-more-text--is-collapsed"><span aria-hidden="true"><!---->${value}<!----></span><span class="visually-hidden">${value}</span></div></li></ul></div>`;
  const positions =
    options.positions ??
    [
      entity(`<a href="https://www.linkedin.com/company/1/">${bold('Staff Engineer')}${subtitle('Acme · Full-time')}${dates('Jan 2020 - Present · 5 yrs')}${place('Berlin, Germany · Remote')}</a>
        ${description('Built Go services<br>on Kubernetes<script>steal()</script>')}`),
      entity(`<a href="https://www.linkedin.com/company/2/">${bold('Globex')}${subtitle('Full-time · 6 yrs')}</a>
        <div class="pvs-entity__sub-components"><ul>
          ${entity(`${bold('Senior Engineer')}${dates('2017 - 2019 · 2 yrs')}${description('Ruby on Rails monolith')}`)}
          ${entity(`${bold('Engineer')}${dates('Mar 2014 - Dec 2016 · 2 yrs 10 mos')}`)}
        </ul></div>`),
      entity(`${bold('Volunteer Mentor')}${subtitle('Code Club')}${dates('Jun 2012')}`),
      entity(`${subtitle('a position without a title')}`),
    ].join('');
  const skills = (options.skills ?? ['Go', 'Kubernetes'])
    .map((skill) => entity(`<a data-field="skill_card_skill_topic" href="https://www.linkedin.com/search/results/all/?keywords=${skill}">${bold(skill)}</a>
      <div class="pvs-entity__sub-components"><ul><li><div class="inline-show-more-text--is-collapsed"><span aria-hidden="true">Endorsed by Eve Endorser</span></div></li></ul></div>`))
    .join('');
  return `<!DOCTYPE html><html><head><title>(3) Mallory Admin | LinkedIn</title></head><body>
    <header><h1>Viewer Eve</h1><a href="https://www.linkedin.com/in/viewer-eve/">Me</a></header>
    <main>
      <section class="artdeco-card HASHED" data-member-id="42">
        <a href="/in/mallory/overlay/about-this-profile/" aria-label="Mallory Admin"><h1 class="t-24">Mallory\u200B Admin</h1></a>
        <div class="text-body-medium break-words">Senior Go Engineer \u202Eevil\u202C</div>
        <span class="text-body-small inline t-black--light break-words">Berlin, Germany</span>
        <a href="/in/mallory/overlay/contact-info/" id="top-card-text-details-contact-info">Contact info</a>
        <a href="https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fmallory.example%2F&amp;urlhash=x">mallory.example</a>
        <a href="https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)">sneaky</a>
        <a href="javascript:alert(1)">click me</a>
        <a href="data:text/html,hi">data</a>
        <a href="/search/results/people/?connectionOf=x"><span class="t-bold">500+</span> connections</a>
      </section>
      <section class="artdeco-card pv-profile-card"><div id="about" class="pv-profile-card__anchor"></div>
        <h2 class="pvs-header__title"><span aria-hidden="true">About</span></h2>
        <div class="inline-show-more-text--is-collapsed"><span aria-hidden="true"><!---->${options.about ?? 'Backend engineer.<br><br>Go, Kubernetes and Docker.'}<!----></span><span class="visually-hidden">duplicate for screen readers</span></div>
      </section>
      <section class="artdeco-card pv-profile-card"><div id="experience" class="pv-profile-card__anchor"></div>
        <h2 class="pvs-header__title"><span aria-hidden="true">Experience</span></h2>
        <div><ul>${positions}</ul></div>
      </section>
      <section class="artdeco-card pv-profile-card"><div id="skills" class="pv-profile-card__anchor"></div>
        <div><ul>${skills}</ul></div>
      </section>
      <section class="artdeco-card pv-profile-card"><div id="browsemap_recommendation" class="pv-profile-card__anchor"></div>
        <ul><li><div data-view-name="profile-component-entity">${bold('Someone Else')}${subtitle('Rust Engineer at Initech')}</div></li></ul>
      </section>
    </main>
    <div role="dialog">
      <section class="pv-contact-info__contact-type"><h3>Mallory’s Profile</h3><a href="https://www.linkedin.com/in/mallory">linkedin.com/in/mallory</a></section>
      <section class="pv-contact-info__contact-type"><h3>Website</h3><a href="https://blog.mallory.example/">blog.mallory.example</a><a href="https://mallory.example/">mallory.example (again)</a></section>
      <section class="pv-contact-info__contact-type"><h3>Email</h3><a href="mailto:mallory@example.com">mallory@example.com</a></section>
    </div>
  </body></html>`;
}

describe('a hand-made member view with traps', () => {
  let profile: LinkedInProfile;
  let json: string;
  beforeAll(() => {
    profile = profileOf(extract(parse(memberPage()), 'https://www.linkedin.com/in/mallory'));
    json = JSON.stringify(profile);
  });

  it('reads the owner’s top card, never the viewer in the site header', () => {
    expect(profile).toMatchObject({ login: 'mallory', name: 'Mallory Admin', headline: 'Senior Go Engineer evil', location: 'Berlin, Germany', view: 'member' });
    expect(json).not.toContain('Eve');
  });

  it('reads the about text once, with its line breaks, without script source', () => {
    expect(profile.about).toBe('Backend engineer.\nGo, Kubernetes and Docker.');
  });

  it('reads single positions and positions grouped under one company', () => {
    expect(profile.positions).toEqual([
      { title: 'Staff Engineer', company: 'Acme', start: 'Jan 2020', current: true, description: 'Built Go services\non Kubernetes' },
      { title: 'Senior Engineer', company: 'Globex', start: '2017', end: '2019', current: false, description: 'Ruby on Rails monolith' },
      { title: 'Engineer', company: 'Globex', start: 'Mar 2014', end: 'Dec 2016', current: false },
      { title: 'Volunteer Mentor', company: 'Code Club', start: 'Jun 2012', current: true }, // a single date: no end shown
    ]);
  });

  it('reads skill names only, not endorsements, and nothing from suggested profiles', () => {
    expect(profile.skills).toEqual(['Go', 'Kubernetes']);
    expect(json).not.toMatch(/Endorser|Someone Else|Initech/);
  });

  it('keeps links that leave LinkedIn, unwrapping redirects, once each; http(s) only', () => {
    expect(profile.socialLinks).toEqual([
      { url: 'https://mallory.example/', label: 'mallory.example' },
      { url: 'https://blog.mallory.example/', label: 'blog.mallory.example' },
    ]);
    expect(json).not.toMatch(/javascript:|data:|mailto:/);
  });

  it('keeps emoji and right-to-left text, drops an <img onerror> to its text', () => {
    const page = memberPage({ about: 'Hi 👩🏽‍💻 مرحبا<img src=x onerror="alert(1)"> there' });
    const read = profileOf(extract(parse(page), 'https://www.linkedin.com/in/mallory'));
    expect(read.about).toBe('Hi 👩🏽‍💻 مرحبا there');
    expect(JSON.stringify(read)).not.toMatch(/onerror|alert/);
  });

  it('caps the about text with a visible mark', () => {
    const huge = profileOf(extract(parse(memberPage({ about: `About ${'A'.repeat(MEGABYTE)}` })), 'https://www.linkedin.com/in/mallory'));
    expect(huge.about?.length).toBeLessThanOrEqual(LIMITS.bio);
    expect(huge.about).toMatch(/^About A+… \(truncated\)$/);
  });

  it('caps positions and skills at the schema limits, dropping repeated skills', () => {
    const entity = (title: string) =>
      `<li><div data-view-name="profile-component-entity"><div class="t-bold"><span aria-hidden="true">${title}</span></div></div></li>`;
    const skills = [...Array.from({ length: 150 }, (_, i) => `Skill ${i}`)];
    const page = memberPage({ positions: Array.from({ length: 40 }, (_, i) => entity(`Role ${i}`)).join(''), skills: ['Go', 'go', ...skills] });
    const busy = profileOf(extract(parse(page), 'https://www.linkedin.com/in/mallory'));
    expect(busy.positions).toHaveLength(LIMITS.positions);
    expect(busy.positions[0]).toEqual({ title: 'Role 0', current: false });
    expect(busy.skills).toHaveLength(LIMITS.skills);
    expect(busy.skills.slice(0, 2)).toEqual(['Go', 'Skill 0']);
  });
});

describe('pages that are not a person’s profile', () => {
  const page = parse(memberPage());
  it.each([
    ['https://www.linkedin.com/company/linkedin/', 'a company page, not a person’s profile'],
    ['https://www.linkedin.com/school/stanford-university/', 'a school page, not a person’s profile'],
    ['https://www.linkedin.com/feed/', 'the feed, not a profile'],
    ['https://www.linkedin.com/', 'the feed, not a profile'],
    ['https://www.linkedin.com/jobs/view/123/', 'a jobs page, not a profile'],
    ['https://www.linkedin.com/search/results/people/?keywords=go', 'search results, not a profile'],
    ['https://www.linkedin.com/in/mallory/details/experience/', 'a part of a profile (activity, details), not the profile page itself'],
    ['https://www.linkedin.com/in/mallory/recent-activity/all/', 'a part of a profile (activity, details), not the profile page itself'],
    ['https://www.linkedin.com/mynetwork/', '/mynetwork/ is not a profile page'],
    ['https://evil.example/in/mallory', 'not a linkedin.com page'],
    ['https://linkedin.com.evil.example/in/mallory', 'not a linkedin.com page'],
    ['not a url', 'not a valid URL'],
  ])('%s', (url, reason) => {
    // The page is a full profile: only the URL rules it out.
    expect(extract(page, url)).toEqual({ status: 'not-profile', reason });
  });
});

describe('profile URLs whose page cannot be read', () => {
  const unknownLayout = 'could not find the profile’s top card (unknown LinkedIn layout, or the page has not rendered yet)';
  it.each([
    [
      'the sign-in wall',
      `<html><head><title>LinkedIn Login, Sign in | LinkedIn</title></head><body><main><h1>Sign in</h1>
        <form action="/checkpoint/lg/login-submit" method="post"><input id="session_key" name="session_key"><input type="password"></form></main></body></html>`,
      'LinkedIn shows a sign-in wall instead of the profile',
    ],
    [
      'the join wall',
      '<html><body><h1>Join LinkedIn</h1><form class="authwall-join-form"><input name="email"></form></body></html>',
      'LinkedIn shows a sign-in wall instead of the profile',
    ],
    ['the app shell before it renders', '<html><body><div class="application-outlet"><div class="initial-load-animation"></div></div></body></html>', unknownLayout],
    ['an empty document', '', unknownLayout],
    ['a page of garbage', '<<<>>> \u0000 <section data-member-id', unknownLayout],
    [
      'a top card with no name',
      '<section data-member-id="1"><div class="text-body-medium break-words">Engineer</div></section>',
      'the profile’s top card has no name (unknown LinkedIn layout)',
    ],
  ])('%s', (_case, html, reason) => {
    expect(extract(parse(html), 'https://www.linkedin.com/in/someone')).toEqual({ status: 'unreadable', reason });
  });
});

describe('URL classification', () => {
  it.each([
    ['https://www.linkedin.com/in/jeffweiner08', 'jeffweiner08'],
    ['https://www.linkedin.com/in/jeffweiner08/', 'jeffweiner08'],
    ['https://de.linkedin.com/in/jeffweiner08?trk=x', 'jeffweiner08'],
    ['https://linkedin.com/in/JeffWeiner08', 'jeffweiner08'],
    ['https://www.linkedin.com/in/jeffweiner08/overlay/contact-info/', 'jeffweiner08'],
    ['https://www.linkedin.com/in/michael-r%C3%BCffer-61125324', 'michael-rüffer-61125324'],
    ['https://www.linkedin.com/in/%E6%9D%8E%E6%98%8E', '李明'],
    ['https://www.linkedin.com/in/', undefined],
    ['https://www.linkedin.com/in/%E0%A4%A', undefined], // broken percent-encoding
    ['https://www.linkedin.com/in/a%2Fb', undefined], // an encoded slash is no id
    ['https://www.linkedin.com/in/jeffweiner08/details/skills/', undefined],
    ['https://www.linkedin.com/in/jeffweiner08/overlay', undefined],
    ['https://www.linkedin.com/company/linkedin', undefined],
    ['https://www.linkedin.com/pub/jeff-weiner/8/3a/b23', undefined],
    ['https://www.linkedin.com/feed/', undefined],
    ['https://business.linkedin.com/in/jeffweiner08', undefined],
    ['https://evil.example/in/jeffweiner08', undefined],
  ])('profileIdOf(%s) is %s', (url, expected) => {
    expect(profileIdOf(new URL(url))).toBe(expected);
    expect(linkedInAdapter.isProfileUrl(new URL(url))).toBe(expected !== undefined);
  });
});

describe('links', () => {
  it.each([
    ['https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fwww%2Eexample%2Ecom%2F&urlhash=XkSC', 'http://www.example.com/'],
    ['https://de.linkedin.com/redir/redirect/?url=https%3A%2F%2Fgithub.com%2Fjane', 'https://github.com/jane'],
    ['https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)', undefined],
    ['https://www.linkedin.com/redir/redirect', undefined],
    ['https://github.com/jane', 'https://github.com/jane'],
    ['/company/acme', 'https://www.linkedin.com/company/acme'],
    ['javascript:alert(1)', undefined],
    [undefined, undefined],
  ])('linkTarget(%s) is %s', (href, expected) => {
    expect(linkTarget(href)?.href).toBe(expected);
  });

  it('multilineText keeps paragraphs and <br> as lines and drops script source', () => {
    const doc = parse('<div id="x"><p>One<br>two\u200B</p><p>  </p><style>p{}</style><ul><li>three</li><li>four <b>five</b></li></ul></div>');
    expect(multilineText(doc.querySelector('#x'), 100)).toBe('One\ntwo\nthree\nfour five');
    expect(multilineText(doc.querySelector('#x'), 20)).toBe('One\ntwo… (truncated)');
    expect(multilineText(doc.querySelector('style'), 100)).toBeUndefined();
  });
});

describe('adapter', () => {
  it('is the LinkedIn adapter for linkedin.com and its country sites', () => {
    expect(linkedInAdapter).toMatchObject({ id: 'linkedin', selectors, extract, profileIdOf });
    const covered = (url: string) => linkedInAdapter.matches.some((pattern) => matchesPattern(pattern, new URL(url)));
    expect(covered('https://www.linkedin.com/in/jeffweiner08')).toBe(true);
    expect(covered('https://linkedin.com/in/jeffweiner08')).toBe(true);
    expect(covered('https://de.linkedin.com/in/julianamelung')).toBe(true);
    expect(covered('http://www.linkedin.com/in/jeffweiner08')).toBe(false);
    expect(covered('https://linkedin.com.evil.example/in/x')).toBe(false);
  });

  it.each(Object.entries(selectors))('selectors.%s are all valid CSS', (_name, variants) => {
    const doc = parse('<html><body></body></html>');
    for (const selector of variants) expect(() => doc.querySelectorAll(selector)).not.toThrow();
  });
});
