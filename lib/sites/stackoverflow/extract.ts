import { LIMITS } from '@/lib/schema/limits';
import type { Extraction, StackOverflowProfile, StackOverflowTag } from '@/lib/schema/profile';
import { allMatches, childTexts, firstMatch, httpLink, normalizeText, parseCount, text, toArray } from '../dom';
import { truncate } from '../../text';
import type { SiteAdapter } from '../types';

/**
 * Every selector the Stack Overflow adapter uses. Arrays are layout variants, tried in order.
 * Layouts: the 2021+ user page (header shared by every tab, "Stats", "About" and "Top tags" on the
 * profile tab); the 2018-22 Developer Story (its own page /story/<name>, or the user page's
 * "Developer Story" tab); the 2016-17 "cv-story" Developer Story.
 * Everything is read inside the page's main column, never from the site header (the logged-in viewer).
 */
export const selectors = {
  /** A company's Developer Story list: the people who work there, not one person. */
  companyPage: [
    'header.team-summary', // 2019-22 /users/story/lists/<id>/<company>
    'section.users-grid', // 2019-22, its grid of people
  ],
  /** The page's own address for the person. */
  canonical: [
    'link[rel="canonical"][href]', // user pages, all layouts
    'meta[property="og:url"][content]', // Developer Story pages have no canonical link
  ],
  name: [
    '#mainbar-full .fs-headline2', // 2021+ user page header, every tab
    '#form-section-PersonalInfo .name h4', // 2018-22 Developer Story header
    '.cv-story #section-personal h1', // 2016-17 cv-story
  ],
  location: [
    '#mainbar-full ul.s-anchors .wmx2.truncate', // 2021+ header (the text beside the location pin)
    '#form-section-PersonalInfo .wmx2.truncate', // 2018-22 Developer Story header
    '.cv-story #section-personal .meta .icon-location', // 2016-17: the text right after this icon
  ],
  about: [
    '#mainbar-full .js-about-me-content', // 2021+ profile tab "About"
    '#form-section-PersonalStatementAndTools .description-content-full', // 2018-22 Developer Story statement
  ],
  /** Links the person added (website, GitHub, Twitter…); rel="me" leaves out the network-account links beside them. */
  headerLinks: ['#mainbar-full ul.s-anchors a[rel~="me"][href]'], // 2021+ header
  storyLinks: [
    '#form-section-PersonalInfo a[rel~="me"][href]', // 2018-22 Developer Story header
    '.cv-story #section-personal .meta a[href]', // 2016-17 cv-story
  ],
  /** "Stats" card: each number sits in its own element, its label ("reputation", "answers"…) beside it. */
  statNumbers: ['#stats .fs-body3'], // 2021+ profile tab
  /** One row per tag in the profile tab's "Top tags" card. */
  topTagRows: ['#top-tags .s-card > div'], // 2021+ profile tab
  topTagLink: [
    'a.s-tag', // 2022+
    'a.post-tag', // 2021
  ],
  /** Score and posts of a top tag: a number, its label in the next element. */
  topTagNumbers: ['.fs-body3'], // 2021+
  /** "Top 1% / 5% / 10% answerer" tags of a Developer Story: read before every other story tag. */
  topAnswererTags: ['.user-technologies .tag-wrapper .post-tag'], // 2018-22
  /** Technologies a Developer Story lists: top-answerer tags, "I want to work with", and every timeline item's tags. */
  storyTags: [
    '.timeline-wrapper .post-tag, .timeline-wrapper .s-tag', // 2018-22 (own page and user page tab)
    '.cv-story .post-tag', // 2016-17 cv-story
  ],
  /** "I prefer not to work with": tags the person does not want, never read as skills. */
  dislikedTags: [
    '.dislike', // 2018-22
  ],
} as const satisfies Record<string, readonly string[]>;

