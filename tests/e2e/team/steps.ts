import { expect } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { contributionsLogin, launchWithExtension, newUserDataDir, readFile, serveGithub, type ExtensionBrowser } from '../browser';
import { SidePanel } from '../pages/sidepanel';
import { REAL_FIXTURES_DIR } from '../../real-fixtures';
import type { TeamServerProcess } from './server-process';

/** Team mode's steps as a person takes them in the panel and Options, shared by the team e2e and the live-edit bench. */
export const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);
export const PAGES: Record<string, string> = { '/defunkt': 'Sheik0808github__github_profile.html', '/mayowa-ojo': 'Mayowa-Ojoetchy__test__files__github_profile.html' };
export const PASSWORDS = { ana: 'ana-password-123456', sam: 'sam-password-654321' };

/** A Chromium profile with the extension, added to `opened` so the caller closes it. */
export async function launchForTeam(server: TeamServerProcess, opened: BrowserContext[]): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension(newUserDataDir());
  opened.push(launched.context);
  // Every other address stays refused (tests/e2e/browser.ts); the team server is let through.
  await launched.context.route(`${server.origin}/**`, (route) => route.continue());
  return launched;
}

async function options(browser: ExtensionBrowser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

export async function setName(browser: ExtensionBrowser, name: string) {
  const page = await options(browser);
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(() => page.getByTestId('author-status').textContent()).toContain(name);
  await page.close();
}

/**
 * Signs in through Options. Chromium asks the person to allow the server's address in a prompt of its own,
 * which Playwright cannot answer: here the answer is "allow". Everything after it is the real sign-in.
 */
export async function signIn(browser: ExtensionBrowser, server: TeamServerProcess, username: keyof typeof PASSWORDS) {
  const page = await options(browser);
  await page.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { permissions: { request: () => Promise<boolean> } } };
    chrome.permissions.request = async () => true;
  });
  await page.getByLabel('Server address').fill(server.origin);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(PASSWORDS[username]);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByTestId('team-signed-in').textContent(), { timeout: 10_000 }).toContain(username);
  const token = await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<{ teamSession: { token: string } }> } } } };
    return (await chrome.storage.local.get('teamSession')).teamSession.token;
  });
  await page.close();
  return token;
}

export async function openFromMatches(panel: SidePanel, name: string) {
  await panel.showMatches();
  await panel.matchRows.filter({ hasText: name }).first().click();
  await expect.poll(() => panel.name.textContent()).toBe(name);
}

export interface LiveShortlist {
  recruiter: ExtensionBrowser;
  manager: ExtensionBrowser;
  /** Ana's panel, on Matches. */
  ana: SidePanel;
  /** Sam's panel, on Review, both candidates shown and live. */
  sam: SidePanel;
  anaToken: string;
}

/**
 * Ana, the recruiter, captures two real profiles, shortlists them and shares the list live with Sam as reviewer;
 * Sam, the manager, in another profile with nothing captured, signs in and the shortlist arrives by itself.
 */
export async function shareLiveWithReviewer(server: TeamServerProcess, opened: BrowserContext[]): Promise<LiveShortlist> {
  const recruiter = await launchForTeam(server, opened);
  await setName(recruiter, 'Ana Recruiter');
  await serveGithub(recruiter.context, (url) => {
    if (contributionsLogin(url) === 'defunkt') return html('Sheik0808github__fragment.html');
    const file = PAGES[url.pathname.toLowerCase()];
    return file ? html(file) : undefined;
  });
  for (const path of ['/defunkt', '/Mayowa-Ojo']) await (await recruiter.context.newPage()).goto(`https://github.com${path}`);
  const anaToken = await signIn(recruiter, server, 'ana');
  const ana = await SidePanel.open(recruiter.context, recruiter.extensionId);
  await ana.showMatches();
  await expect.poll(() => ana.matchRows.count(), { timeout: 15_000 }).toBe(2);
  await ana.page.getByRole('button', { name: 'Add Chris Wanstrath to the shortlist' }).click();
  await ana.page.getByRole('button', { name: 'Add Mayowa Ojo to the shortlist' }).click();
  await ana.page.getByRole('button', { name: 'Share live with my team' }).click();
  await expect.poll(() => ana.page.getByTestId('team-status-line').textContent(), { timeout: 10_000 }).toContain('Live with your team (owner)');
  await ana.page.getByLabel('Team member’s user name').fill('sam');
  await ana.page.getByRole('button', { name: 'Add to shortlist team' }).click();
  await expect.poll(() => ana.page.getByTestId('team-members').textContent()).toContain('sam (reviewer)');

  const manager = await launchForTeam(server, opened);
  await setName(manager, 'Sam Manager');
  await signIn(manager, server, 'sam');
  const sam = await SidePanel.open(manager.context, manager.extensionId);
  await sam.page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect.poll(() => sam.page.getByTestId('review-card').count(), { timeout: 20_000 }).toBe(2);
  await expect.poll(() => sam.page.getByTestId('team-status-line').textContent(), { timeout: 10_000 }).toContain('Live with your team (reviewer)');
  return { recruiter, manager, ana, sam, anaToken };
}
