import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub, type GithubPages } from './browser';
import { SidePanel } from './pages/sidepanel';
import { saveDocsScreenshot } from './screenshots';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';
import { bandOf } from '../../lib/scoring/bands';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);

/** Saved real pages, as github.com would serve them. */
const realGithub: GithubPages = (url) => {
  const fragmentFor = contributionsLogin(url);
  if (fragmentFor === 'defunkt') return html('Sheik0808github__fragment.html');
  if (fragmentFor) return undefined;
  switch (url.pathname.toLowerCase()) {
    case '/defunkt':
      return html('Sheik0808github__github_profile.html');
    case '/dingaanmanjate':
      return html('dingaanmanjateProfile__github_profile.html');
    case '/defunkt/dotjs':
      return '<!doctype html><title>defunkt/dotjs</title><main><h1>dotjs</h1><p>~/.js</p></main>';
    case '/someone-new':
      return '<!doctype html><title>Someone</title><main><p>A layout nobody has seen before.</p></main>';
    default:
      return undefined;
  }
};

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function openBrowser(userDataDir?: string) {
  const launched = await launchWithExtension(userDataDir);
  context = launched.context;
  await serveGithub(context, realGithub);
  return launched;
}

async function openProfile(path: string): Promise<Page> {
  const page = await context!.newPage();
  await page.goto(`https://github.com${path}`);
  return page;
}

describe.skipIf(!hasRealFixtures)('GitHub profile in the side panel (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('scores a real profile with evidence, keeps a note across a browser restart', async () => {
    const { extensionId, userDataDir } = await openBrowser();
    await openProfile('/defunkt');
    const panel = await SidePanel.open(context!, extensionId);

    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');
    const score = await panel.score();
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    const band = bandOf(score);
    expect(await panel.page.getByTestId('score-band').textContent()).toBe(`${band.label} ${band.meaning}`);
    expect(await panel.requirements.count()).toBeGreaterThanOrEqual(5);
    const evidenceLinks = panel.evidence.locator('a');
    expect(await evidenceLinks.count()).toBeGreaterThan(0);
    for (const href of await evidenceLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/^https:\/\/github\.com\//);
    }
    // The calendar is not in the page: the content script fetched the fragment same-origin.
    await expect.poll(() => panel.page.locator('.candidate__meta').textContent()).toContain('0 contributions in the last year');

    await panel.addNote('Strong Ruby background; ask about Go.');
    await expect.poll(() => panel.notes.count()).toBe(1);
    await panel.page.setViewportSize({ width: 420, height: 1200 });
    await panel.page.evaluate(() => window.scrollTo(0, 0));
    await saveDocsScreenshot(panel.page, 'sidepanel');

    await context!.close();
    await openBrowser(userDataDir);
    await openProfile('/defunkt');
    const reopened = await SidePanel.open(context!, extensionId);
    await expect.poll(() => reopened.name.textContent()).toBe('Chris Wanstrath');
    await expect.poll(() => reopened.notes.first().textContent()).toContain('Strong Ruby background; ask about Go.');
  });

  it('follows navigation, in-page (Turbo) navigation and tab switches without reopening', async () => {
    const { extensionId } = await openBrowser();
    const first = await openProfile('/defunkt');
    const panel = await SidePanel.open(context!, extensionId);
    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');

    await first.bringToFront();
    await first.goto('https://github.com/dingaanmanjate');
    await expect.poll(() => panel.page.locator('.candidate__login').textContent()).toBe('@dingaanmanjate on GitHub');

    // What Turbo does: swap the body, push the URL, fire turbo:load. No reload happens.
    await first.evaluate(async () => {
      const next = await (await fetch('/defunkt')).text();
      const doc = new DOMParser().parseFromString(next, 'text/html');
      document.body.replaceWith(document.adoptNode(doc.body));
      history.pushState({}, '', '/defunkt');
      document.dispatchEvent(new Event('turbo:load'));
    });
    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');

    const second = await openProfile('/dingaanmanjate');
    await second.bringToFront();
    await expect.poll(() => panel.page.locator('.candidate__login').textContent()).toBe('@dingaanmanjate on GitHub');
    await first.bringToFront();
    await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');

    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count()).toBe(2);
    const scores = await panel.matchRows.locator('.ranked__score').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
  });

  it('says plainly when a page is not a profile or cannot be read', async () => {
    const { extensionId } = await openBrowser();
    const page = await openProfile('/defunkt/dotjs');
    const panel = await SidePanel.open(context!, extensionId);
    await expect.poll(() => panel.status.locator('h2').textContent()).toBe('Not a profile page');

    await page.bringToFront();
    await page.goto('https://github.com/someone-new');
    await expect.poll(() => panel.status.locator('h2').textContent(), { timeout: 10_000 }).toBe('Could not read this page');
    expect(await panel.scoreTotal.count()).toBe(0);

    await page.goto('https://example.com/').catch(() => undefined);
    await expect.poll(() => panel.status.locator('h2').textContent()).toBe('Not a profile page');
  });
});
