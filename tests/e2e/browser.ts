import { chromium, type BrowserContext, type Route } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
}

export function newUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'talent-lens-e2e-'));
}

/** Real Chromium, headless, with the built extension loaded and the network closed. */
export async function launchWithExtension(userDataDir = newUserDataDir()): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`Build first: ${EXTENSION_DIR} has no manifest.json`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 420, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  await closeEverythingButGithub(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, userDataDir };
}

/** Nothing leaves the machine: every request other than github.com pages is refused. */
async function closeEverythingButGithub(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!github\.com\/)/, (route) => route.abort('blockedbyclient'));
}

/** Returns the saved HTML for a github.com URL, or undefined for GitHub's 404. */
export type GithubPages = (url: URL) => string | undefined;

export async function serveGithub(context: BrowserContext, pages: GithubPages): Promise<void> {
  await serveSite(context, 'https://github.com/**', pages);
}

/** Serves saved pages for one site (routes added later win over the block above); undefined is a 404. */
export async function serveSite(context: BrowserContext, pattern: string, pages: (url: URL) => string | undefined): Promise<void> {
  await context.route(pattern, (route: Route) => {
    const body = pages(new URL(route.request().url()));
    if (body === undefined) return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: '<h1>Not Found</h1>' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** The contribution calendar is fetched lazily, at /users/LOGIN/contributions or /LOGIN?tab=contributions. */
export function contributionsLogin(url: URL): string | undefined {
  const legacy = url.pathname.match(/^\/users\/([^/]+)\/contributions$/);
  if (legacy) return legacy[1]!.toLowerCase();
  if (url.searchParams.get('tab') === 'contributions') return url.pathname.split('/')[1]?.toLowerCase();
  return undefined;
}

export const readFile = (path: string) => readFileSync(path, 'utf8');
