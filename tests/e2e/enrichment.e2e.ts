import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub, type GithubPages } from './browser';
import { SidePanel } from './pages/sidepanel';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);
/**
 * No recording of defunkt's API answers exists; mojombo's recorded user and repositories stand
 * in, with the login renamed so the page and the API agree. Orgs and search have no recording:
 * those two answers are small and written here in the documented shape.
 */
const recorded = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_api/${name}`).replaceAll('mojombo', 'defunkt');
const ORGS = JSON.stringify([{ login: 'github', id: 9919 }]);
const mergedPull = (n: number) => ({
  html_url: `https://github.com/rails/rails/pull/${n}`,
  repository_url: 'https://api.github.com/repos/rails/rails',
  closed_at: '2015-01-02T00:00:00Z',
  pull_request: { merged_at: '2015-01-02T00:00:00Z' },
});
const SEARCH = JSON.stringify({ total_count: 2, incomplete_results: false, items: [mergedPull(1), mergedPull(2)] });

const pages: GithubPages = (url) => {
  if (contributionsLogin(url) === 'defunkt') return html('Sheik0808github__fragment.html');
  return url.pathname.toLowerCase() === '/defunkt' ? html('Sheik0808github__github_profile.html') : undefined;
};

interface ApiRequest {
  path: string;
  status: number;
  ifNoneMatch?: string;
}

