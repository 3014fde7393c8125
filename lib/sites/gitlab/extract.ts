import { LIMITS } from '@/lib/schema/limits';
import type { Extraction, GitlabProfile } from '@/lib/schema/profile';
import { allMatches, firstMatch, httpLink, normalizeText, parseCount, text } from '../dom';
import { truncate } from '../../text';
import type { SiteAdapter } from '../types';

/**
 * Every selector the GitLab adapter uses. Arrays are layout variants, tried in order.
 *
 * GitLab marks the profile up with schema.org microdata (name, jobTitle, worksFor, addressLocality,
 * url) in every layout since at least 2019, so those are read first; class names and data-testid
 * attributes only locate the header and sidebar. No saved gitlab.com page backs these selectors
 * yet: they and the fixtures in tests/fixtures/gitlab/ are hand-written from GitLab's markup
 * (users/show.html.haml). Check them against a real page before relying on a new variant.
 */
export const selectors = {
  /** Pages that share the /<path> URL shape with people; GitLab's body[data-page] is "controller:action". */
  groupPage: [
    'body[data-page^="groups:"]', // every layout
    '[itemtype$="schema.org/Organization"]', // groups/show page_itemtype
  ],
  projectPage: ['body[data-page^="projects:"]'],
  /** The profile owner's header: name and @username; never the site header, where the viewer is. */
  header: [
    '.user-profile-header', // 2024+ redesign: header above the tabs, details in a sidebar
    '.user-cover-block .profile-header', // 2016-2024 cover block: everything in one header
  ],
  /** Where bio, job, links and follower counts are; in the old layout it is the header itself. */
  details: [
    '.user-profile-sidebar', // 2024+
    '.user-cover-block .profile-header', // 2016-2024
  ],
  name: [
    'h1[itemprop="name"]', // 2024+
    '[itemprop="name"] h1', // 2016-2024: .cover-title wraps the h1 and the pronouns
  ],
  /** "@username" lines, tried in order; the first whose text starts with "@" wins. */
  username: [
    '[data-testid="user-profile-username"]', // 2024+ (as recalled, unverified)
    '.middle-dot-divider', // 2016-2024: "@alice · User ID: 1 · Member since …"
    'p', // any layout: the first paragraph starting with the @username
  ],
  bio: [
    '[data-testid="user-bio"]', // 2024+ (as recalled, unverified)
    '.profile-user-bio', // 2016-2024, and 2024+ sidebar
  ],
  jobTitle: ['[itemprop="jobTitle"]'], // work_information(with_schema_markup: true), all layouts
  organization: ['[itemprop="worksFor"]'], // idem
  location: ['[itemprop="addressLocality"]'], // all layouts
  website: ['a[itemprop="url"][href]'], // all layouts
  /** User-provided links: GitLab adds rel="nofollow" to each (LinkedIn, X/Twitter, Discord, GitHub, Mastodon…). */
  socialLinks: ['a[rel~="nofollow"][href]'],
  /** The status message is user Markdown; its links are not the person's accounts. */
  status: ['.cover-status', '[data-testid="user-status"]'],
  /** Followers/following links; which is which is read from their label. */
  stats: [
    'a[href$="/followers"], a[href$="/following"]', // users/<name>/followers, users/<name>/following
    'a[href*="tab=followers"], a[href*="tab=following"]', // Vue tab links
  ],
  /** GitLab's own "page not found" (a removed or mistyped username). */
  notFoundTitle: ['title'],
} as const satisfies Record<string, readonly string[]>;

const GITLAB_ORIGIN = 'https://gitlab.com';
/** GitLab usernames: letters, digits, "_", "-" and "."; they may not start with "-" (capped at our login length). */
const USERNAME = /^[a-z\d_.][a-z\d_.-]{0,99}$/i;
/** Feeds and key files that share the /<username>.<ext> shape. */
const NOT_A_PAGE_SUFFIX = /\.(atom|keys|gpg|json|git|rss|png|ico|txt|xml|html)$/i;
const USERNAME_TEXT = /^@([a-z\d_.][a-z\d_.-]{0,99})(?=$|[\s·•|])/i;
const NOT_FOUND_TITLE = /(^|\s)(page not found|not found|404)\b/i;

