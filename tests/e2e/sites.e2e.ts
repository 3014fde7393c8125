import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, readFile, serveGithub, serveSite } from './browser';
import { SidePanel } from './pages/sidepanel';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

/**
 * One page per site in real Chromium, and one person across sites. Stack Overflow: a hand-made
 * profile tab of the invented "Ada Example", which links to github.com/ada-example. GitHub: the
 * real 2026 page of defunkt, renamed in memory to ada-example so the link resolves. LinkedIn: a
 * real 2016 public profile.
 */
const handMade = (path: string) => readFile(new URL(`../fixtures/${path}`, import.meta.url).pathname);
const real = (path: string) => readFile(`${REAL_FIXTURES_DIR}${path}`);

const SO_URL = 'https://stackoverflow.com/users/1234567/ada-example';
const GITHUB_URL = 'https://github.com/ada-example';
const LINKEDIN_URL = 'https://www.linkedin.com/in/jeffweiner08';

async function serveSites(context: BrowserContext): Promise<void> {
  const githubPage = real('github_html/Sheik0808github__github_profile.html').replaceAll('defunkt', 'ada-example');
  await serveGithub(context, (url) => (url.pathname === '/ada-example' ? githubPage : undefined));
  await serveSite(context, 'https://stackoverflow.com/**', (url) => (url.pathname.startsWith('/users/1234567') ? handMade('stackoverflow/profile-tab.html') : undefined));
  await serveSite(context, 'https://www.linkedin.com/**', (url) => (url.pathname.startsWith('/in/jeffweiner08') ? real('linkedin_html/yatish27linkedin-scraper__spec__fixtures__jeffweiner08.html') : undefined));
}

const hosts = (panel: SidePanel) => panel.evidence.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hostname));
const profilesListed = (panel: SidePanel) => panel.page.getByTestId('linked-profiles').locator('li').allTextContents();

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe.skipIf(!hasRealFixtures)('Stack Overflow, LinkedIn and one person across sites (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('reads each site into the panel, joins linked profiles, and lets the recruiter merge and split', async () => {
    const { context, extensionId } = await launchWithExtension();
    close = () => context.close();
    await serveSites(context);
    const tab: Page = await context.newPage();
    await tab.goto(SO_URL);
    const panel = await SidePanel.open(context, extensionId);
    await tab.bringToFront();

    // Stack Overflow: the top tags are evidence, linked to stackoverflow.com.
    await expect.poll(() => panel.name.textContent(), { timeout: 10_000 }).toBe('Ada Example');
    expect(await panel.score()).toBeGreaterThan(0);
    expect(await hosts(panel)).toContain('stackoverflow.com');

    // The GitHub profile the Stack Overflow page links to joins the same person: evidence from both sites.
    await tab.goto(GITHUB_URL);
    await expect.poll(() => profilesListed(panel), { timeout: 10_000 }).toEqual([
      expect.stringContaining('#1234567 on Stack Overflow'),
      expect.stringContaining('@ada-example on GitHub'),
    ]);
    await expect.poll(async () => new Set(await hosts(panel))).toEqual(new Set(['stackoverflow.com', 'github.com']));

    // LinkedIn: a separate person until the recruiter says otherwise.
    await tab.goto(LINKEDIN_URL);
    await expect.poll(() => panel.name.textContent(), { timeout: 10_000 }).toBe('Jeff Weiner');
    expect(await panel.page.locator('.candidate__bio').textContent()).toBe('CEO at LinkedIn');
    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count()).toBe(2);

    // Merge by hand, then split back off.
    await panel.matchRows.filter({ hasText: 'Jeff Weiner' }).click();
    await panel.page.getByLabel('Same person as').selectOption({ label: 'Ada Example (#1234567 on Stack Overflow)' });
    await panel.page.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => profilesListed(panel)).toHaveLength(3);
    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count()).toBe(1);

    await panel.matchRows.first().click();
    await panel.page.getByTestId('linked-profiles').locator('li', { hasText: 'on Stack Overflow' }).getByRole('button', { name: 'Split off' }).click();
    await expect.poll(() => profilesListed(panel)).toHaveLength(2);
    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count()).toBe(2);
  }, 60_000);

  it('reads a GitLab profile the page renders, then its projects from the GitLab API', async () => {
    const { context, extensionId } = await launchWithExtension();
    close = () => context.close();
    const api: string[] = [];
    await serveSite(context, 'https://gitlab.com/**', (url) => {
      if (!url.pathname.startsWith('/api/v4/')) return url.pathname === '/alice-dev' ? handMade('gitlab/profile-2024.html') : undefined;
      api.push(url.pathname);
      return gitlabApi(url);
    });
    const tab = await context.newPage();
    await tab.goto('https://gitlab.com/alice-dev');
    const panel = await SidePanel.open(context, extensionId);
    await tab.bringToFront();

    await expect.poll(() => panel.name.textContent(), { timeout: 10_000 }).toBe('Alice Example');
    expect(await panel.page.locator('.candidate__login').textContent()).toBe('@alice-dev on GitLab');
    // The projects arrive from the API: Go projects on gitlab.com meet the posting's Go requirement.
    const goEvidence = panel.requirements.filter({ hasText: 'Production Go' }).getByTestId('evidence').locator('a');
    await expect.poll(async () => (await goEvidence.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).some((href) => href.startsWith('https://gitlab.com/')), { timeout: 10_000 }).toBe(true);
    expect(api[0]).toBe('/api/v4/users');
  }, 60_000);
});

/** GitLab's API from the hand-written fixtures (documented response shapes; see tests/gitlab-api). */
function gitlabApi(url: URL): string | undefined {
  const languages: Record<string, string> = { '501': 'api-languages-go.json', '502': 'api-languages-go.json', '503': 'api-languages-ruby.json', '504': 'api-languages-empty.json' };
  if (url.pathname === '/api/v4/users' && url.searchParams.get('username') === 'alice-dev') return handMade('gitlab/api-users-alice-dev.json');
  if (url.pathname === '/api/v4/users/4242/projects') return handMade(`gitlab/api-projects-full-page${url.searchParams.get('page') === '2' ? 2 : 1}.json`);
  const project = /^\/api\/v4\/projects\/(\d+)\/languages$/.exec(url.pathname)?.[1];
  return project && languages[project] ? handMade(`gitlab/${languages[project]}`) : undefined;
}
