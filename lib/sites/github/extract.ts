import { isDashboard, isGist, isGlobalSearchResults, isProfile, isRepo } from 'github-url-detection';
import { LIMITS, isEmailAddress } from '@/lib/schema/limits';
import type { Extraction, GithubProfile, PinnedRepo } from '@/lib/schema/profile';
import { allMatches, childTexts, firstMatch, httpLink, parseCount, text } from '../dom';
import { truncate } from '../../text';
import type { SiteAdapter } from '../types';

/** Every selector the GitHub adapter uses. Arrays are layout variants, tried in order. */
export const selectors = {
  /**
   * Organization pages share the /<login> URL shape with people; only the DOM tells. Any one signal suffices.
   * Queried one by one: Chromium scans a document several times faster for a single selector than for a comma list.
   */
  organizationPage: [
    'meta[name="hovercard-subject-tag"][content^="organization:"]', // 2019+ (logged-in views)
    'meta[name="analytics-location"][content="/<org-login>"]', // 2019+
    '.orghead', // 2014-2023 org header
    '[itemtype$="schema.org/Organization"]', // 2012+ microdata
  ],
  /** The profile owner's card; everything about the person is read inside it, never from the site header. */
  card: [
    '.h-card', // 2021 and 2025-26 React-era sidebar
    '[itemscope][itemtype$="schema.org/Person"]', // 2012 'pagehead userpage' layout (wraps the whole page)
  ],
  login: [
    '.vcard-names .p-nickname', // 2021, 2025-26
    '.pagehead.userpage .username', // 2012
  ],
  name: [
    '.vcard-names .p-name', // 2021, 2025-26
    '.pagehead.userpage [itemprop="name"]', // 2012
  ],
  bio: ['.user-profile-bio'], // 2021, 2025-26 (the 2012 layout has no bio)
  company: ['[itemprop="worksFor"]'], // microdata, all layouts
  location: ['[itemprop="homeLocation"]'], // microdata, all layouts
  website: [
    '[itemprop="url"] a[href]', // 2021, 2025-26
    '.vcard a.url[href]', // 2012
  ],
  email: [
    '[itemprop="email"] a', // 2021, 2025-26 (logged-in viewers only)
    '.vcard a.email', // 2012
  ],
  socialLinks: [
    '[itemprop="social"] a[href], [itemprop="twitter"] a[href]', // 2023+ social accounts, 2021 twitter
  ],
  /** Follower/following links; which is which is read from their label. */
  stats: [
    'a[href*="tab=follow"]', // 2021, 2025-26: tab=followers and tab=following
    'ul.stats a', // 2012 ("followers", "watched repos", "followed users")
  ],
  organizations: [
    'a.avatar-group-item[data-hovercard-type="organization"]', // 2021, 2025-26 sidebar
    'a[itemprop="follows"]', // 2012
  ],
  pinnedItems: [
    '.pinned-item-list-item', // 2021 (on the Box div), 2025-26 (on the li)
    '.pinned-repo-item', // 2016-2019
  ],
  pinnedName: ['.repo'], // inside the item's title link, all layouts with pins
  pinnedDescription: [
    '.pinned-item-desc', // 2021, 2025-26
    '.pinned-repo-desc', // 2016-2019
  ],
  pinnedLanguage: ['[itemprop="programmingLanguage"]'],
  pinnedStars: ['a[href$="/stargazers"]'],
  pinnedForks: [
    'a[href$="/forks"]', // 2025-26
    'a[href$="/network/members"]', // 2021
  ],
  readme: [
    '.profile-readme article.markdown-body', // 2023+
    'article.markdown-body[itemprop="text"]', // 2021
  ],
  /** "N contributions in the last year", on the page (2021) or in the lazily loaded fragment (2024+). */
  contributions: [
    '.js-yearly-contributions h2', // 2021 page, 2024-26 fragment
    '#js-contribution-activity-description', // 2026 fragment
    '.js-contribution-graph h2', // 2016-2019 page
  ],
} as const satisfies Record<string, readonly string[]>;

