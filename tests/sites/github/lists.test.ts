/**
 * The GitHub list-page reader. Every fixture in tests/fixtures/github/lists is HAND-WRITTEN in GitHub's markup for
 * that page kind and layout (modelled on GitHub's 2019-2026 pages and on scrapers of them); none is a saved page.
 * Each fixture's first comment names the layout and the URL it stands for.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/schema/limits';
import { LIST_KINDS, ListedPersonSchema, type ListKind } from '@/lib/schema/list-page';
import { TRUNCATION_MARK } from '@/lib/text';
import { extractPeople, listedPeople, listKindOf, listSelectors, type ListPage } from '@/lib/sites/github/lists';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/github/lists/${name}`, import.meta.url), 'utf8');
const page = (name: string) => parse(fixture(name));

/** A bare page around `body`, for layouts and edge cases that need no full fixture. */
const inline = (body: string) => parse(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);

function read(doc: Document, url: string): ListPage {
  const result = extractPeople(doc, url);
  if (!result) throw new Error(`expected a list page for ${url}`);
  return result;
}

const logins = (result: ListPage) => result.people.map((person) => person.login);
const names = (result: ListPage) => Object.fromEntries(result.people.map((person) => [person.login, person.name]));

const SEARCH_URL = 'https://github.com/search?q=location%3ABerlin&type=users';

// Expected values are read off the fixtures by hand, not from the reader's output.
const KIND_CASES: {
  kind: ListKind;
  file: string;
  url: string;
  logins: string[];
  names: Record<string, string | undefined>;
  /** How to recognise the element each badge goes after. */
  anchorIs: string;
}[] = [
  {
    kind: 'user-search',
    file: 'user-search.html',
    url: SEARCH_URL,
    // berlin-devs is an organization (square avatar); mojombo in defunkt's bio is not a result.
    logins: ['defunkt', 'mojombo', 'jane_acme', 'Octo-Cat'],
    names: { defunkt: 'Chris Wanstrath', mojombo: undefined, jane_acme: 'Jane Doe', 'Octo-Cat': 'octo-cat' },
    anchorIs: 'a[class*="titleLogin"]',
  },
  {
    kind: 'org-people',
    file: 'org-people.html',
    url: 'https://github.com/orgs/acme/people',
    // alice-dev's row appears twice (once as /Alice-Dev); bob42 shows only his login.
    logins: ['alice-dev', 'bob42', 'carol-c', 'dave'],
    names: { 'alice-dev': 'Alice Liddell', bob42: undefined, 'carol-c': 'Carol Ç. Çelik', dave: 'Dave' },
    anchorIs: 'a[id^="member-"]',
  },
  {
    kind: 'contributors',
    file: 'contributors.html',
    url: 'https://github.com/acme/rocket/graphs/contributors',
    // dependabot[bot] (/apps/), the acme organization and github-actions[bot] are left out; unrendered cards are empty.
    logins: ['rocket-queen', 'Zed-42', 'acme-intern'],
    names: { 'rocket-queen': undefined, 'Zed-42': undefined, 'acme-intern': undefined },
    anchorIs: 'h2 a',
  },
  {
    kind: 'contributors',
    file: 'contributors-legacy.html',
    url: 'https://github.com/acme/rocket/graphs/contributors',
    logins: ['rocket-queen', 'Zed-42'],
    names: { 'rocket-queen': undefined, 'Zed-42': undefined },
    anchorIs: 'a.text-normal',
  },
  {
    kind: 'followers',
    file: 'followers.html',
    url: 'https://github.com/defunkt?tab=followers',
    // sarah-k's bio mentions @mojombo and her company @ferrous: neither is a follower.
    logins: ['sarah-k', 'tmiller', 'nguyen-an'],
    names: { 'sarah-k': 'Sarah Kowalski', tmiller: undefined, 'nguyen-an': 'Nguyễn Văn An' },
    anchorIs: 'a.no-underline',
  },
  {
    kind: 'following',
    file: 'following.html',
    url: 'https://github.com/sarah-k?tab=following',
    logins: ['mojombo', 'defunkt'],
    names: { mojombo: 'Tom Preston-Werner', defunkt: 'Chris Wanstrath' },
    anchorIs: 'a.no-underline',
  },
  {
    kind: 'stargazers',
    file: 'stargazers.html',
    url: 'https://github.com/acme/rocket/stargazers',
    // The viewer starred it too, so is listed; p-ortega's repeat and lin-wei's @acme company link are not.
    logins: ['lin-wei', 'viewer-eve', 'p-ortega', 'rocket-queen'],
    names: { 'lin-wei': 'Lin Wei', 'viewer-eve': undefined, 'p-ortega': 'Pablo Ortega', 'rocket-queen': undefined },
    anchorIs: 'h2 a',
  },
  {
    kind: 'stargazers',
    file: 'stargazers-legacy.html',
    url: 'https://github.com/acme/rocket/stargazers',
    logins: ['lin-wei', 'rocket-queen'],
    names: { 'lin-wei': 'Lin Wei', 'rocket-queen': undefined },
    anchorIs: '.follow-list-name a',
  },
];