/** api.github.com from recordings: ETags, 304 on a match, and the rate-limit headers GitHub sends. */
function serveApi(context: BrowserContext, mode: { rateLimited: boolean }) {
  const requests: ApiRequest[] = [];
  let remaining = 60;
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const bodies: Record<string, string> = {
    '/users/defunkt': recorded('honeypotiogit-lang__tests__fixtures__user.json'),
    '/users/defunkt/repos': recorded('honeypotiogit-lang__tests__fixtures__repos.json'),
    '/users/defunkt/orgs': ORGS,
    '/search/issues': SEARCH,
  };
  return context
    .route('https://api.github.com/**', (route: Route) => {
      const request = route.request();
      const path = new URL(request.url()).pathname;
      const ifNoneMatch = request.headers()['if-none-match'];
      const limits = { 'x-ratelimit-limit': '60', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': path.startsWith('/search/') ? 'search' : 'core' };
      const answer = (status: number, headers: Record<string, string>, body = '') => {
        requests.push({ path, status, ifNoneMatch });
        return route.fulfill({ status, headers: { ...limits, ...headers }, contentType: 'application/json', body });
      };
      if (mode.rateLimited) return answer(403, { 'x-ratelimit-remaining': '0' }, '{"message":"API rate limit exceeded for 203.0.113.7."}');
      const body = bodies[path];
      if (body === undefined) return answer(404, { 'x-ratelimit-remaining': String(--remaining) }, '{"message":"Not Found"}');
      const etag = `W/"${path.length}-${body.length}"`;
      if (ifNoneMatch === etag) return answer(304, { etag, 'x-ratelimit-remaining': String(remaining) });
      return answer(200, { etag, 'x-ratelimit-remaining': String(--remaining) }, body);
    })
    .then(() => requests);
}

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(mode: { rateLimited: boolean }) {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveGithub(context, pages);
  const requests = await serveApi(context, mode);
  const tab = await context.newPage();
  await tab.goto('https://github.com/defunkt');
  const panel = await SidePanel.open(context, launched.extensionId);
  await expect.poll(() => panel.name.textContent()).toBe('Chris Wanstrath');
  return { panel, tab, requests };
}

describe.skipIf(!hasRealFixtures)('GitHub API enrichment (real Chromium, api.github.com routed to recordings)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('enriches a new profile in 3 core + 1 search requests; a revisit costs none; Refresh gets 304s', async () => {
    const { panel, tab, requests } = await open({ rateLimited: false });
    const summary = panel.page.getByTestId('enrichment-summary');
    await expect.poll(() => summary.textContent()).toBe('From the GitHub API: 7 repositories, 1 organization, merged pull requests in 1 other project.');
    expect(requests.map((request) => `${request.status} ${request.path}`)).toEqual([
      '200 /users/defunkt',
      '200 /users/defunkt/repos',
      '200 /users/defunkt/orgs',
      '200 /search/issues',
    ]);
    await expect.poll(() => panel.page.getByTestId('rate-budget').textContent()).toMatch(/57 of 60 requests left/);
    await expect.poll(() => panel.page.getByTestId('enrichment-freshness').textContent()).toMatch(/^Checked just now; kept for 24 h/);
    expect(await panel.score()).toBeGreaterThan(0);
    // The breakdown links the API's repository evidence (Ruby in 2 of 4 original repositories) to the repository list.
    const hrefs = () => panel.evidence.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    await expect.poll(async () => (await hrefs()).some((href) => href.startsWith('https://github.com/defunkt?tab=repositories'))).toBe(true);
    // The two merged pull requests to rails/rails are one item under Ruby / Rails, linked to those pull requests.
    const railsPulls = panel.evidence.locator('a[href^="https://github.com/rails/rails/pulls"]');
    await expect.poll(() => railsPulls.first().textContent()).toContain('2 merged pull requests to rails/rails');

    await tab.reload();
    await expect.poll(() => panel.page.locator('.candidate__meta').textContent()).toContain('contributions in the last year');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(requests).toHaveLength(4); // within the TTL: nothing sent

    await panel.page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => requests.length).toBe(8);
    expect(requests.slice(4).map((request) => request.status)).toEqual([304, 304, 304, 304]);
    expect(requests.slice(4).every((request) => request.ifNoneMatch?.startsWith('W/"'))).toBe(true);
    await expect.poll(() => panel.page.getByRole('button', { name: 'Refresh' }).isEnabled()).toBe(true);
    expect(await summary.textContent()).toContain('7 repositories');
    expect(await panel.page.getByTestId('enrichment-failure').count()).toBe(0);
  });

  it('rate limited (403, x-ratelimit-remaining: 0): the page-only score and a plain sentence with the retry time', async () => {
    const { panel, requests } = await open({ rateLimited: true });
    const failure = panel.page.getByTestId('enrichment-failure');
    await expect.poll(() => failure.textContent()).toMatch(/^The GitHub API request limit is used up for now\. The score uses the profile page only/);
    expect(await failure.textContent()).toMatch(/tried again when you open this profile after .+, or press Refresh\.$/);
    expect(await panel.score()).toBeGreaterThan(0);
    expect(requests).toHaveLength(1); // the budget is known to be empty: nothing more is sent
    await panel.page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => panel.page.getByRole('button', { name: 'Refresh' }).isEnabled()).toBe(true);
    expect(requests).toHaveLength(1);
    expect(await panel.page.getByTestId('rate-budget').textContent()).toMatch(/0 of 60 requests left/);
  });

  it('a GitHub page in a layout it does not know: the person is read from the API instead, and the panel says so', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const unknownLayout = readFile(new URL('../fixtures/github/unknown-layout.html', import.meta.url).pathname);
    await serveGithub(context, (url) => (url.pathname.toLowerCase() === '/defunkt' ? unknownLayout : undefined));
    const requests = await serveApi(context, { rateLimited: false });
    const tab = await context.newPage();
    await tab.goto('https://github.com/defunkt');
    const panel = await SidePanel.open(context, launched.extensionId);
    await tab.bringToFront();
    await expect.poll(() => panel.page.getByTestId('read-from-api').textContent(), { timeout: 10_000 }).toMatch(/page layout was not recognised: this person was read from GitHub’s API/);
    expect(await panel.score()).toBeGreaterThan(0);
    expect(requests.map((request) => request.path)).toContain('/users/defunkt/repos');
  });

  it('a page it does not know for a person the API does not know either: still "could not read"', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const unknownLayout = readFile(new URL('../fixtures/github/unknown-layout.html', import.meta.url).pathname);
    await serveGithub(context, (url) => (url.pathname.toLowerCase() === '/nobody-here' ? unknownLayout : undefined));
    await serveApi(context, { rateLimited: false });
    const tab = await context.newPage();
    await tab.goto('https://github.com/nobody-here');
    const panel = await SidePanel.open(context, launched.extensionId);
    await tab.bringToFront();
    await expect.poll(() => panel.status.textContent(), { timeout: 10_000 }).toMatch(/Could not read this page.*GitHub’s API could not help either/);
  });
});