const GITHUB_ORIGIN = 'https://github.com';
const CONTRIBUTIONS_TEXT = /(\d[\d,.]*\s*[km]?)\s+contributions?\s+in\s+the\s+last\s+year/i;
const CONTRIBUTIONS_FRAGMENT_PATH = /^\/users\/[^/]+\/contributions\/?$/;
/** GitHub logins: letters, digits, hyphens; managed (EMU) accounts add "_shortcode". */
const LOGIN = /^[\w-]{1,100}$/;

export const githubAdapter: SiteAdapter = {
  id: 'github',
  matches: ['https://github.com/*'],
  selectors,
  isProfileUrl,
  profileIdOf,
  extract,
};

/** "defunkt" for https://github.com/defunkt, /defunkt/ or /defunkt?tab=repositories; nothing for repositories or GitHub's own pages. */
export function profileIdOf(url: URL): string | undefined {
  if (url.hostname !== 'github.com' && url.hostname !== 'www.github.com') return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 1 || !LOGIN.test(parts[0]!)) return undefined;
  const normalized = new URL(`https://github.com/${parts[0]}`);
  return notProfileReason(normalized) ? undefined : parts[0]!.toLowerCase();
}

export function isProfileUrl(url: URL): boolean {
  return url.hostname === 'github.com' && isProfile(url);
}

export function contributionsFragmentUrl(login: string): string {
  return `${GITHUB_ORIGIN}/users/${encodeURIComponent(login)}/contributions`;
}

export function extract(doc: Document, url: string): Extraction {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 'not-profile', reason: 'not a valid URL' };
  const notProfile = notProfileReason(parsed);
  if (notProfile) return { status: 'not-profile', reason: notProfile };
  if (isOrganizationPage(doc)) {
    return { status: 'not-profile', reason: 'an organization page, not a person’s profile' };
  }
  return readProfile(doc, loginFromPath(parsed));
}

/** The contribution count of the last year, from a full profile page or the contributions fragment. */
export function extractContributions(doc: Document | Element): number | undefined {
  for (const heading of allMatches(doc, selectors.contributions)) {
    const count = text(heading)?.match(CONTRIBUTIONS_TEXT)?.[1];
    if (count) return parseCount(count);
  }
  return undefined;
}

/**
 * The markup of a contributions fragment up to its count heading. The count sits in the first
 * heading; parsing only this part keeps a 250 KB fragment from costing the page milliseconds.
 */
export function contributionsHeadingHtml(fragmentHtml: string): string {
  const at = fragmentHtml.search(/in\s+the\s+last\s+year/);
  return at === -1 ? '' : fragmentHtml.slice(0, at + 200);
}

