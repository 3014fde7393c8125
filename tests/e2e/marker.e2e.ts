import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, readFile, serveGithub, serveSite } from './browser';
import { SidePanel } from './pages/sidepanel';
import { AXE_COPY_ATTRIBUTE, clickInShadow, openCopiesOfShadowRoots, shadowTexts } from './shadow';
import { expectNoSeriousViolations } from './axe';
import { saveDocsScreenshot } from './screenshots';
import { layoutShift } from './layout';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';
import { bandOf } from '../../lib/scoring/bands';

/**
 * The marker beside a known person's name, on real saved pages of GitHub (2026), LinkedIn (2016) and on the
 * hand-made Stack Overflow and GitLab pages, in real Chromium at a desktop width: when it appears, what it
 * says, that one person shows the same marker on every site, that a click opens the panel on them, that it
 * asks nothing of the network and moves nothing on the page.
 */
const handMade = (path: string) => readFile(new URL(`../fixtures/${path}`, import.meta.url).pathname);
const real = (path: string) => readFile(`${REAL_FIXTURES_DIR}${path}`);

const MARKER = 'data-talent-lens-marker';
const SO_URL = 'https://stackoverflow.com/users/1234567/ada-example';
const GITHUB_URL = 'https://github.com/ada-example';
const LINKEDIN_URL = 'https://www.linkedin.com/in/jeffweiner08';
const GITLAB_URL = 'https://gitlab.com/alice-dev';

async function serveSites(context: BrowserContext): Promise<void> {
  // The Stack Overflow page links to github.com/ada-example: the real page of defunkt, renamed in memory. Its
  // stylesheets are not saved with it; the one rule that sets the name's lines apart is GitHub's utility class
  // d-block (display: block), put back so the name and the login sit on their own lines as on github.com.
  const githubPage = real('github_html/Sheik0808github__github_profile.html')
    .replaceAll('defunkt', 'ada-example')
    .replace('</head>', '<style>.d-block { display: block !important; }</style></head>');
  await serveGithub(context, (url) => (url.pathname === '/ada-example' ? githubPage : undefined));
  await serveSite(context, 'https://stackoverflow.com/**', (url) => (url.pathname.startsWith('/users/1234567') ? handMade('stackoverflow/profile-tab.html') : undefined));
  await serveSite(context, 'https://www.linkedin.com/**', (url) => (url.pathname.startsWith('/in/jeffweiner08') ? real('linkedin_html/yatish27linkedin-scraper__spec__fixtures__jeffweiner08.html') : undefined));
  await serveSite(context, 'https://gitlab.com/**', (url) => (url.pathname === '/alice-dev' ? handMade('gitlab/profile-2024.html') : undefined));
}

/** The marker's text, or undefined when the page has none. */
const markerText = async (page: Page) => (await shadowTexts(page, MARKER))[0];

/** Pages of the extension's panel the browser has open: the test's own tab, and Chrome's side panel once opened. */
async function sidePanelTargets(page: Page): Promise<number> {
  const cdp = await page.context().browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
    return targetInfos.filter((target) => target.url.endsWith('/sidepanel.html')).length;
  } finally {
    await cdp.detach();
  }
}

/**
 * Where every element of the page sits (top, left, height), the marker's own host left out: the same with and
 * without the marker means it moved nothing, whenever it was inserted (a layout-shift entry is only recorded
 * after the first paint, which on a local page may come after the marker).
 */
