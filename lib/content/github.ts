import { contributionsHeadingHtml, extractContributions, githubAdapter } from '@/lib/sites/github/extract';
import type { Extraction } from '@/lib/schema/profile';
import type { PageRead } from '@/lib/schema/messages';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isUnreadable, toMessage } from './page-reader';
import { startSiteReader } from './site-reader';

/**
 * GitHub's profile pages: read the profile (with the lazily loaded contribution count) and put the marker
 * beside the name. GitHub navigates with Turbo, so its own event is watched too. List pages have their own
 * content script (github-lists.ts).
 */
export function startGithubReader(ctx: ContentScriptContext): void {
  startSiteReader(ctx, githubAdapter, { isStale, complete }, ['turbo:load']);
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