function isOrganizationPage(doc: Document): boolean {
  return selectors.organizationPage.some((signal) => doc.querySelector(signal) !== null);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function notProfileReason(url: URL): string | undefined {
  if (url.hostname !== 'github.com') return 'not a github.com page';
  if (isProfile(url)) return undefined;
  if (CONTRIBUTIONS_FRAGMENT_PATH.test(url.pathname)) return 'the contributions fragment, not a profile page';
  if (isRepo(url)) return 'a repository page, not a user profile';
  if (isGist(url)) return 'a gist page, not a user profile';
  if (isGlobalSearchResults(url)) return 'search results, not a user profile';
  if (isDashboard(url)) return 'the dashboard, not a user profile';
  return `${url.pathname} is not a user profile page`;
}

function loginFromPath(url: URL): string {
  return url.pathname.split('/').find(Boolean) ?? '';
}

function readProfile(doc: Document, loginInUrl: string): Extraction {
  const card = firstMatch(doc, selectors.card);
  const login = card && text(firstMatch(card, selectors.login));
  if (!card || !login || !LOGIN.test(login)) {
    const reason = /^page not found/i.test(text(doc.querySelector('title')) ?? '')
      ? 'GitHub shows “Page not found” for this profile'
      : 'could not find the profile header (unknown GitHub layout)';
    return { status: 'unreadable', reason };
  }
  if (login.toLowerCase() !== loginInUrl.toLowerCase()) {
    return { status: 'unreadable', reason: `the page shows @${login}, not @${loginInUrl} from the URL (still loading?)` };
  }
  const lastYear = extractContributions(doc);
  const profile: GithubProfile = {
    site: 'github',
    login,
    url: `${GITHUB_ORIGIN}/${login}`,
    ...readCard(card),
    organizations: readOrganizations(card),
    pinned: readPinned(doc, login),
    contributions: lastYear === undefined ? undefined : { lastYear, source: 'page' },
    readme: readReadme(doc),
    capturedAt: new Date().toISOString(),
  };
  return lastYear === undefined
    ? { status: 'profile', profile, needsContributions: { url: contributionsFragmentUrl(login) } }
    : { status: 'profile', profile };
}

type CardFields = Pick<
  GithubProfile,
  'name' | 'bio' | 'company' | 'location' | 'website' | 'email' | 'socialLinks' | 'followers' | 'following'
>;

function readCard(card: Element): CardFields {
  const short = (found: Element | undefined) => text(found, LIMITS.shortText);
  return {
    name: short(firstMatch(card, selectors.name)),
    bio: text(firstMatch(card, selectors.bio), LIMITS.bio),
    company: short(firstMatch(card, selectors.company)),
    location: short(firstMatch(card, selectors.location)),
    website: linkUrl(firstMatch(card, selectors.website)),
    email: emailOf(firstMatch(card, selectors.email)),
    socialLinks: readSocialLinks(card),
    ...readFollowCounts(card),
  };
}

/**
 * A public email only when it is one: signed-out visitors see "Sign in to view email" there (2016-2019),
 * linking to /login. A placeholder is never a value.
 */
function emailOf(link: Element | undefined): string | undefined {
  const shown = text(link, LIMITS.shortText);
  return shown && isEmailAddress(shown) ? shown : undefined;
}

function linkUrl(link: Element | null | undefined): string | undefined {
  return linkTarget(link)?.href;
}

function linkTarget(link: Element | null | undefined): URL | undefined {
  return httpLink(link?.getAttribute('href'), GITHUB_ORIGIN, LIMITS.url);
}

function readSocialLinks(card: Element): GithubProfile['socialLinks'] {
  const links: GithubProfile['socialLinks'] = [];
  for (const link of allMatches(card, selectors.socialLinks)) {
    const url = linkUrl(link);
    const label = text(link, LIMITS.shortText);
    if (url && label) links.push({ url, label });
    if (links.length === LIMITS.links) break;
  }
  return links;
}

const STAT_TEXT = /^(\d[\d,.]*\s*[km]?)\s+(.+)$/i;
const STAT_LABELS: Record<string, 'followers' | 'following'> = {
  follower: 'followers',
  followers: 'followers',
  following: 'following',
  'followed users': 'following', // 2012; its "watched repos" link also points at /following
};

function readFollowCounts(card: Element): Pick<GithubProfile, 'followers' | 'following'> {
  const counts: Pick<GithubProfile, 'followers' | 'following'> = {};
  for (const link of allMatches(card, selectors.stats)) {
    const [, count, label] = text(link, 100)?.match(STAT_TEXT) ?? [];
    const field = label && STAT_LABELS[label.toLowerCase()];
    if (field && counts[field] === undefined) counts[field] = parseCount(count);
  }
  return counts;
}

function readOrganizations(card: Element): GithubProfile['organizations'] {
  const organizations = new Map<string, GithubProfile['organizations'][number]>();
  for (const link of allMatches(card, selectors.organizations)) {
    const login = githubPath(linkTarget(link))?.[0];
    if (!login || organizations.has(login.toLowerCase())) continue;
    organizations.set(login.toLowerCase(), { login, url: `${GITHUB_ORIGIN}/${login}` });
    if (organizations.size === LIMITS.organizations) break;
  }
  return [...organizations.values()];
}

/** Path segments of a github.com URL; undefined for any other host. */
function githubPath(url: URL | undefined, host = 'github.com'): string[] | undefined {
  if (url?.hostname !== host) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.every((segment) => segment.length <= 100) ? segments : undefined;
}

function readPinned(doc: Document, profileLogin: string): PinnedRepo[] {
  const pinned: PinnedRepo[] = [];
  for (const item of allMatches(doc, selectors.pinnedItems)) {
    const repo = readPinnedItem(item, profileLogin);
    if (repo) pinned.push(repo);
    if (pinned.length === LIMITS.pinned) break;
  }
  return pinned;
}

function readPinnedItem(item: Element, profileLogin: string): PinnedRepo | undefined {
  const nameElement = firstMatch(item, selectors.pinnedName);
  const target = pinnedTarget(linkTarget(nameElement?.closest('a[href]')), text(nameElement, LIMITS.shortText), profileLogin);
  if (!target) return undefined;
  return {
    ...target,
    description: text(firstMatch(item, selectors.pinnedDescription), LIMITS.bio),
    language: text(firstMatch(item, selectors.pinnedLanguage), LIMITS.shortText),
    stars: parseCount(text(firstMatch(item, selectors.pinnedStars))),
    forks: parseCount(text(firstMatch(item, selectors.pinnedForks))),
  };
}

/**
 * What a pinned item links to; only github.com repositories and gists count.
 * The name is "name" for the profile's own repositories, else "owner/name".
 */
function pinnedTarget(
  url: URL | undefined,
  shownName: string | undefined,
  profileLogin: string,
): Pick<PinnedRepo, 'name' | 'owner' | 'url' | 'kind'> | undefined {
  const gist = githubPath(url, 'gist.github.com');
  if (url && gist?.[0] && shownName) return { name: shownName, owner: gist[0], url: url.href, kind: 'gist' };
  const [owner, repo] = githubPath(url) ?? [];
  if (!owner || !repo) return undefined;
  const name = owner.toLowerCase() === profileLogin.toLowerCase() ? repo : `${owner}/${repo}`;
  return { name: truncate(name, LIMITS.shortText), owner, url: `${GITHUB_ORIGIN}/${owner}/${repo}`, kind: 'repository' };
}

/** The README as plain text, one line per top-level block (heading, paragraph, list, table). */
function readReadme(doc: Document): string | undefined {
  const article = firstMatch(doc, selectors.readme);
  if (!article) return undefined;
  const lines = childTexts(article, LIMITS.readme);
  return lines.length > 0 ? truncate(lines.join('\n'), LIMITS.readme) : undefined;
}

/*
Test URLs:
- https://github.com/defunkt — 2025-26 layout, org sidebar, pinned repos of other owners, contributions via include-fragment
- https://github.com/dingaanmanjate — 2025-26 layout, profile README, company shown as an @org mention, forked pins
- https://github.com/torvalds — large contribution count (fragment: https://github.com/users/torvalds/contributions)
- tests/fixtures/github/profile-2018.html — 2016-2019 layout, hand-written: "Sign in to view email", pinned-repo-item, inline contribution graph
- https://github.com/Mayowa-Ojo — 2021-era user with README, twitter link and pins without forks
- https://github.com/github — organization page (must be not-profile)
- https://github.com/defunkt/dotjs — repository page (must be not-profile)
- https://github.com/settings/profile — settings (must be not-profile)
- https://github.com/users/defunkt/contributions — the contributions fragment itself (must be not-profile)
*/
