import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extraction } from '@/lib/schema/profile';
import type { PageRead } from '@/lib/schema/messages';

const RETRY_EVERY_MS = 250;
const RETRIES = 12;

export interface PageReaderOptions {
  extract(doc: Document, url: string): Extraction;
  /** True while the page may still be rendering what the URL names (a single-page app after navigation). */
  isStale(result: Extraction, url: string): boolean;
  /** Adds what the page loads lazily (GitHub's contribution count) before the result is sent. */
  complete?(result: Extraction, url: string): Promise<PageRead>;
  send(message: PageRead): Promise<unknown>;
  /** Given the background's answer to each read (the in-page marker comes with it). */
  afterSend?(answer: unknown, url: string): void;
}

/** After a navigation event, the URL is looked at again this much later: some events come before the URL changes. */
const AFTER_NAVIGATION_MS = [0, 50, 250] as const;
/** The last resort for a URL change no event told of (history.pushState in the page's own world). */
const URL_WATCH_MS = 1_000;

/** The Navigation API's event after a navigation has committed (Chromium); absent elsewhere. */
interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
  removeEventListener(type: 'navigatesuccess', listener: () => void): void;
}

/**
 * Reads the page on load and after every in-page navigation, retrying while a single-page app is still
 * rendering, and reports each read once. WXT's location-change event comes from the Navigation API's
 * `navigate` handler, before the new URL takes effect: so after any navigation event the URL is looked at
 * again a little later, on `navigatesuccess` where the browser has it, and once a second in any case.
 */
export function startPageReader(ctx: ContentScriptContext, options: PageReaderOptions, navigationEvents: readonly string[] = []): void {
  watchNavigation(ctx, (superseded) => void readPage(options, superseded).catch(console.warn), navigationEvents);
}

/**
 * Calls `onUrl` on load and after every in-page navigation, once per URL, with a check that says when the
 * page has moved on (or the script was invalidated) since.
 */
export function watchNavigation(ctx: ContentScriptContext, onUrl: (superseded: () => boolean) => void, navigationEvents: readonly string[] = []): void {
  let lastUrl = '';
  const readIfMoved = () => {
    if (ctx.isInvalid || location.href === lastUrl) return;
    lastUrl = location.href;
    onUrl(() => ctx.isInvalid || location.href !== lastUrl);
  };
  const afterNavigation = () => {
    for (const delay of AFTER_NAVIGATION_MS) ctx.setTimeout(readIfMoved, delay);
  };
  readIfMoved();
  ctx.addEventListener(window, 'wxt:locationchange', afterNavigation);
  ctx.addEventListener(window, 'popstate', afterNavigation);
  for (const event of navigationEvents) ctx.addEventListener(document, event as 'DOMContentLoaded', afterNavigation);
  const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', readIfMoved);
    ctx.onInvalidated(() => navigation.removeEventListener('navigatesuccess', readIfMoved));
  }
  ctx.setInterval(readIfMoved, URL_WATCH_MS);
}

/**
 * Reads, and reads again every 250 ms (at most 12 times) while the result says the page is still
 * rendering; undefined when superseded (navigated away, or the script invalidated) meanwhile.
 */
export async function readUntilRendered<T>(read: () => T, stillRendering: (result: T) => boolean, superseded: () => boolean): Promise<T | undefined> {
  let result = read();
  for (let attempt = 0; attempt < RETRIES && stillRendering(result); attempt++) {
    await sleep(RETRY_EVERY_MS);
    if (superseded()) return undefined;
    result = read();
  }
  return result;
}

async function readPage(options: PageReaderOptions, superseded: () => boolean): Promise<void> {
  const url = location.href;
  const result = await readUntilRendered(() => timedExtract(options, url), (read) => options.isStale(read, url), superseded);
  if (result === undefined) return;
  const message = options.complete ? await options.complete(result, url) : toMessage(result, url);
  if (superseded()) return;
  const answer = await options.send(message);
  if (superseded()) return;
  options.afterSend?.(answer, url);
}

export function toMessage(result: Extraction, url: string): PageRead {
  return result.status === 'profile' ? { status: 'profile', url, profile: result.profile } : { status: result.status, url, reason: result.reason };
}

/** A performance entry per read, so DevTools and `npm run bench` see the main-thread cost. */
function timedExtract(options: PageReaderOptions, url: string): Extraction {
  const start = performance.now();
  const result = options.extract(document, url);
  performance.measure('talent-lens:extract', { start, end: performance.now() });
  return result;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rendering is still under way when the page could not be read yet. */
export function isUnreadable(result: Extraction): boolean {
  return result.status === 'unreadable';
}
