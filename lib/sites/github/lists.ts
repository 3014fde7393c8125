import { isGlobalSearchResults, isProfile, isUserProfileFollowersTab, isUserProfileFollowingTab, utils } from 'github-url-detection';
import { LIMITS } from '@/lib/schema/limits';
// Types only: the schema module pulls in zod, which must stay out of the content script bundle.
import type { ListedPerson, ListKind } from '@/lib/schema/list-page';
import { firstMatch, httpLink, text, toArray } from '../dom';

/** One person on a list page, with the element the score badge goes right after. */
export interface ListPagePerson extends ListedPerson {
  anchor: Element;
}

export interface ListPage {
  kind: ListKind;
  /** In page order, deduplicated, at most LIMITS.listPeople. Empty while a list page has not rendered its people yet. */
  people: ListPagePerson[];
  /** The element holding the people; the capture toolbar goes before it. Absent when nobody was found. */
  list?: Element;
}

/** One page layout: how to find the people on it. Selectors other than `item` are relative to an item. */
export interface ListLayout {
  /** One element per listed person, in page order. */
  item: string;
  /** The person's profile links inside an item: the first gives the login, the badge goes after the last one to the same login. */
  link: string;
  /** The displayed name, when the layout shows one (first variant that matches); dropped when it only repeats the login (GitHub shows the login when there is no name). */
  name?: readonly string[];
  /** Anything inside an item that marks it as an organization rather than a person. */
  organization?: string;
  /** The list element (an ancestor of the items) the toolbar goes before; else the items' closest common ancestor. */
  list?: string;
}

/** Followers and following tabs share their markup. */
const FOLLOW_LIST = [
  {
    // 2021-26: a .d-table row per person in the profile's turbo-frame: the avatar cell, then the name link
    // (span.f4 name, then the login); both links carry the user hovercard.
    item: '#user-profile-frame .d-table',
    link: 'a[data-hovercard-type="user"]',
    name: ['span.f4'],
  },
  {
    // 2017-2020: the same rows without the turbo-frame (and without hovercards before 2018).
    // TODO [2027-01-01]: Drop when no saved page of this layout is left to test against.
    item: '.d-table.col-12',
    link: '.d-table-cell > a[href]',
    name: ['span.f4'],
  },
] as const satisfies readonly ListLayout[];

/**
 * Every selector the list-page reader uses, per page kind. Arrays are layout variants, tried in order:
 * the first whose `item` matches anything is used. Layouts are hand-modelled on GitHub's markup; see
 * tests/fixtures/github/lists (hand-written, not saved pages).
 */
export const listSelectors = {
  /** github.com/search?q=…&type=users */
  'user-search': [
    {
      // 2023-26 React results: one div per result in the results list. The title holds a name link and a login
      // link to the same profile (CSS-module classes since 2025, styled-components before). Type=users also lists
      // organizations, which have square avatars.
      item: '[data-testid="results-list"] > div',
      link: '.search-title a[href]',
      name: [
        '[class*="titleName"]', // 2025-26 CSS modules
        '.search-title a[href]:first-child', // 2023-24: the first title link shows the name when there is one
      ],
      organization: 'img[data-square], [data-hovercard-type="organization"]',
      list: '[data-testid="results-list"]',
    },
  ],
  /** github.com/orgs/<org>/people */
  'org-people': [
    {
      // 2019-26: li.member-list-item rows in #org-members-table; the avatar link, then the member link
      // (id="member-<login>") that shows the name, or the login when there is none.
      item: '#org-members-table li.member-list-item',
      link: 'a[id^="member-"]',
      name: ['a[id^="member-"]'],
      list: '#org-members-table',
    },
    {
      // 2014-2018 table-list: the .member-info cell links the person with a.member-link.
      // TODO [2027-01-01]: Drop when no saved page of this layout is left to test against.
      item: 'li.member-list-item',
      link: '.member-info a.member-link, a.member-link',
    },
  ],
  /** github.com/<owner>/<repo>/graphs/contributors (…/contributors redirects there) */
  contributors: [
    {
      // 2023-26 React Insights page (app "repos-contributors-chart"): a chart card per person whose h2 links the
      // login. Cards render as they scroll into view, so only those rendered so far are read. Bots link to /apps/.
      item: '[app-name="repos-contributors-chart"] h2',
      link: 'a[href]',
    },
    {
      // 2014-2023 Rails page: ol.contrib-data > li.contrib-person; its h3 has the avatar link, then the login link.
      item: 'li.contrib-person',
      link: 'h3 a[href]',
    },
  ],
  /** github.com/<login>?tab=followers */
  followers: FOLLOW_LIST,
  /** github.com/<login>?tab=following: the same markup as followers. */
  following: FOLLOW_LIST,
  /** github.com/<owner>/<repo>/stargazers */
  stargazers: [
    {
      // 2016-2021: ol.follow-list > li.follow-list-item; the name heading links the person (name, or login).
      item: 'li.follow-list-item',
      link: '.follow-list-name a[href]',
      name: ['.follow-list-name'],
    },
    {
      // 2022-26: a grid of li under #repos; the avatar link, then the heading link (login, or name).
      item: '#repos ol > li',
      link: 'a[data-hovercard-type="user"]',
      name: ['h2 a[href], h3 a[href]'],
    },
  ],
} as const satisfies Record<ListKind, readonly ListLayout[]>;

const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
/** GitHub logins: letters, digits, hyphens; managed (EMU) accounts add "_shortcode". */
const LOGIN = /^[\w-]{1,100}$/;
const BOT_MARK = /\[bot\]/i;

