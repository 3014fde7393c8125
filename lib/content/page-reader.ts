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
  /** Called after each read, e.g. to decorate a list page. */
  afterRead?(url: string): void;
}

/**
 * Reads the page on load and after every in-page navigation (WXT's URL watcher and the site's
 * own events), retrying while a single-page app is still rendering, and reports each read once.
 */
export function startPageReader(ctx: ContentScriptContext, options: PageReaderOptions, navigationEvents: readonly string[] = []): void {
  let lastUrl = '';
  const readIfMoved = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    const superseded = () => ctx.isInvalid || location.href !== lastUrl;
    void readPage(options, superseded).catch(console.warn);
  };
  readIfMoved();
  ctx.addEventListener(window, 'wxt:locationchange', readIfMoved);
  for (const event of navigationEvents) ctx.addEventListener(document, event as 'DOMContentLoaded', readIfMoved);
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
  await options.send(message);
  options.afterRead?.(url);
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