describe('extractPeople on each kind of list page', () => {
  it.each(KIND_CASES)('$file: the people, in page order, with their names', ({ file, url, kind, logins: expected, names: expectedNames }) => {
    const result = read(page(file), url);
    expect(result.kind).toBe(kind);
    expect(logins(result)).toEqual(expected);
    expect(names(result)).toEqual(expectedNames);
  });

  it.each(KIND_CASES)('$file: each badge goes after the person’s own visible link', ({ file, url, anchorIs }) => {
    const result = read(page(file), url);
    for (const person of result.people) {
      expect(person.anchor.matches(anchorIs), `${person.login}: ${person.anchor.outerHTML.slice(0, 120)}`).toBe(true);
      expect(new URL(person.anchor.getAttribute('href')!, 'https://github.com/').pathname.toLowerCase()).toBe(`/${person.login.toLowerCase()}`);
    }
  });

  it.each(KIND_CASES)('$file: every person passes the schema', ({ file, url }) => {
    for (const person of listedPeople(read(page(file), url))) expect(ListedPersonSchema.parse(person)).toEqual(person);
  });

  it('covers every list kind with selectors and at least one fixture', () => {
    expect(Object.keys(listSelectors).sort()).toEqual([...LIST_KINDS].sort());
    expect(new Set(KIND_CASES.map((c) => c.kind))).toEqual(new Set(LIST_KINDS));
  });

  it('finds where the list is, for the toolbar to go before it', () => {
    expect(read(page('user-search.html'), SEARCH_URL).list?.getAttribute('data-testid')).toBe('results-list');
    expect(read(page('org-people.html'), 'https://github.com/orgs/acme/people').list?.id).toBe('org-members-table');
    expect(read(page('stargazers.html'), 'https://github.com/acme/rocket/stargazers').list?.localName).toBe('ol');
    expect(read(page('followers.html'), 'https://github.com/defunkt?tab=followers').list?.className).toBe('position-relative');
    // React contributors: the h2s are the items; the list is what holds all the people's cards.
    expect(read(page('contributors.html'), 'https://github.com/acme/rocket/graphs/contributors').list?.localName).toBe('ol');
  });

  it('keeps the first of repeated people, whatever the case of their login', () => {
    const result = read(page('org-people.html'), 'https://github.com/orgs/acme/people');
    expect(logins(result).filter((login) => login.toLowerCase() === 'alice-dev')).toEqual(['alice-dev']);
    expect(result.people[0]!.anchor.getAttribute('href')).toBe('/alice-dev'); // the first row's link, not the repeat's /Alice-Dev
  });

  it(`reads at most LIMITS.listPeople (${LIMITS.listPeople}) people, the first ones`, () => {
    const items = Array.from(
      { length: LIMITS.listPeople + 50 },
      (_, i) => `<li><a data-hovercard-type="user" href="/person-${i}"><img alt=""></a><h2><a data-hovercard-type="user" href="/person-${i}">person-${i}</a></h2></li>`,
    ).join('');
    const result = read(inline(`<div id="repos"><ol>${items}</ol></div>`), 'https://github.com/acme/rocket/stargazers');
    expect(result.people).toHaveLength(LIMITS.listPeople);
    expect(result.people[0]!.login).toBe('person-0');
    expect(result.people.at(-1)!.login).toBe(`person-${LIMITS.listPeople - 1}`);
  });

  it('never lists bots or organizations', () => {
    const all = KIND_CASES.flatMap(({ file, url }) => logins(read(page(file), url)).map((login) => login.toLowerCase()));
    for (const notAPerson of ['dependabot', 'github-actions', 'acme', 'berlin-devs', 'ferrous', 'github']) {
      expect(all).not.toContain(notAPerson);
    }
  });

  it('never lists the page owner or the viewer’s header links', () => {
    const followers = read(page('followers.html'), 'https://github.com/defunkt?tab=followers');
    expect(logins(followers)).not.toContain('defunkt'); // the sidebar card links defunkt four times
    expect(logins(followers)).not.toContain('viewer-eve'); // the header avatar
    expect(logins(read(page('user-search.html'), SEARCH_URL))).not.toContain('viewer-eve');

    // Even a row that links the owner (a layout change putting the owner's card in the list) is skipped.
    const ownerRow = `<div id="user-profile-frame">
      <div class="d-table"><a data-hovercard-type="user" href="/defunkt">Chris Wanstrath</a></div>
      <div class="d-table"><a data-hovercard-type="user" href="/sarah-k">Sarah</a></div></div>`;
    expect(logins(read(inline(ownerRow), 'https://github.com/defunkt?tab=following'))).toEqual(['sarah-k']);
    const orgRow = `<div id="org-members-table"><ul>
      <li class="member-list-item"><a id="member-acme" href="/ACME">Acme</a></li>
      <li class="member-list-item"><a id="member-bob" href="/bob">Bob</a></li></ul></div>`;
    expect(logins(read(inline(orgRow), 'https://github.com/orgs/acme/people'))).toEqual(['bob']);
  });

  it('reads the older layouts kept as fallbacks', () => {
    // 2014-2018 org people: the .member-info cell's a.member-link
    const orgPeople = inline(`<ul class="table-list"><li class="table-list-item member-list-item">
      <div class="table-list-cell member-info"><a class="member-link" href="/olduser"><strong>olduser</strong></a></div></li></ul>`);
    expect(logins(read(orgPeople, 'https://github.com/orgs/acme/people'))).toEqual(['olduser']);
    // 2017-2020 followers: no turbo-frame, no hovercards
    const followers = inline(`<div class="position-relative"><div class="d-table col-12 width-full py-4 border-bottom border-gray-light">
      <div class="d-table-cell col-1 v-align-top"><a href="/old-follower"><img class="avatar" alt="@old-follower"></a></div>
      <div class="d-table-cell col-9 v-align-top pr-3"><a href="/old-follower" class="d-inline-block no-underline mb-1">
        <span class="f4 link-gray-dark">Old Follower</span> <span class="link-gray pl-1">old-follower</span></a></div></div></div>`);
    const result = read(followers, 'https://github.com/defunkt?tab=followers');
    expect(listedPeople(result)).toEqual([{ login: 'old-follower', name: 'Old Follower' }]);
    expect(result.people[0]!.anchor.matches('a.no-underline')).toBe(true);
    // 2023-24 search results: styled-components classes; the first title link shows the name
    const search = inline(`<div data-testid="results-list"><div><div class="Box-sc-g0xbh4-0 search-title">
      <a class="Link__StyledLink-sc-14289xe-0" href="/defunkt"><span class="search-match">Chris Wanstrath</span></a>
      <a class="Link__StyledLink-sc-14289xe-0" href="/defunkt"><span>defunkt</span></a></div></div></div>`);
    expect(listedPeople(read(search, SEARCH_URL))).toEqual([{ login: 'defunkt', name: 'Chris Wanstrath' }]);
  });

  it('gives an empty list on a list page that has not rendered its people yet', () => {
    expect(extractPeople(inline('<main>Loading…</main>'), 'https://github.com/acme/rocket/graphs/contributors')).toEqual({
      kind: 'contributors',
      people: [],
      list: undefined,
    });
  });
});