/** Top-level paths GitLab keeps for itself (Gitlab::PathRegex::TOP_LEVEL_ROUTES, abridged) and common site pages. */
const RESERVED_TOP_LEVEL = new Set([
  '-', '.well-known', 'abuse_reports', 'admin', 'api', 'assets', 'autocomplete', 'ci', 'dashboard', 'explore', 'favicon.ico',
  'files', 'groups', 'health_check', 'help', 'import', 'invites', 'jwt', 'login', 'oauth', 'organizations', 'profile', 'projects',
  'public', 'robots.txt', 's', 'search', 'sitemap', 'snippets', 'toogle', 'unsubscribes', 'uploads', 'user_settings', 'users', 'v2',
]);

/** /users/<x> routes that are not people (sign-in and account flows). */
const RESERVED_UNDER_USERS = new Set([
  'sign_in', 'sign_up', 'sign_out', 'password', 'confirmation', 'unlock', 'auth', 'almost_there', 'identity_verification',
  'edit', 'terms', 'resend_verification_code', 'successful_verification', 'update_email', 'redirect',
]);

/** Profile tabs under /users/<username>/…; the header is the same on each. */
const PROFILE_TABS = new Set(['activity', 'groups', 'contributed', 'projects', 'starred', 'snippets', 'followers', 'following']);

export const gitlabAdapter: SiteAdapter = {
  id: 'gitlab',
  matches: ['https://gitlab.com/*'],
  selectors,
  isProfileUrl,
  profileIdOf,
  extract,
};

/**
 * "alice" for https://gitlab.com/alice, /alice/, /users/alice or /users/alice/projects, lower-cased.
 * Nothing for groups (/groups/x), projects (group/project), "-/" routes and GitLab's own pages.
 * A top-level group (gitlab.com/gitlab-org) looks like a person in the URL: only its page tells.
 */
export function profileIdOf(url: URL): string | undefined {
  if (url.hostname !== 'gitlab.com' && url.hostname !== 'www.gitlab.com') return undefined;
  const username = usernameInPath(url.pathname);
  return typeof username === 'string' ? username.toLowerCase() : undefined;
}

export function isProfileUrl(url: URL): boolean {
  return url.hostname === 'gitlab.com' && typeof usernameInPath(url.pathname) === 'string';
}

export function extract(doc: Document, url: string): Extraction {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 'not-profile', reason: 'not a valid URL' };
  if (parsed.hostname !== 'gitlab.com') return { status: 'not-profile', reason: 'not a gitlab.com page' };
  const username = usernameInPath(parsed.pathname);
  if (typeof username !== 'string') return { status: 'not-profile', reason: username.reason };
  if (selectors.groupPage.some((signal) => doc.querySelector(signal) !== null)) {
    return { status: 'not-profile', reason: 'a group page, not a person’s profile' };
  }
  if (selectors.projectPage.some((signal) => doc.querySelector(signal) !== null)) {
    return { status: 'not-profile', reason: 'a project page, not a user profile' };
  }
  return readProfile(doc, username);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The username a profile path names, or why the path is not a profile. */
function usernameInPath(pathname: string): string | { reason: string } {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { reason: 'the GitLab home page, not a user profile' };
  const [first, second, third] = parts.map((part) => safeDecode(part));
  if (first === undefined) return { reason: `${pathname} is not a user profile page` };
  if (parts.includes('-')) return { reason: `${pathname} is a GitLab page, not a user profile` };
  if (first.toLowerCase() === 'users') {
    if (!second || RESERVED_UNDER_USERS.has(second.toLowerCase())) return { reason: `${pathname} is not a user profile page` };
    if (parts.length > 3 || (third !== undefined && !PROFILE_TABS.has(third.toLowerCase()))) {
      return { reason: `${pathname} is not a user profile page` };
    }
    return validUsername(second) ?? { reason: `${pathname} is not a user profile page` };
  }
  if (first.toLowerCase() === 'groups') return { reason: 'a group page, not a person’s profile' };
  if (RESERVED_TOP_LEVEL.has(first.toLowerCase())) return { reason: `${pathname} is not a user profile page` };
  if (parts.length > 1) return { reason: 'a project or subgroup page, not a user profile' };
  return validUsername(first) ?? { reason: `${pathname} is not a user profile page` };
}

