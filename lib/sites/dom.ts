/** Small pure DOM helpers for site adapters. Standard DOM only; never innerHTML or innerText. */

import { markedCut, truncate } from '../text';

const NON_TEXT_TAGS = ['script', 'style', 'template', 'noscript'];
const NON_TEXT_ELEMENTS = new Set(NON_TEXT_TAGS);

/**
 * Invisible characters that can disguise text or poison keyword matching: zero-width space, word joiner,
 * BOM, soft hyphen and bidi controls (LRM/RLM, embeddings, overrides, isolates, Arabic letter mark).
 * ZWNJ/ZWJ (U+200C/D) stay: Persian text and emoji sequences need them.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;


export function normalizeText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The element's text, whitespace collapsed, invisible characters removed, capped at `max`;
 * undefined when empty. Text inside <script>/<style> is not page text and is skipped.
 */
export function text(el: Element | null | undefined, max = Infinity): string | undefined {
  if (!el || NON_TEXT_ELEMENTS.has(el.localName)) return undefined;
  return cleanText(readableTextContent(el), max);
}

/**
 * text() of each child element, empty ones skipped, until the texts pass `max` characters in all.
 * One <script>/<style> check for the whole parent, not one per child: usually it has none.
 */
export function childTexts(parent: Element, max: number): string[] {
  const checkEachChild = containsNonText(parent);
  const texts: string[] = [];
  let length = 0;
  for (const child of toArray(parent.children)) {
    const line = checkEachChild ? text(child, max) : cleanText(child.textContent ?? '', max);
    if (!line) continue;
    texts.push(line);
    length += line.length + 1;
    if (length > max) break;
  }
  return texts;
}

function cleanText(raw: string, max: number): string | undefined {
  // Normalising only shrinks text, so a huge input can be pre-cut cheaply before the regexes run.
  const preCut = max * 4 + 64;
  const cutEarly = raw.length > preCut;
  if (cutEarly) raw = raw.slice(0, preCut);
  const normalized = normalizeText(raw);
  if (!normalized) return undefined;
  return cutEarly ? markedCut(normalized, max) : truncate(normalized, max);
}

function readableTextContent(el: Element): string {
  if (!containsNonText(el)) return el.textContent ?? '';
  const parts: string[] = [];
  collectText(el, parts);
  return parts.join('');
}

/** One query per tag: Chromium matches a single tag selector several times faster than a comma list. */
function containsNonText(el: Element): boolean {
  return el.childElementCount > 0 && NON_TEXT_TAGS.some((tag) => el.querySelector(tag) !== null);
}

function collectText(node: Node, parts: string[]): void {
  for (const child of toArray(node.childNodes)) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !NON_TEXT_ELEMENTS.has((child as Element).localName)) collectText(child, parts);
  }
}

/** The first element matched by the first selector variant that matches anything. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** Every element of the first selector variant that matches anything (variants are layouts, not unions). */
export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return toArray(found);
  }
  return [];
}

/**
 * A copy of a DOM list. Indexing is cheaper than Array.from on a page's first run: Array.from goes
 * through the list's iterator, which the content script's fresh world first has to set up.
 */
export function toArray<T>(list: ArrayLike<T>): T[] {
  const items: T[] = [];
  for (let i = 0; i < list.length; i++) items.push(list[i]!);
  return items;
}

/**
 * An absolute http(s) URL for `href` resolved against `base`, or undefined for anything else
 * (javascript:, data:, mailto:, unparsable, longer than `maxLength`).
 */
export function httpUrl(href: string | null | undefined, base = 'https://github.com/', maxLength = 2_000): string | undefined {
  return httpLink(href, base, maxLength)?.href;
}

/** httpUrl's result still parsed, for callers that read its host or path. */
export function httpLink(href: string | null | undefined, base = 'https://github.com/', maxLength = 2_000): URL | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href.length <= maxLength ? url : undefined;
}

const COUNT = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([km])?$/i;
const MULTIPLIER = { k: 1_000, m: 1_000_000 } as const;

/** GitHub's abbreviated counts: "1.2k" → 1200, "12,345" → 12345, "3m" → 3000000. */
export function parseCount(s: string | null | undefined): number | undefined {
  const match = s?.trim().match(COUNT);
  if (!match?.[1]) return undefined;
  const base = Number(match[1].replaceAll(',', ''));
  const suffix = match[2]?.toLowerCase() as keyof typeof MULTIPLIER | undefined;
  const value = Math.round(suffix ? base * MULTIPLIER[suffix] : base);
  return Number.isSafeInteger(value) ? value : undefined;
}
