import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { contributionsLogin, readFile, type GithubPages } from '../browser';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../../real-fixtures';
import { bandOf } from '../../../lib/scoring/bands';
import { startGithubProxy, type GithubProxy } from './github-proxy';
import { EXTENSION_ORIGIN, FIREFOX_EXTENSION_DIR, FIREFOX_SKIP_REASON, hasFirefox, launchFirefox, newProfileDir } from './launch';
import { Sidebar } from './sidebar';

/**
 * The main path in real Firefox ESR (the MV2 build, with its sidebar), driven over WebDriver BiDi.
 * tests/e2e/profile.e2e.ts is the Chromium version.
 */

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);

/** Saved real pages, as github.com would serve them (the same ones profile.e2e.ts serves). */
const realGithub: GithubPages = (url) => {
  const fragmentFor = contributionsLogin(url);
  if (fragmentFor === 'defunkt') return html('Sheik0808github__fragment.html');
  if (fragmentFor) return undefined;
  return url.pathname.toLowerCase() === '/defunkt' ? html('Sheik0808github__github_profile.html') : undefined;
};

/** The panel renders a moment after Firefox has the page: no load event to wait for, so poll. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

let proxy: GithubProxy | undefined;
let browser: Browser | undefined;
const profileDirs: string[] = [];

beforeAll(async () => {
  if (hasFirefox) proxy = await startGithubProxy(realGithub);
});

afterEach(async () => {
  await browser?.close();
  browser = undefined;
  for (const dir of profileDirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  if (proxy) proxy.served.length = 0;
});

afterAll(async () => {
  await proxy?.close();
});

async function openFirefox(profileDir = newProfileDir()): Promise<string> {
  if (!profileDirs.includes(profileDir)) profileDirs.push(profileDir);
  ({ browser } = await launchFirefox(proxy!.port, profileDir));
  return profileDir;
}

/** What a recruiter does: open a GitHub profile, then the Talent Lens sidebar beside it. */
async function openProfileAndSidebar(path: string): Promise<Sidebar> {
  const tab = await browser!.newPage();
  await tab.goto(`https://github.com${path}`);
  return Sidebar.open(browser!, 'sidepanel.html');
}

if (!hasFirefox) console.warn(FIREFOX_SKIP_REASON);
else if (!hasRealFixtures) console.warn(SKIP_REASON);

describe.skipIf(!hasFirefox || !hasRealFixtures)('GitHub profile in the sidebar (real Firefox ESR)', () => {
  it('reads and scores a real saved profile, with evidence', async () => {
    await openFirefox();
    const panel = await openProfileAndSidebar('/defunkt');

    await poll(() => panel.name()).toBe('Chris Wanstrath');
    // The score renders a moment after the name ("Scoring against this posting…" meanwhile).
    await poll(() => panel.score()).not.toBeNull();
    const score = (await panel.score())!;
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    const band = bandOf(score);
    await poll(() => panel.band()).toBe(`${band.label} ${band.meaning}`);
    await poll(async () => (await panel.requirements()).length).toBeGreaterThanOrEqual(5);
    await poll(async () => (await panel.evidenceLinks()).length).toBeGreaterThan(0);
    const evidence = await panel.evidenceLinks();
    for (const href of evidence) expect(href).toMatch(/^https:\/\/github\.com\//);
    // The calendar is not in the page: the content script fetched the fragment itself, through the proxy.
    await poll(() => panel.text('.candidate__meta')).toContain('0 contributions in the last year');
    expect(proxy!.served.some((path) => contributionsLogin(new URL(path, 'https://github.com')) === 'defunkt')).toBe(true);
  });

  it('keeps a note across a Firefox restart with the same profile', async () => {
    const profileDir = await openFirefox();
    const panel = await openProfileAndSidebar('/defunkt');
    await poll(() => panel.name()).toBe('Chris Wanstrath');
    await poll(() => panel.text('.notes__empty')).toBe('No notes yet.');

    const note = 'Strong Ruby background; ask about Go.';
    await panel.addNote(note);
    await poll(() => panel.notes()).toEqual([note]);

    await browser!.close();
    browser = undefined;
    await openFirefox(profileDir);
    const reopened = await openProfileAndSidebar('/defunkt');
    await poll(() => reopened.name()).toBe('Chris Wanstrath');
    await poll(() => reopened.notes()).toEqual([note]);
  });
});

interface BuiltManifest {
  manifest_version: number;
  sidebar_action?: { default_panel?: string; default_title?: string };
  commands?: Record<string, unknown>;
}

function builtManifest(): BuiltManifest {
  const path = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(path)) throw new Error(`Build first (npx wxt build -b firefox): ${path} is missing`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

interface SidebarActionApi {
  browser: { sidebarAction: { getPanel(details: object): Promise<string>; getTitle(details: object): Promise<string> } };
}

describe.skipIf(!hasFirefox)('the sidebar entry of the Firefox build (real Firefox ESR)', () => {
  it('declares a sidebar whose page is in the build and opens in Firefox', async () => {
    const manifest = builtManifest();
    expect(manifest.manifest_version).toBe(2);
    const panelPath = manifest.sidebar_action?.default_panel;
    expect(panelPath, 'sidebar_action.default_panel').toEqual(expect.any(String));
    expect(existsSync(join(FIREFOX_EXTENSION_DIR, panelPath!)), `${panelPath} in the build`).toBe(true);
    expect(manifest.sidebar_action?.default_title).toBe('Talent Lens');
    // The keyboard shortcut that opens the sidebar.
    expect(manifest.commands).toHaveProperty('_execute_sidebar_action');

    await openFirefox();
    const panel = await Sidebar.open(browser!, panelPath!);
    // The panel is up and following the (blank) tab beside it.
    await poll(() => panel.status()).toBe('Not a profile page');
    expect(await panel.location()).toBe(`${EXTENSION_ORIGIN}/${panelPath}`);
    // Firefox took the entry: its sidebar shows this very page, under the manifest's title.
    const registered = await panel.page.evaluate(async () => {
      const { sidebarAction } = (window as unknown as SidebarActionApi).browser;
      return { panel: await sidebarAction.getPanel({}), title: await sidebarAction.getTitle({}) };
    });
    expect(registered).toEqual({ panel: `${EXTENSION_ORIGIN}/${panelPath}`, title: 'Talent Lens' });
  });
});