const layoutOf = (page: Page) =>
  page.evaluate((marker) => {
    const elements = Array.from(document.body.querySelectorAll('*')).filter((element) => !element.hasAttribute(marker));
    return elements.map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.tagName}.${String(element.className).slice(0, 60)} ${Math.round(box.top + scrollY)} ${Math.round(box.left)} ${Math.round(box.height)}`;
    });
  }, MARKER);

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function openBrowser() {
  const { context, extensionId } = await launchWithExtension();
  close = () => context.close();
  await serveSites(context);
  const panel = await SidePanel.open(context, extensionId);
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1280, height: 900 });
  return { context, extensionId, panel, tab };
}

/** Goes to `url` and waits until the panel has the person the page shows. */
async function visit(tab: Page, panel: SidePanel, url: string, name: string): Promise<void> {
  await tab.goto(url);
  await expect.poll(() => panel.name.textContent(), { timeout: 10_000 }).toBe(name);
}

describe.skipIf(!hasRealFixtures)('the marker beside a known person’s name (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('appears from the second visit on every site, the same for one person everywhere, and opens the panel on them', async () => {
    const { panel, tab } = await openBrowser();

    // First visit on Stack Overflow: nobody knew Ada, so no marker.
    await visit(tab, panel, SO_URL, 'Ada Example');
    await tab.waitForTimeout(300);
    expect(await markerText(tab)).toBeUndefined();

    // GitHub: the profile the Stack Overflow page links to is the same person, known already.
    await tab.goto(GITHUB_URL);
    await expect.poll(() => markerText(tab), { timeout: 10_000 }).toBeDefined();
    await expect.poll(() => panel.page.getByTestId('linked-profiles').locator('li').count(), { timeout: 10_000 }).toBe(2);
    const score = await panel.score();
    expect(await markerText(tab)).toMatch(new RegExp(`^${score}\\s*${bandOf(score).label}\\s*seen just now$`));
    // Beside the name, inside the name's own element.
    expect(await tab.locator(`.vcard-names .p-name [${MARKER}]`).count()).toBe(1);

    // The recruiter moves Ada on and writes a note in the panel; the page shows it on the next visit.
    await panel.page.getByRole('combobox', { name: 'Status' }).selectOption('contacted');
    await panel.addNote('Strong Go; call on Monday.');
    await expect.poll(() => panel.notes.count()).toBe(1);
    await tab.reload();
    await expect.poll(() => markerText(tab), { timeout: 10_000 }).toMatch(new RegExp(`^${score}\\s*${bandOf(score).label}\\s*contacted · 1 note · seen (just now|\\d+ min ago)$`));
    const onGithub = await markerText(tab);
    await saveDocsScreenshot(tab.locator('.vcard-names'), 'marker');

    // Stack Overflow now shows the very same marker: one person, one marker.
    await visit(tab, panel, SO_URL, 'Ada Example');
    await expect.poll(() => markerText(tab), { timeout: 10_000 }).toBe(onGithub);

    // A click opens Chrome's real side panel (the click is the recruiter's gesture), and on Ada, wherever the panel was.
    await panel.showMatches();
    const panelsBefore = await sidePanelTargets(tab);
    await clickInShadow(tab, MARKER, String(score));
    await expect.poll(() => sidePanelTargets(tab), { timeout: 10_000 }).toBe(panelsBefore + 1);
    await expect.poll(() => panel.page.getByRole('button', { name: '← Back to the current tab' }).count(), { timeout: 10_000 }).toBe(1);
    // The candidate view's linked profiles come from a live query that may answer a frame after the header.
    await expect.poll(() => panel.page.getByTestId('linked-profiles').locator('li').count(), { timeout: 10_000 }).toBe(2);
  });

  it.each([
    ['LinkedIn', LINKEDIN_URL, 'Jeff Weiner'],
    ['GitLab', GITLAB_URL, 'Alice Example'],
    ['GitHub', GITHUB_URL, 'Chris Wanstrath'],
  ])('%s: shows the band beside the name on a second visit and moves nothing on the page', async (_site, url, name) => {
    const { panel, tab } = await openBrowser();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(request.url()));
    await visit(tab, panel, url, name);
    await tab.waitForTimeout(300);
    expect(await markerText(tab)).toBeUndefined();
    const shiftWithout = await layoutShift(tab);
    const layoutWithout = await layoutOf(tab);
    const requestedWithout = new Set(requested.splice(0));

    await tab.reload();
    await expect.poll(() => markerText(tab), { timeout: 10_000 }).toBeDefined();
    await tab.waitForTimeout(300);
    // No request of its own: what it shows comes from the extension's store. The page asks for what it asked before.
    expect(requested.filter((address) => !requestedWithout.has(address))).toEqual([]);
    const score = await panel.score();
    expect(await markerText(tab)).toMatch(new RegExp(`^${score}\\s*${bandOf(score).label}\\s*seen just now$`));
    expect(await tab.locator(`[${MARKER}]`).evaluate((host) => host.parentElement!.textContent!.replace(/\s+/g, ' ').trim())).toContain(name);
    // Nothing on the page moved or grew, and the layout shift score is the page's own.
    expect(await layoutOf(tab)).toEqual(layoutWithout);
    expect(await layoutShift(tab)).toBeCloseTo(shiftWithout, 5);
  });

  it('appears on a first visit too when the recruiter asks for it in Options', async () => {
    const { context, extensionId, panel, tab } = await openBrowser();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/Show it on every profile I visit/).check();
    await options.close();

    await visit(tab, panel, LINKEDIN_URL, 'Jeff Weiner');
    await expect.poll(() => markerText(tab), { timeout: 10_000 }).toMatch(new RegExp(`^${await panel.score()}\\s*${bandOf(await panel.score()).label}$`));
  });

  it.each(['light', 'dark'] as const)('passes axe beside the name, on a page in the %s scheme', async (colorScheme) => {
    const { panel, tab } = await openBrowser();
    await tab.emulateMedia({ colorScheme });
    await visit(tab, panel, LINKEDIN_URL, 'Jeff Weiner');
    await panel.page.getByRole('combobox', { name: 'Status' }).selectOption('contacted');
    await panel.addNote('Met at a meetup.');
    await tab.reload();
    await expect.poll(() => markerText(tab), { timeout: 10_000 }).toMatch(/contacted · 1 note/);

    expect(await openCopiesOfShadowRoots(tab, MARKER)).toBe(1);
    await expectNoSeriousViolations(tab, { label: `marker (${colorScheme})`, context: { include: [{ fromShadowDom: [`[${AXE_COPY_ATTRIBUTE}]`, 'button'] }] } });
  });
});
