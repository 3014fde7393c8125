import { LIMITS } from '@/lib/schema/limits';
import type { Extraction, LinkedInProfile, Position } from '@/lib/schema/profile';
import { allMatches, firstMatch, httpLink, normalizeText, text, toArray } from '../dom';
import { truncate } from '../../text';
import type { SiteAdapter } from '../types';

/**
 * Every selector the LinkedIn adapter uses. Arrays are layout variants, tried in order.
 * Two layouts are read: the logged-out public profile of 2016-2017 ("public_profile_v3"), and the
 * signed-in member view of 2025, whose class names are mostly hashed per build: only LinkedIn's
 * stable hooks (ids, data-* attributes, artdeco/pvs/t-* utility classes) are used for it.
 */
export const selectors = {
  /** The profile owner's top card; name, headline and location are read inside it, never from the page header. */
  publicCard: ['#topcard .profile-overview-content'], // 2016-2017 public profile
  memberCard: ['section[data-member-id]'], // 2025 member view
  name: [
    'h1#name', // 2016-2017
    'h1', // 2025 (the only h1 of the top card)
  ],
  headline: [
    'p.headline', // 2016-2017
    '.text-body-medium.break-words', // 2025
  ],
  location: [
    '#demographics .locality', // 2016-2017
    'span.text-body-small.inline.t-black--light.break-words', // 2025
  ],
  /** Links from the top card to the profile's own overlays: they name the /in/<id> the page shows (2025). */
  memberOwnLinks: ['a[href*="/overlay/contact-info"]', 'a[href*="/overlay/about-this-profile"]'],
  /** Where the public page says which profile it is (2016-2017). */
  canonical: ['link[rel="canonical"][href]'],
  /**
   * Sections by their anchor: the section itself in 2016-2017 (section#experience), an anchor
   * div inside the section card in 2025 (div#experience.pv-profile-card__anchor); read via closest('section').
   */
  aboutSection: [
    '#summary', // 2016-2017 "Summary"
    '#about', // 2025 "About"
  ],
  experienceSection: ['#experience'], // all layouts
  skillsSection: ['#skills'], // all layouts
  /** The about text inside its section. */
  aboutText: [
    '.description', // 2016-2017
    '[class*="inline-show-more-text"] > span[aria-hidden="true"]', // 2025; the visually-hidden copy is skipped
  ],
  // ---- 2016-2017 public profile: experience and skills ----
  publicPositions: ['li.position'],
  publicPositionTitle: ['.item-title'],
  publicPositionCompany: ['.item-subtitle'],
  publicPositionDates: ['.date-range'],
  publicPositionDescription: ['.description'],
  publicSkills: ['li.skill > a'], // "See 11+" / "See less" are labels, not links
  publicWebsites: [
    'tr.websites a[href]', // 2016
    '[data-section="websites"] a[href]', // 2017
  ],
  // ---- 2025 member view: experience, skills and links ----
  /** One entry of a list card: a position, a company grouping several positions, a skill. */
  memberEntity: ['[data-view-name="profile-component-entity"]'],
  /** The bold first line of an entity: a title, a company (grouped positions) or a skill name. */
  memberEntityTitle: ['.t-bold > span[aria-hidden="true"]'],
  /** "꩜Substrate · Full-time": the company, perhaps with the employment type. */
  memberEntitySubtitle: ['span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]'],
  /** "Sep 2023 - Present · 1 yr 8 mos". */
  memberEntityDates: ['.pvs-entity__caption-wrapper[aria-hidden="true"]'],
  memberEntitySubComponents: ['.pvs-entity__sub-components'],
  /** A position's description, collapsed behind "…see more" but in the DOM. */
  memberEntityDescription: ['[class*="inline-show-more-text"] > span[aria-hidden="true"]'],
  memberSkills: ['a[data-field="skill_card_skill_topic"] .t-bold > span[aria-hidden="true"]'],
  /** The top card's links; only those leaving LinkedIn are kept (a website button, when the member set one). */
  memberCardLinks: ['a[href]'],
  /** The contact-info overlay, when the recruiter has opened it (/in/<id>/overlay/contact-info/). */
  memberContactLinks: ['.pv-contact-info__contact-type a[href]'],
  /** A sign-in or join wall shown instead of the profile. */
  authwall: [
    '#session_key', // the sign-in form's email field
    'form[action*="/uas/login-submit"]',
    'form[action*="login-submit"]',
    '.authwall-join-form',
    '#join-form',
  ],
} as const satisfies Record<string, readonly string[]>;

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';
const LINKEDIN_BASE = `${LINKEDIN_ORIGIN}/`;
/** linkedin.com, www.linkedin.com and the country sites (de.linkedin.com, uk.linkedin.com…). */
const LINKEDIN_HOST = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;
/** Public profile ids: letters (any script), digits, hyphens; 3-100 characters, a little slack either way. */
const PROFILE_ID = /^[\p{L}\p{N}_-]{1,100}$/u;
/** The member URN ids LinkedIn sometimes puts in /in/ URLs instead of the vanity name ("ACoAAA…"). */
const MEMBER_URN_ID = /^acoa/i;
/** Words a current position "ends" with, in the languages LinkedIn most often shows. */
const PRESENT = /^(?:present|heute|aujourd[’']hui|presente|actualidad|atual|momento|huidig|obecnie|oggi)$/i;
const EMPLOYMENT_TYPE =
  /\s+·\s+(?:full-time|part-time|self-employed|freelance|contract|internship|apprenticeship|seasonal|temporary|permanent|trainee)$/i;
const DATE_RANGE_SEPARATOR = /\s+[-–—]\s+|\s+to\s+/;

export const linkedInAdapter: SiteAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*', 'https://*.linkedin.com/*'],
  selectors,
  isProfileUrl,
  profileIdOf,
  extract,
};

/**
 * "jeffweiner08" for https://www.linkedin.com/in/jeffweiner08, /in/jeffweiner08/, a country site
 * (de.linkedin.com) or any query; percent-encoded ids are decoded, and ids are lower-cased.
 * An overlay open on the profile (/in/<id>/overlay/contact-info/) is still the profile.
 */
export function profileIdOf(url: URL): string | undefined {
  if (!LINKEDIN_HOST.test(url.hostname)) return undefined;
  const [section, rawId, sub, ...rest] = url.pathname.split('/').filter(Boolean);
  if (section !== 'in' || !rawId) return undefined;
  if (sub !== undefined && (sub !== 'overlay' || rest.length === 0)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return undefined;
  }
  return PROFILE_ID.test(id) ? id.toLowerCase() : undefined;
}

export function isProfileUrl(url: URL): boolean {
  return profileIdOf(url) !== undefined;
}

export function extract(doc: Document, url: string): Extraction {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 'not-profile', reason: 'not a valid URL' };
  const urlId = profileIdOf(parsed);
  if (!urlId) return { status: 'not-profile', reason: notProfileReason(parsed) };
  const publicCard = firstMatch(doc, selectors.publicCard);
  if (publicCard) return readProfile(doc, publicCard, urlId, 'public');
  const memberCard = firstMatch(doc, selectors.memberCard);
  if (memberCard) return readProfile(doc, memberCard, urlId, 'member');
  return { status: 'unreadable', reason: unreadableReason(doc) };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const NOT_PROFILE_PAGES: readonly [RegExp, string][] = [
  [/^\/company\//, 'a company page, not a person’s profile'],
  [/^\/school\//, 'a school page, not a person’s profile'],
  [/^\/showcase\//, 'a showcase page, not a person’s profile'],
  [/^\/(?:feed|$)/, 'the feed, not a profile'],
  [/^\/jobs\//, 'a jobs page, not a profile'],
  [/^\/search\//, 'search results, not a profile'],
  [/^\/in\/[^/]+\/./, 'a part of a profile (activity, details), not the profile page itself'],
];

function notProfileReason(url: URL): string {
  if (!LINKEDIN_HOST.test(url.hostname)) return 'not a linkedin.com page';
  for (const [pattern, reason] of NOT_PROFILE_PAGES) if (pattern.test(url.pathname)) return reason;
  return `${url.pathname} is not a profile page`;
}

function unreadableReason(doc: Document): string {
  if (selectors.authwall.some((signal) => doc.querySelector(signal) !== null)) {
    return 'LinkedIn shows a sign-in wall instead of the profile';
  }
  return 'could not find the profile’s top card (unknown LinkedIn layout, or the page has not rendered yet)';
}

type View = LinkedInProfile['view'];

function readProfile(doc: Document, card: Element, urlId: string, view: View): Extraction {
  const short = (found: Element | undefined) => text(found, LIMITS.shortText);
  const name = short(firstMatch(card, selectors.name));
  if (!name) return { status: 'unreadable', reason: 'the profile’s top card has no name (unknown LinkedIn layout)' };
  const shownId = view === 'member' ? memberShownId(card) : canonicalId(doc);
  let login = urlId;
  if (shownId && shownId !== urlId) {
    // A URN id in the URL names the same member as the vanity name the page shows.
    if (!MEMBER_URN_ID.test(urlId)) {
      return { status: 'unreadable', reason: `the page shows /in/${shownId}, not /in/${urlId} from the URL (still loading?)` };
    }
    login = shownId;
  }
  const profile: LinkedInProfile = {
    site: 'linkedin',
    login,
    url: `${LINKEDIN_ORIGIN}/in/${encodeURIComponent(login)}`,
    name,
    headline: short(firstMatch(card, selectors.headline)),
    location: short(firstMatch(card, selectors.location)),
    about: readAbout(doc),
    positions: view === 'public' ? readPublicPositions(doc) : readMemberPositions(doc),
    skills: view === 'public' ? readPublicSkills(doc) : readMemberSkills(doc),
    socialLinks: view === 'public' ? readPublicWebsites(card) : readMemberLinks(doc, card, login),
    view,
    capturedAt: new Date().toISOString(),
  };
  return { status: 'profile', profile };
}

function memberShownId(card: Element): string | undefined {
  for (const link of allMatches(card, selectors.memberOwnLinks)) {
    const id = linkedInProfileId(httpLink(link.getAttribute('href'), LINKEDIN_BASE, LIMITS.url));
    if (id) return id;
  }
  return undefined;
}

function canonicalId(doc: Document): string | undefined {
  return linkedInProfileId(httpLink(firstMatch(doc, selectors.canonical)?.getAttribute('href'), LINKEDIN_BASE, LIMITS.url));
}

/** The /in/<id> of any LinkedIn profile URL, sub-pages included. */
function linkedInProfileId(url: URL | undefined): string | undefined {
  if (!url || !LINKEDIN_HOST.test(url.hostname)) return undefined;
  const [section, rawId] = url.pathname.split('/').filter(Boolean);
  if (section !== 'in' || !rawId) return undefined;
  return profileIdOf(new URL(`${LINKEDIN_ORIGIN}/in/${rawId}`));
}

/** The section a section anchor belongs to: itself (2016-2017) or the card around it (2025). */
function sectionOf(doc: Document, anchors: readonly string[]): Element | undefined {
  return firstMatch(doc, anchors)?.closest('section') ?? undefined;
}

function readAbout(doc: Document): string | undefined {
  const section = sectionOf(doc, selectors.aboutSection);
  return section && multilineText(firstMatch(section, selectors.aboutText), LIMITS.bio);
}

// ---- 2016-2017 public profile ---------------------------------------------------------

function readPublicPositions(doc: Document): Position[] {
  const section = sectionOf(doc, selectors.experienceSection);
  if (!section) return [];
  const positions: Position[] = [];
  for (const item of allMatches(section, selectors.publicPositions)) {
    const title = text(firstMatch(item, selectors.publicPositionTitle), LIMITS.shortText);
    if (!title) continue;
    positions.push({
      title,
      company: text(firstMatch(item, selectors.publicPositionCompany), LIMITS.shortText),
      ...publicDates(firstMatch(item, selectors.publicPositionDates)),
      description: multilineText(firstMatch(item, selectors.publicPositionDescription), LIMITS.bio),
    });
    if (positions.length === LIMITS.positions) break;
  }
  return positions;
}

/** "<time>December 2008</time> – Present (7 years 1 month)" or "<time>May 2001</time> – <time>June 2008</time> (…)". */
function publicDates(range: Element | undefined): Pick<Position, 'start' | 'end' | 'current'> {
  if (!range) return { current: false };
  const [start, end] = toArray(range.querySelectorAll('time')).map((time) => text(time, LIMITS.shortText));
  const shown = text(range, LIMITS.shortText) ?? '';
  const current = end === undefined && (start !== undefined || /present/i.test(shown));
  return { start, end, current };
}

function readPublicSkills(doc: Document): string[] {
  const section = sectionOf(doc, selectors.skillsSection);
  return section ? uniqueTexts(allMatches(section, selectors.publicSkills), LIMITS.skills) : [];
}

/** The top card's "Websites" row; a company website on linkedin.com is still the member's choice, so all are kept. */
function readPublicWebsites(card: Element): LinkedInProfile['socialLinks'] {
  return collectLinks(allMatches(card, selectors.publicWebsites), () => true);
}

// ---- 2025 member view -----------------------------------------------------------------

/** Entities directly in `root`'s list, not those nested in another entity's sub-components. */
function topLevelEntities(root: Element): Element[] {
  return allMatches(root, selectors.memberEntity).filter((entity) => entity.parentElement?.closest(selectors.memberEntity[0]) === closestEntity(root));
}

function closestEntity(el: Element): Element | null {
  return el.closest(selectors.memberEntity[0]);
}

/** The first match that belongs to the entity itself, not to one of its sub-components. */
function ownMatch(entity: Element, variants: readonly string[]): Element | undefined {
  return allMatches(entity, variants).find((el) => isOwn(entity, el));
}

function isOwn(entity: Element, el: Element): boolean {
  const sub = el.closest(selectors.memberEntitySubComponents[0]);
  return !sub || !entity.contains(sub);
}

function readMemberPositions(doc: Document): Position[] {
  const section = sectionOf(doc, selectors.experienceSection);
  if (!section) return [];
  const positions: Position[] = [];
  for (const entity of topLevelEntities(section)) {
    const roles = topLevelEntities(entity);
    if (roles.length === 0) {
      const position = memberPosition(entity, companyOf(entity));
      if (position) positions.push(position);
    } else {
      // Several positions at one company: the company is the group's bold line.
      const company = text(ownMatch(entity, selectors.memberEntityTitle), LIMITS.shortText);
      for (const role of roles) {
        const position = memberPosition(role, company);
        if (position) positions.push(position);
      }
    }
    if (positions.length >= LIMITS.positions) return positions.slice(0, LIMITS.positions);
  }
  return positions;
}

function companyOf(entity: Element): string | undefined {
  return text(ownMatch(entity, selectors.memberEntitySubtitle), LIMITS.shortText)?.replace(EMPLOYMENT_TYPE, '') || undefined;
}

function memberPosition(entity: Element, company: string | undefined): Position | undefined {
  const title = text(ownMatch(entity, selectors.memberEntityTitle), LIMITS.shortText);
  if (!title) return undefined;
  const descriptions = allMatches(entity, selectors.memberEntityDescription)
    .filter((el) => closestEntity(el) === entity)
    .map((el) => multilineText(el, LIMITS.bio))
    .filter((line) => line !== undefined);
  return {
    title,
    company,
    ...memberDates(text(ownMatch(entity, selectors.memberEntityDates), LIMITS.shortText)),
    description: descriptions.length > 0 ? truncate(descriptions.join('\n'), LIMITS.bio) : undefined,
  };
}

/** "Sep 2023 - Present · 1 yr 8 mos", "2019 - 2023 · 4 yrs", "Mar 2020 · 1 mo". */
function memberDates(shown: string | undefined): Pick<Position, 'start' | 'end' | 'current'> {
  const range = shown?.split(' · ')[0]?.trim();
  if (!range) return { current: false };
  const [start, end] = range.split(DATE_RANGE_SEPARATOR).map((part) => part.trim());
  if (end === undefined || PRESENT.test(end)) return { start, current: true };
  return { start, end, current: false };
}

function readMemberSkills(doc: Document): string[] {
  const section = sectionOf(doc, selectors.skillsSection);
  return section ? uniqueTexts(allMatches(section, selectors.memberSkills), LIMITS.skills) : [];
}

function readMemberLinks(doc: Document, card: Element, login: string): LinkedInProfile['socialLinks'] {
  const leavesLinkedIn = (url: URL) => !isLinkedInHost(url.hostname);
  // The contact-info overlay lists the profile's own LinkedIn URL beside its websites.
  const notThisProfile = (url: URL) => leavesLinkedIn(url) || linkedInProfileId(url) !== login;
  const links = [
    ...collectLinks(allMatches(card, selectors.memberCardLinks), leavesLinkedIn),
    ...collectLinks(allMatches(doc, selectors.memberContactLinks), notThisProfile),
  ];
  return links.filter(uniqueUrl()).slice(0, LIMITS.links);
}

// ---- links ----------------------------------------------------------------------------

function isLinkedInHost(hostname: string): boolean {
  return hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com') || hostname === 'lnkd.in';
}

/** The link's target, with LinkedIn's redirect (/redir/redirect?url=…) unwrapped; http(s) only. */
export function linkTarget(href: string | null | undefined): URL | undefined {
  const url = httpLink(href, LINKEDIN_BASE, LIMITS.url);
  if (!url || !isLinkedInHost(url.hostname) || !/^\/redir\/redirect\/?$/.test(url.pathname)) return url;
  return httpLink(url.searchParams.get('url'), LINKEDIN_BASE, LIMITS.url);
}

function collectLinks(links: readonly Element[], keep: (url: URL) => boolean): LinkedInProfile['socialLinks'] {
  const collected: LinkedInProfile['socialLinks'] = [];
  const seen = uniqueUrl();
  for (const link of links) {
    const url = linkTarget(link.getAttribute('href'));
    if (!url || !keep(url)) continue;
    const entry = { url: url.href, label: text(link, LIMITS.shortText) ?? truncate(url.hostname, LIMITS.shortText) };
    if (seen(entry)) collected.push(entry);
    if (collected.length === LIMITS.links) break;
  }
  return collected;
}

function uniqueUrl(): (link: { url: string }) => boolean {
  const seen = new Set<string>();
  return ({ url }) => !seen.has(url) && Boolean(seen.add(url));
}

// ---- text -----------------------------------------------------------------------------

function uniqueTexts(elements: readonly Element[], max: number): string[] {
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const el of elements) {
    const value = text(el, LIMITS.shortText);
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    texts.push(value);
    if (texts.length === max) break;
  }
  return texts;
}

const NON_TEXT = new Set(['script', 'style', 'template', 'noscript']);
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article']);

/**
 * Plain text that keeps the page's line breaks (<br>, paragraphs) as "\n", each line cleaned like
 * text(); capped at `max` with the visible truncation mark. Undefined when empty.
 */
export function multilineText(el: Element | null | undefined, max: number): string | undefined {
  if (!el || NON_TEXT.has(el.localName)) return undefined;
  const parts: string[] = [];
  const budget = { left: max * 4 + 64 };
  collectLines(el, parts, budget);
  const lines = parts.join('').split('\n').map(normalizeText).filter(Boolean);
  return lines.length > 0 ? truncate(lines.join('\n'), max) : undefined;
}

function collectLines(node: Node, parts: string[], budget: { left: number }): void {
  for (const child of toArray(node.childNodes)) {
    if (budget.left <= 0) return;
    if (child.nodeType === 3) {
      const value = (child.nodeValue ?? '').slice(0, budget.left);
      budget.left -= value.length;
      parts.push(value);
    } else if (child.nodeType === 1) {
      const tag = (child as Element).localName;
      if (NON_TEXT.has(tag)) continue;
      if (tag === 'br') parts.push('\n');
      else if (BLOCKS.has(tag)) {
        parts.push('\n');
        collectLines(child, parts, budget);
        parts.push('\n');
      } else collectLines(child, parts, budget);
    }
  }
}

/*
Test URLs:
- https://www.linkedin.com/in/jeffweiner08 — 2016 public profile (public_profile_v3): 12 positions, 26 skills, a redirected website
- https://de.linkedin.com/in/julianamelung — 2016 public profile on a country site: German summary, volunteering beside experience
- https://www.linkedin.com/in/john-doe-46b359134 — 2017 public profile (anonymized): two websites behind /redir/redirect
- https://www.linkedin.com/in/robertkcheung — 2025 member view, hashed class names: 5 positions shown of 7, 2 skills of 21, no about
- https://www.linkedin.com/company/linkedin — company page (must be not-profile)
- https://www.linkedin.com/feed/ — feed (must be not-profile)
- https://www.linkedin.com/in/robertkcheung/details/experience/ — a profile's sub-page (must be not-profile)
*/
