import { contributionsHeadingHtml, extractContributions, githubAdapter } from '@/lib/sites/github/extract';
import { extractPeople } from '@/lib/sites/github/lists';
import { sendMessage } from '@/lib/messaging';
import type { Extraction } from '@/lib/schema/profile';
import type { PageRead } from '@/lib/schema/messages';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountListUi, unmountListUi } from '../in-page/list-ui';
import { isUnreadable, readUntilRendered, toMessage } from './page-reader';
import { markerDeps, startSiteReader } from './site-reader';

/**
 * GitHub in the content script: read the profile (with the lazily loaded contribution count), and on
 * list pages put a badge by each person. GitHub navigates with Turbo, so its own event is watched too.
 */
export function startGithubReader(ctx: ContentScriptContext): void {
  startSiteReader(ctx, githubAdapter, { isStale, complete, afterRead: () => void decorateList(ctx) }, ['turbo:load']);
}

/** After an in-page navigation the URL changes before the new profile is rendered. */
function isStale(result: Extraction, url: string): boolean {
  if (isUnreadable(result)) return true;
  if (result.status !== 'profile') return false;
  const loginInUrl = new URL(url).pathname.split('/')[1]?.toLowerCase();
  return result.profile.login.toLowerCase() !== loginInUrl;
}

async function complete(result: Extraction, url: string): Promise<PageRead> {
  if (result.status !== 'profile' || result.profile.site !== 'github') return toMessage(result, url);
  const profile = { ...result.profile };
  if (result.needsContributions && !profile.contributions) {
    const lastYear = await fetchContributions(result.needsContributions.url);
    if (lastYear !== undefined) profile.contributions = { lastYear, source: 'fragment' };
  }
  return { status: 'profile', url, profile };
}

/**
 * Search results, org people, contributors, followers, stargazers: a badge per person and
 * "capture all". React-rendered lists may appear after the URL changes, so an empty list is read again.
 */
async function decorateList(ctx: ContentScriptContext): Promise<void> {
  unmountListUi();
  const url = location.href;
  const page = await readUntilRendered(
    () => extractPeople(document, url),
    (read) => read !== undefined && read.people.length === 0,
    () => ctx.isInvalid || location.href !== url,
  );
  if (!page || page.people.length === 0) return;
  mountListUi(ctx, page, {
    listScores: (logins) => sendMessage('listScores', { logins }),
    captureAll: (request) => sendMessage('captureAll', request),
    captureAllProgress: () => sendMessage('captureAllProgress', undefined),
    cancelCaptureAll: () => sendMessage('cancelCaptureAll', undefined),
    openPanel: markerDeps.openPanel,
  });
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