/** Which kind of people list `url` shows, from the URL alone; undefined for any other page. */
export function listKindOf(url: URL): ListKind | undefined {
  if (!GITHUB_HOSTS.has(url.hostname)) return undefined;
  if (isGlobalSearchResults(url)) return url.searchParams.get('type')?.toLowerCase() === 'users' ? 'user-search' : undefined;
  if (isUserProfileFollowersTab(url)) return 'followers';
  if (isUserProfileFollowingTab(url)) return 'following';
  if (utils.getOrg(url)?.path.replace(/\/$/, '') === 'people') return 'org-people';
  const repoPath = utils.getRepositoryInfo(url)?.path.replace(/\/$/, '');
  if (repoPath === 'stargazers' || repoPath === 'stargazers/you_know') return 'stargazers';
  if (repoPath === 'graphs/contributors' || repoPath === 'contributors') return 'contributors';
  return undefined;
}

/** The people listed on a GitHub list page; undefined when `url` is not one of the list pages. */
export function extractPeople(doc: Document, url: string): ListPage | undefined {
  const parsed = parseUrl(url);
  const kind = parsed && listKindOf(parsed);
  if (!parsed || !kind) return undefined;
  const excluded = ownLogins(parsed, kind);
  for (const layout of listSelectors[kind] as readonly ListLayout[]) {
    const items = toArray(doc.querySelectorAll(layout.item));
    if (items.length === 0) continue;
    const { people, personItems } = readPeople(items, layout, excluded);
    return { kind, people, list: listElement(personItems, layout) };
  }
  return { kind, people: [] };
}

/** The plain data of a list page, as the schema and the background know it: no DOM. */
export function listedPeople(page: ListPage): ListedPerson[] {
  return page.people.map(({ login, name }) => (name === undefined ? { login } : { login, name }));
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The page owner (the profile whose followers these are, the organization): never one of the listed people. */
function ownLogins(url: URL, kind: ListKind): Set<string> {
  const owner =
    kind === 'followers' || kind === 'following'
      ? url.pathname.split('/').find(Boolean)
      : kind === 'org-people'
        ? utils.getOrg(url)?.name
        : undefined;
  return new Set(owner ? [owner.toLowerCase()] : []);
}

function readPeople(
  items: Element[],
  layout: ListLayout,
  excluded: Set<string>,
): { people: ListPagePerson[]; personItems: Element[] } {
  const people: ListPagePerson[] = [];
  const personItems: Element[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (layout.organization && item.querySelector(layout.organization)) continue;
    const person = readItem(item, layout);
    if (!person) continue;
    const key = person.login.toLowerCase();
    if (seen.has(key) || excluded.has(key)) continue;
    seen.add(key);
    people.push(person);
    personItems.push(item);
    if (people.length === LIMITS.listPeople) break;
  }
  return { people, personItems };
}

function readItem(item: Element, layout: ListLayout): ListPagePerson | undefined {
  const links = toArray(item.querySelectorAll(layout.link));
  const first = links[0];
  const login = first && personLogin(first);
  if (!login) return undefined;
  const anchor = links.findLast((link) => personLogin(link)?.toLowerCase() === login.toLowerCase()) ?? first;
  const name = layout.name && displayName(firstMatch(item, layout.name), login);
  return name ? { login, name, anchor } : { login, anchor };
}

/** The login a link points at, if it is a github.com person's profile: not an org, a bot, an app or a GitHub page. */
function personLogin(link: Element): string | undefined {
  const hovercardType = link.getAttribute('data-hovercard-type');
  if (hovercardType !== null && hovercardType !== 'user') return undefined;
  const hovercardUrl = link.getAttribute('data-hovercard-url');
  if (hovercardUrl !== null && !hovercardUrl.startsWith('/users/')) return undefined;
  const url = httpLink(link.getAttribute('href'), 'https://github.com/', LIMITS.url);
  if (!url || !GITHUB_HOSTS.has(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const login = segments.length === 1 ? segments[0]! : undefined;
  if (!login || !LOGIN.test(login) || !isProfile(new URL(`https://github.com/${login}`))) return undefined;
  return BOT_MARK.test(link.textContent?.slice(0, 500) ?? '') ? undefined : login;
}

function displayName(element: Element | undefined, login: string): string | undefined {
  const name = text(element, LIMITS.shortText);
  if (!name) return undefined;
  return name.replace(/^@/, '') === login ? undefined : name;
}

/** Where the people are: the layout's list element, else the closest common ancestor of the first and last person. */
function listElement(items: Element[], layout: ListLayout): Element | undefined {
  const first = items[0];
  if (!first) return undefined;
  const declared = layout.list ? first.closest(layout.list) : null;
  if (declared) return declared;
  const last = items.at(-1)!;
  let ancestor = first.parentElement;
  while (ancestor && !ancestor.contains(last)) ancestor = ancestor.parentElement;
  return ancestor ?? undefined;
}

/*
Test URLs:
- https://github.com/search?q=location%3ABerlin+language%3ARust&type=users — user search (React), with organizations in the results
- https://github.com/orgs/github/people — org people, public view
- https://github.com/facebook/react/graphs/contributors — contributors (React; cards render as they scroll into view, bots listed)
- https://github.com/defunkt?tab=followers — followers
- https://github.com/defunkt?tab=following — following
- https://github.com/defunkt/dotjs/stargazers — stargazers
- https://github.com/defunkt — a profile, not a list (must be undefined)
- https://github.com/search?q=react&type=repositories — repository search, not people (must be undefined)
*/
