import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub, serveSite } from './browser';
import { SidePanel } from './pages/sidepanel';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

/**
 * In-app navigation as single-page apps do it: the page pushes the new URL, renders the next person a
 * moment later, and may or may not fire its own event (GitHub's `turbo:load`). The panel must follow to
 * the next person on every site. Person B of each site is person A's page with the name and id changed.
 */
const handMade = (path: string) => readFile(new URL(`../fixtures/${path}`, import.meta.url).pathname);
const real = (path: string) => readFile(`${REAL_FIXTURES_DIR}${path}`);

interface SiteCase {
  site: string;
  pattern: string;
  first: { url: string; name: string };
  next: { url: string; name: string };
  pages(): Map<string, string>;
}

function renamed(html: string, pairs: Array<[string, string]>): string {
  return pairs.reduce((text, [from, to]) => text.replaceAll(from, to), html);
}

const CASES: SiteCase[] = [
  {
    site: 'GitHub',
    pattern: 'https://github.com/**',
    first: { url: 'https://github.com/defunkt', name: 'Chris Wanstrath' },
    next: { url: 'https://github.com/ada-example', name: 'Ada Example' },
    pages: () => {
      const page = real('github_html/Sheik0808github__github_profile.html');
      return new Map([
        ['/defunkt', page],
        ['/ada-example', renamed(page, [['defunkt', 'ada-example'], ['Chris Wanstrath', 'Ada Example']])],
      ]);
    },
  },
  {
    site: 'LinkedIn',
    pattern: 'https://www.linkedin.com/**',
    first: { url: 'https://www.linkedin.com/in/jeffweiner08', name: 'Jeff Weiner' },
    next: { url: 'https://www.linkedin.com/in/adaexample', name: 'Ada Example' },
    pages: () => {
      const page = real('linkedin_html/yatish27linkedin-scraper__spec__fixtures__jeffweiner08.html');
      return new Map([
        ['/in/jeffweiner08', page],
        ['/in/adaexample', renamed(page, [['jeffweiner08', 'adaexample'], ['Jeff Weiner', 'Ada Example']])],
      ]);
    },
  },
  {
    site: 'Stack Overflow',
    pattern: 'https://stackoverflow.com/**',
    first: { url: 'https://stackoverflow.com/users/1234567/ada-example', name: 'Ada Example' },
    next: { url: 'https://stackoverflow.com/users/7654321/bea-example', name: 'Bea Example' },
    pages: () => {
      const page = handMade('stackoverflow/profile-tab.html');
      return new Map([
        ['/users/1234567/ada-example', page],
        ['/users/7654321/bea-example', renamed(page, [['1234567', '7654321'], ['ada-example', 'bea-example'], ['Ada Example', 'Bea Example']])],
      ]);
    },
  },
  {
    site: 'GitLab',
    pattern: 'https://gitlab.com/**',
    first: { url: 'https://gitlab.com/alice-dev', name: 'Alice Example' },
    next: { url: 'https://gitlab.com/bob-dev', name: 'Bob Example' },
    pages: () => {
      const page = handMade('gitlab/profile-2024.html');
      return new Map([
        ['/alice-dev', page],
        ['/bob-dev', renamed(page, [['alice-dev', 'bob-dev'], ['Alice Example', 'Bob Example']])],
      ]);
    },
  },
];

/** What a single-page app does: push the URL, render the next page a moment later, perhaps fire its own event. */
async function navigateInApp(tab: Page, url: string, html: string, event?: string): Promise<void> {
  await tab.evaluate(
    async ({ url, html, event }) => {
      history.pushState({}, '', url);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.head.replaceWith(document.adoptNode(next.head));
      document.body.replaceWith(document.adoptNode(next.body));
      if (event) document.dispatchEvent(new Event(event));
    },
    { url, html, event },
  );
}

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe.skipIf(!hasRealFixtures)('in-app navigation on every site (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  const runs = CASES.flatMap((site) => [{ ...site, event: undefined as string | undefined }, ...(site.site === 'GitHub' ? [{ ...site, event: 'turbo:load' }] : [])]);

  it.each(runs)('$site: the panel follows to the next person (site event: $event)', async (site) => {
    const launched = await launchWithExtension();
    context = launched.context;
    const pages = site.pages();
    if (site.site === 'GitHub') await serveGithub(context, (url) => (contributionsLogin(url) ? undefined : pages.get(url.pathname)));
    else await serveSite(context, site.pattern, (url) => (url.pathname.startsWith('/api/') ? undefined : pages.get(url.pathname)));
    const tab = await context.newPage();
    await tab.goto(site.first.url);
    const panel = await SidePanel.open(context, launched.extensionId);
    await tab.bringToFront();
    await expect.poll(() => panel.name.textContent(), { timeout: 10_000 }).toBe(site.first.name);

    await navigateInApp(tab, site.next.url, pages.get(new URL(site.next.url).pathname)!, site.event);
    await expect.poll(() => panel.name.textContent(), { timeout: 10_000 }).toBe(site.next.name);
    expect(tab.url()).toBe(site.next.url);
  });
});