describe('pages that are not people lists', () => {
  it.each([
    ['a profile', 'https://github.com/defunkt', 'followers.html'],
    ['a repository', 'https://github.com/acme/rocket', 'stargazers.html'],
    ['repository search', 'https://github.com/search?q=rocket&type=repositories', 'user-search.html'],
    ['the stars tab', 'https://github.com/defunkt?tab=stars', 'followers.html'],
    ['org teams', 'https://github.com/orgs/acme/teams', 'org-people.html'],
    ['another host', 'https://evil.example/search?q=x&type=users', 'user-search.html'],
    ['a gist profile', 'https://gist.github.com/defunkt?tab=followers', 'followers.html'],
    ['not a URL', 'not a url', 'user-search.html'],
  ])('%s → undefined, even with list markup on it', (_label, url, file) => {
    expect(extractPeople(page(file), url)).toBeUndefined();
  });

  it.each([
    ['https://github.com/search?q=x&type=users', 'user-search'],
    ['https://github.com/search?q=x&type=Users&p=3', 'user-search'],
    ['https://github.com/search?type=users', undefined], // no query: the search form, not results
    ['https://github.com/orgs/acme/people', 'org-people'],
    ['https://github.com/orgs/acme/people/', 'org-people'],
    ['https://github.com/orgs/acme/people?query=bob', 'org-people'],
    ['https://github.com/acme/rocket/graphs/contributors', 'contributors'],
    ['https://github.com/acme/rocket/contributors', 'contributors'],
    ['https://github.com/defunkt?tab=followers', 'followers'],
    ['https://github.com/defunkt?page=2&tab=following', 'following'],
    ['https://github.com/settings?tab=followers', undefined], // a reserved GitHub page, not a profile
    ['https://github.com/acme/rocket/stargazers', 'stargazers'],
    ['https://github.com/acme/rocket/stargazers/you_know', 'stargazers'],
    ['https://github.com/acme/rocket/forks', undefined],
    ['https://github.com/defunkt', undefined],
  ] as const)('listKindOf(%s) → %s', (url, kind) => {
    expect(listKindOf(new URL(url))).toBe(kind);
  });
});

describe('a hostile page', () => {
  const hostile = () => parse(fixture('hostile.html').replace('{{HUGE_NAME}}', `Huge ${'A'.repeat(1_000_000)}`));

  it('lists only real github.com people: no javascript:/data: links, other hosts, scripts, bots, orgs or GitHub pages', () => {
    expect(logins(read(hostile(), SEARCH_URL))).toEqual(['eve-h', 'real-person', 'bigname']);
  });

  it('reads names as clean, capped text: markup is never parsed into a name, script text is dropped', () => {
    const result = read(hostile(), SEARCH_URL);
    const byLogin = names(result);
    expect(byLogin['eve-h']).toBe('Eve Hacker');
    expect(byLogin['real-person']).toBe('Real Person');
    const huge = byLogin.bigname!;
    expect(huge.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(huge.startsWith('Huge AAA')).toBe(true);
    expect(huge.endsWith(TRUNCATION_MARK)).toBe(true);
    for (const person of listedPeople(result)) expect(ListedPersonSchema.parse(person)).toEqual(person);
  });

  it('stays fast on a 1 MB name', () => {
    const doc = hostile();
    const start = performance.now();
    extractPeople(doc, SEARCH_URL);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
