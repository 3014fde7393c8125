import { contributionsHeadingHtml, extract, extractContributions } from '@/lib/sites/github';
import { sendMessage } from '@/lib/messaging';
import type { Extraction } from '@/lib/schema/profile';
import type { PageRead } from '@/lib/schema/messages';

const RETRY_EVERY_MS = 250;
const RETRIES = 12;

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    const readIfMoved = () => {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      void readPage(ctx.isInvalid ? () => true : () => location.href !== lastUrl).catch(console.warn);
    };
    readIfMoved();
    // GitHub navigates with Turbo: no reload, so watch both WXT's URL watcher and Turbo's own event.
    ctx.addEventListener(window, 'wxt:locationchange', readIfMoved);
    ctx.addEventListener(document, 'turbo:load', readIfMoved);
  },
});

async function readPage(superseded: () => boolean): Promise<void> {
  const url = location.href;
  let result = timedExtract(url);
  // After an in-page navigation the URL changes before the new profile is rendered.
  for (let attempt = 0; attempt < RETRIES && isStale(result, url); attempt++) {
    await sleep(RETRY_EVERY_MS);
    if (superseded()) return;
    result = timedExtract(url);
  }
  const message = await toMessage(result, url);
  if (!superseded()) await sendMessage('pageRead', message);
}

/** A performance entry per read, so DevTools and `npm run bench` see the main-thread cost. */
function timedExtract(url: string): Extraction {
  const start = performance.now();
  const result = extract(document, url);
  performance.measure('talent-lens:extract', { start, end: performance.now() });
  return result;
}

function isStale(result: Extraction, url: string): boolean {
  if (result.status === 'unreadable') return true;
  if (result.status !== 'profile') return false;
  const loginInUrl = new URL(url).pathname.split('/')[1]?.toLowerCase();
  return result.profile.login.toLowerCase() !== loginInUrl;
}

async function toMessage(result: Extraction, url: string): Promise<PageRead> {
  if (result.status !== 'profile') return { status: result.status, url, reason: result.reason };
  const profile = { ...result.profile };
  if (result.needsContributions && !profile.contributions) {
    const lastYear = await fetchContributions(result.needsContributions.url);
    if (lastYear !== undefined) profile.contributions = { lastYear, source: 'fragment' };
  }
  return { status: 'profile', url, profile };
}

/** The calendar is loaded lazily by the page; fetch the same fragment, same-origin, and parse it inertly. */
async function fetchContributions(fragmentUrl: string): Promise<number | undefined> {
  try {
    const response = await fetch(fragmentUrl, { credentials: 'include', headers: { Accept: 'text/html' } });
    if (!response.ok) return undefined;
    const html = await response.text();
    const start = performance.now();
    const lastYear = extractContributions(new DOMParser().parseFromString(contributionsHeadingHtml(html), 'text/html'));
    performance.measure('talent-lens:contributions', { start, end: performance.now() });
    return lastYear;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