function validUsername(candidate: string): string | undefined {
  return USERNAME.test(candidate) && !NOT_A_PAGE_SUFFIX.test(candidate) ? candidate : undefined;
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function readProfile(doc: Document, usernameInUrl: string): Extraction {
  const header = firstMatch(doc, selectors.header);
  const username = header && readUsername(header);
  if (!header || !username) {
    const title = text(firstMatch(doc, selectors.notFoundTitle), 200) ?? '';
    const reason = NOT_FOUND_TITLE.test(title)
      ? 'GitLab shows “Page not found” for this profile'
      : 'the profile has not rendered yet (or GitLab changed its layout)';
    return { status: 'unreadable', reason };
  }
  if (username.toLowerCase() !== usernameInUrl.toLowerCase()) {
    return { status: 'unreadable', reason: `the page shows @${username}, not @${usernameInUrl} from the URL (still loading?)` };
  }
  const details = firstMatch(doc, selectors.details) ?? header;
  const short = (found: Element | undefined) => text(found, LIMITS.shortText);
  const website = linkUrl(firstMatch(details, selectors.website));
  const profile: GitlabProfile = {
    site: 'gitlab',
    login: username,
    url: `${GITLAB_ORIGIN}/${username}`,
    name: short(firstMatch(header, selectors.name)),
    bio: text(firstMatch(details, selectors.bio), LIMITS.bio),
    company: short(firstMatch(details, selectors.organization)),
    jobTitle: short(firstMatch(details, selectors.jobTitle)),
    location: short(firstMatch(details, selectors.location)),
    website,
    socialLinks: readSocialLinks(details, website),
    followers: readFollowers(details),
    capturedAt: new Date().toISOString(),
  };
  return { status: 'profile', profile };
}

/** The first "@username" the header shows, trying the variants in order. */
function readUsername(header: Element): string | undefined {
  for (const selector of selectors.username) {
    for (const element of header.querySelectorAll(selector)) {
      const match = text(element, 300)?.match(USERNAME_TEXT);
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}

function linkUrl(link: Element | null | undefined): string | undefined {
  return httpLink(link?.getAttribute('href'), `${GITLAB_ORIGIN}/`, LIMITS.url)?.href;
}

/** The person's other accounts: user-provided http(s) links off gitlab.com, website and status links aside. */
function readSocialLinks(details: Element, website: string | undefined): GitlabProfile['socialLinks'] {
  const links: GitlabProfile['socialLinks'] = [];
  const seen = new Set(website ? [website] : []);
  for (const link of allMatches(details, selectors.socialLinks)) {
    if (link.matches(selectors.website[0]) || selectors.status.some((status) => link.closest(status))) continue;
    const url = httpLink(link.getAttribute('href'), `${GITLAB_ORIGIN}/`, LIMITS.url);
    if (!url || url.hostname === 'gitlab.com' || seen.has(url.href)) continue;
    seen.add(url.href);
    links.push({ url: url.href, label: linkLabel(link, url) });
    if (links.length === LIMITS.links) break;
  }
  return links;
}

/** Social links are often icons: the visible text, else the tooltip, else the host. */
function linkLabel(link: Element, url: URL): string {
  const tooltip = normalizeText(link.getAttribute('aria-label') ?? link.getAttribute('title') ?? '');
  return text(link, LIMITS.shortText) ?? (tooltip ? truncate(tooltip, LIMITS.shortText) : url.hostname);
}

const STAT_TEXT = /(\d[\d,.]*\s*[km]?)\s*(followers?|following)\b/i;

function readFollowers(details: Element): number | undefined {
  for (const link of allMatches(details, selectors.stats)) {
    const [, count, label] = text(link, 100)?.match(STAT_TEXT) ?? [];
    if (label && /^followers?$/i.test(label)) return parseCount(count);
  }
  return undefined;
}

/*
Test URLs:
- https://gitlab.com/sytses — a person: name, job title and organization, links
- https://gitlab.com/users/sytses/projects — the same person on a profile tab
- https://gitlab.com/gitlab-org — top-level group (must be not-profile, told by the page)
- https://gitlab.com/gitlab-org/gitlab — project page (must be not-profile, told by the URL)
- https://gitlab.com/explore/projects — GitLab's own page (must be not-profile)
- https://gitlab.com/users/sign_in — sign-in (must be not-profile)
- https://gitlab.com/-/user_settings/profile — settings (must be not-profile)
*/