const SO_ORIGIN = 'https://stackoverflow.com';
const SO_BASE = `${SO_ORIGIN}/`;
const SO_HOSTS = new Set(['stackoverflow.com', 'www.stackoverflow.com']);
const USER_ID = /^\d{1,12}$/;
const STORY_NAME = /^[\w.-]{1,100}$/;
const SLUG = /^[a-z0-9-]{1,100}$/i;
/** Stack Overflow tag names: lower-case letters, digits, + # . and -, at most 35 characters. */
const TAG_NAME = /^[a-z0-9+#.][a-z0-9+#.-]{0,34}$/;
/** What the 2021+ profile tab shows in place of an empty "About". */
const EMPTY_ABOUT = /^apparently, this user prefers to keep an air of mystery about them\.?$/i;
/** Hosts whose links are profiles elsewhere (or on the Stack Exchange network) rather than the person's own website. */
const SOCIAL_HOSTS = [
  'stackoverflow.com',
  'stackexchange.com',
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'medium.com',
  'dev.to',
  'mastodon.social',
  'keybase.io',
  'reddit.com',
];

export const stackOverflowAdapter: SiteAdapter = {
  id: 'stackoverflow',
  matches: ['https://stackoverflow.com/*'],
  selectors,
  isProfileUrl,
  profileIdOf,
  extract,
};

/** Whose page the URL is: a user id (/users/<id>, /users/story/<id>, /u/<id>) or a Developer Story name (/story/<name>). */
type PageOwner = { kind: 'user'; id: string; slug?: string } | { kind: 'story'; name: string };

function ownerOf(url: URL): PageOwner | undefined {
  if (!SO_HOSTS.has(url.hostname)) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (first === 'users' && second && USER_ID.test(second) && parts.length <= 3) {
    return { kind: 'user', id: second, slug: third && SLUG.test(third) ? third : undefined };
  }
  if (first === 'users' && second === 'story' && third && USER_ID.test(third) && parts.length <= 4) return { kind: 'user', id: third };
  if (first === 'u' && second && USER_ID.test(second) && parts.length === 2) return { kind: 'user', id: second };
  if (first === 'story' && second && STORY_NAME.test(second) && parts.length === 2) return { kind: 'story', name: second };
  return undefined;
}

/** "22656" for /users/22656/jon-skeet, /users/22656, /u/22656 or a tab of them; the story name for /story/<name>. */
export function profileIdOf(url: URL): string | undefined {
  const owner = ownerOf(url);
  if (!owner) return undefined;
  return owner.kind === 'user' ? owner.id : owner.name.toLowerCase();
}

export function isProfileUrl(url: URL): boolean {
  return url.hostname === 'stackoverflow.com' && ownerOf(url) !== undefined;
}

export function extract(doc: Document, url: string): Extraction {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 'not-profile', reason: 'not a valid URL' };
  if (parsed.hostname !== 'stackoverflow.com') return { status: 'not-profile', reason: 'not a stackoverflow.com page' };
  const owner = ownerOf(parsed);
  if (!owner) return { status: 'not-profile', reason: notProfileReason(parsed) };
  if (selectors.companyPage.some((signal) => doc.querySelector(signal) !== null)) {
    return { status: 'not-profile', reason: 'a company’s Developer Story list, not a person’s profile' };
  }
  return readProfile(doc, owner);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function notProfileReason(url: URL): string {
  const path = url.pathname;
  if (/^\/users\/story\/lists(\/|$)/.test(path)) return 'a company’s Developer Story list, not a person’s profile';
  if (/^\/(tags|questions\/tagged)(\/|$)/.test(path)) return 'a tags page, not a user profile';
  if (/^\/(questions|q|a)\/\d/.test(path)) return 'a question page, not a user profile';
  if (/^\/users\/?$/.test(path)) return 'the list of users, not a user profile';
  return `${path} is not a user profile page`;
}

function readProfile(doc: Document, owner: PageOwner): Extraction {
  const name = text(firstMatch(doc, selectors.name), LIMITS.shortText);
  if (!name) {
    const reason = /not found/i.test(text(doc.querySelector('title')) ?? '')
      ? 'Stack Overflow shows “Page not found” for this profile'
      : 'could not find the profile header (unknown Stack Overflow layout)';
    return { status: 'unreadable', reason };
  }
  const canonical = canonicalUrl(doc, owner);
  if (canonical === 'someone else') {
    return { status: 'unreadable', reason: 'the page’s own address names another user than the URL (still loading?)' };
  }
  const links = readLinks(doc);
  const profile: StackOverflowProfile = {
    site: 'stackoverflow',
    login: owner.kind === 'user' ? owner.id : owner.name,
    url: canonical ?? ownUrl(owner),
    name,
    location: readLocation(doc),
    about: readAbout(doc),
    ...readStats(doc),
    tags: readTags(doc),
    website: links.website,
    socialLinks: links.socialLinks,
    capturedAt: new Date().toISOString(),
  };
  return { status: 'profile', profile };
}

function ownUrl(owner: PageOwner): string {
  if (owner.kind === 'story') return `${SO_ORIGIN}/story/${encodeURIComponent(owner.name)}`;
  return `${SO_ORIGIN}/users/${owner.id}${owner.slug ? `/${owner.slug}` : ''}`;
}

/** The page's canonical address when it is this person's; 'someone else' when it names another person. */
function canonicalUrl(doc: Document, owner: PageOwner): string | undefined | 'someone else' {
  const element = firstMatch(doc, selectors.canonical);
  const link = httpLink(element?.getAttribute('href') ?? element?.getAttribute('content'), SO_BASE, LIMITS.url);
  if (!link || !SO_HOSTS.has(link.hostname)) return undefined;
  const pageOwner = ownerOf(link);
  if (!pageOwner) return undefined;
  const same =
    owner.kind === 'user'
      ? pageOwner.kind === 'user' && pageOwner.id === owner.id
      : pageOwner.kind === 'story' && pageOwner.name.toLowerCase() === owner.name.toLowerCase();
  if (!same) return 'someone else';
  return `${SO_ORIGIN}${link.pathname.replace(/\/+$/, '')}`;
}

function readLocation(doc: Document): string | undefined {
  const found = firstMatch(doc, selectors.location);
  if (!found) return undefined;
  return found.classList.contains('icon-location') ? textAfter(found, LIMITS.shortText) : text(found, LIMITS.shortText);
}

/** The bare text right after an element, up to the next element (the 2016-17 "meta" line). */
function textAfter(element: Element, max: number): string | undefined {
  let raw = '';
  for (let node = element.nextSibling; node && node.nodeType === 3; node = node.nextSibling) raw += node.nodeValue ?? '';
  const cleaned = normalizeText(raw.slice(0, max * 4));
  return cleaned ? truncate(cleaned, max) : undefined;
}

/** The about text as plain text, one line per paragraph; never the placeholder of an empty one. */
function readAbout(doc: Document): string | undefined {
  const element = firstMatch(doc, selectors.about);
  if (!element) return undefined;
  const about = proseText(element, LIMITS.bio);
  return about && !EMPTY_ABOUT.test(about) ? about : undefined;
}

function proseText(element: Element, max: number): string | undefined {
  const blocksOnly = element.childElementCount > 0 && toArray(element.childNodes).every((node) => node.nodeType !== 3 || !node.nodeValue?.trim());
  const lines = blocksOnly ? childTexts(element, max) : [];
  const joined = lines.length > 0 ? lines.join('\n') : text(element, max);
  return joined ? truncate(joined, max) : undefined;
}

// ---- numbers -------------------------------------------------------------------------

const SIGNED_COUNT = /^([-−]?)(.+)$/;

/** A count as the page shows it ("4,974", "1.2k", "-3"); undefined unless a sane integer. */
function parseSigned(raw: string | undefined): number | undefined {
  const [, sign, rest] = raw?.trim().match(SIGNED_COUNT) ?? [];
  const value = parseCount(rest);
  return value === undefined ? undefined : sign ? -value : value;
}

function readStats(doc: Document): Pick<StackOverflowProfile, 'reputation' | 'answers' | 'questions'> {
  const stats: Pick<StackOverflowProfile, 'reputation' | 'answers' | 'questions'> = {};
  for (const number of allMatches(doc, selectors.statNumbers)) {
    const value = parseCount(text(number, 50));
    const label = labelOf(number);
    if (value === undefined || !label) continue;
    if (label === 'reputation' || label === 'answers' || label === 'questions') stats[label] ??= value;
  }
  return stats;
}

/** "reputation" for <div><div class="fs-body3">93,446</div> reputation</div>: the parent's text without the number. */
function labelOf(number: Element): string | undefined {
  const parentText = text(number.parentElement, 200);
  const numberText = text(number, 50);
  if (!parentText || !numberText || !parentText.startsWith(numberText)) return undefined;
  return parentText.slice(numberText.length).trim().toLowerCase() || undefined;
}

// ---- tags ----------------------------------------------------------------------------

/**
 * The profile tab's top tags in page order; then a Developer Story's tags: its top-answerer tags
 * first, then the others by how many places of the story list them (a tag of five positions before
 * a one-off), page order on a tie. Tags the person prefers not to work with are never read.
 */
function readTags(doc: Document): StackOverflowTag[] {
  const tags = new Map<string, StackOverflowTag>();
  for (const row of allMatches(doc, selectors.topTagRows)) {
    const tag = readTopTag(row);
    if (tag && !tags.has(tag.name) && tags.size < LIMITS.tags) tags.set(tag.name, tag);
  }
  for (const name of rankedStoryTags(doc)) {
    if (tags.size === LIMITS.tags) break;
    if (!tags.has(name)) tags.set(name, { name, url: tagPageUrl(name) });
  }
  return [...tags.values()];
}

function rankedStoryTags(doc: Document): string[] {
  const disliked = allMatches(doc, selectors.dislikedTags);
  const topAnswerer = new Set(allMatches(doc, selectors.topAnswererTags).map(tagName));
  const mentions = new Map<string, number>(); // in order of first appearance
  for (const element of allMatches(doc, selectors.storyTags)) {
    if (element.classList.contains('disliked-tag') || disliked.some((section) => section.contains(element))) continue;
    const name = tagName(element);
    if (name) mentions.set(name, (mentions.get(name) ?? 0) + 1);
  }
  const rank = (name: string) => (topAnswerer.has(name) ? Number.MAX_SAFE_INTEGER : mentions.get(name)!);
  return [...mentions.keys()].map((name, index) => ({ name, index })).sort((a, b) => rank(b.name) - rank(a.name) || a.index - b.index).map(({ name }) => name);
}

function tagName(element: Element | undefined): string | undefined {
  const name = text(element, 50);
  return name && TAG_NAME.test(name) ? name : undefined;
}

const tagPageUrl = (name: string) => `${SO_ORIGIN}/questions/tagged/${encodeURIComponent(name)}`;

function readTopTag(row: Element): StackOverflowTag | undefined {
  const link = firstMatch(row, selectors.topTagLink);
  const name = tagName(link);
  if (!link || !name) return undefined;
  const tag: StackOverflowTag = { name, url: httpLink(link.getAttribute('href'), SO_BASE, LIMITS.url)?.href ?? tagPageUrl(name) };
  for (const number of allMatches(row, selectors.topTagNumbers)) {
    const label = text(number.nextElementSibling, 50)?.toLowerCase();
    if (label === 'score') tag.score ??= parseSigned(text(number, 50));
    else if (label === 'posts') {
      const posts = parseCount(text(number, 50));
      if (posts !== undefined) tag.posts ??= posts;
    }
  }
  return tag;
}


// ---- links ---------------------------------------------------------------------------

const isSocialHost = (host: string) => SOCIAL_HOSTS.some((social) => host === social || host.endsWith(`.${social}`));

/** One key per account however it is written: twitter.com/@jay and www.twitter.com/jay/ are the same link. */
function linkKey(url: URL): string {
  const path = url.pathname.toLowerCase().replace(/\/@/g, '/').replace(/\/+$/, '');
  return `${url.hostname.replace(/^www\./, '')}${path}${url.search}`;
}

/**
 * The header's links, then the Developer Story header's (a user page's Developer Story tab shows both):
 * the first link to a site that is not a social network is the website, every other one a social link.
 */
function readLinks(doc: Document): Pick<StackOverflowProfile, 'website' | 'socialLinks'> {
  const seen = new Set<string>();
  let website: string | undefined;
  const socialLinks: StackOverflowProfile['socialLinks'] = [];
  for (const link of [...allMatches(doc, selectors.headerLinks), ...allMatches(doc, selectors.storyLinks)]) {
    const target = httpLink(link.getAttribute('href'), SO_BASE, LIMITS.url);
    if (!target || seen.has(linkKey(target))) continue;
    seen.add(linkKey(target));
    if (!website && !isSocialHost(target.hostname)) {
      website = target.href;
      continue;
    }
    if (socialLinks.length === LIMITS.links) continue;
    const label = normalizeText(link.getAttribute('title') ?? '').slice(0, LIMITS.shortText) || text(link, LIMITS.shortText) || target.hostname;
    socialLinks.push({ url: target.href, label });
  }
  return { website, socialLinks };
}

/*
Test URLs:
- https://stackoverflow.com/users/22656/jon-skeet — 2021+ profile tab: stats, about, top tags with score and posts
- https://stackoverflow.com/users/18082959/blanca-lanaspa — 2022 user page on its Developer Story tab (header + story)
- https://stackoverflow.com/users/347414/jaydles — 2022 user page on its Developer Story tab, network accounts beside the links
- https://stackoverflow.com/story/fbuireu — 2022 Developer Story page, top-answerer tags, more than 50 tags
- https://stackoverflow.com/users/story/lists/348524/fon-technology?storyType=1 — a company's list (must be not-profile)
- https://stackoverflow.com/questions/11227809 — a question (must be not-profile)
- https://stackoverflow.com/tags — tags page (must be not-profile)
*/
