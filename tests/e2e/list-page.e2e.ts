import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { launchWithExtension, readFile, serveGithub } from './browser';
import { SidePanel } from './pages/sidepanel';
import { clickInShadow, shadowTexts } from './shadow';

/**
 * A GitHub organization's people page (hand-written in GitHub's markup, tests/fixtures/github/lists)
 * with api.github.com answered from invented users: badges next to each person, "capture all", the
 * panel's ranked list filling up.
 */
const ORG_PEOPLE = readFile(new URL('../fixtures/github/lists/org-people.html', import.meta.url).pathname);
const PAGE_URL = 'https://github.com/orgs/acme/people';
const BADGE = 'data-talent-lens-badge';
const TOOLBAR = 'data-talent-lens-toolbar';

/** Invented API users: alice writes Go for Kubernetes; the others write other things. */
const users: Record<string, { bio: string; repos: { name: string; language: string; topics: string[] }[] }> = {
  'alice-dev': { bio: 'Go and Kubernetes operators; open source maintainer', repos: [{ name: 'k8s-operator', language: 'Go', topics: ['kubernetes', 'docker'] }] },
  bob42: { bio: 'Frontend', repos: [{ name: 'site', language: 'TypeScript', topics: ['react'] }] },
  'carol-c': { bio: 'Data engineering', repos: [{ name: 'pipelines', language: 'Python', topics: ['airflow'] }] },
  dave: { bio: 'Rails developer', repos: [{ name: 'shop', language: 'Ruby', topics: ['rails'] }] },
};

function serveApi(context: BrowserContext): { paths: string[] } {
  const seen = { paths: [] as string[] };
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  let remaining = 60;
  void context.route('https://api.github.com/**', (route: Route) => {
    const path = new URL(route.request().url()).pathname;
    seen.paths.push(path);
    const [, kind, login = '', part] = path.split('/');
    const user = users[login.toLowerCase()];
    const json = (status: number, body: unknown) =>
      route.fulfill({ status, contentType: 'application/json', headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': String(--remaining), 'x-ratelimit-reset': reset }, body: JSON.stringify(body) });
    if (kind === 'search') return json(200, { total_count: 0, incomplete_results: false, items: [] });
    if (kind !== 'users' || !user) return json(404, { message: 'Not Found' });
    if (part === 'repos') {
      return json(200, user.repos.map((repo) => ({ ...repo, full_name: `${login}/${repo.name}`, owner: { login }, html_url: `https://github.com/${login}/${repo.name}`, size: 900, pushed_at: new Date().toISOString(), stargazers_count: 3 })));
    }
    if (part === 'orgs') return json(200, []);
    return json(200, { login, type: 'User', html_url: `https://github.com/${login}`, bio: user.bio, followers: 10, public_repos: user.repos.length });
  });
  return seen;
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('a GitHub list page', () => {
  it('shows a badge per person, captures them all through the API with progress, and ranks them in the panel', async () => {
    const { context, extensionId } = await launchWithExtension();
    close = () => context.close();
    await serveGithub(context, (url) => (url.pathname === '/orgs/acme/people' ? ORG_PEOPLE : undefined));
    const api = serveApi(context);
    const panel = await SidePanel.open(context, extensionId);
    const tab = await context.newPage();
    await tab.goto(PAGE_URL);

    // Nobody is captured yet: one badge per listed person, each saying so.
    await expect.poll(() => shadowTexts(tab, BADGE), { timeout: 10_000 }).toEqual(['—', '—', '—', '—']);
    expect(await shadowTexts(tab, TOOLBAR)).toEqual([expect.stringMatching(/Capture all 4 on this page/)]);

    await clickInShadow(tab, TOOLBAR, 'Capture all');
    await expect.poll(() => shadowTexts(tab, TOOLBAR), { timeout: 20_000 }).toEqual([expect.stringMatching(/Captured 4 of 4/)]);
    await expect.poll(async () => (await shadowTexts(tab, BADGE)).every((text) => /^\d+\s*(Strong|Possible|Weak|No evidence)\s*seen/.test(text)), { timeout: 10_000 }).toBe(true);
    const [alice, bob, carol, dave] = (await shadowTexts(tab, BADGE)).map((text) => Number.parseInt(text, 10));
    expect(alice).toBeGreaterThan(Math.max(bob!, carol!, dave!)); // the Go/Kubernetes person leads for the built-in posting

    // Four people at 4 requests each (user, repositories, organizations, search), nothing more.
    expect(api.paths.filter((path) => path.startsWith('/users/') && !path.includes('/', 7))).toHaveLength(4);
    expect(api.paths).toHaveLength(16);

    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count()).toBe(4);
    expect(await panel.matchRows.first().textContent()).toContain('@alice-dev on GitHub');
    await expect.poll(() => panel.page.getByTestId('capture-all-status').textContent()).toMatch(/Captured 4 of 4/);

    // A captured person's marker opens the panel on them.
    await clickInShadow(tab, BADGE, new RegExp(`^${alice}\\s*[A-Z]`));
    await expect.poll(() => panel.page.getByTestId('linked-profiles').textContent(), { timeout: 10_000 }).toContain('@alice-dev on GitHub');
  }, 60_000);
});
