import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);
export const FIREFOX_SKIP_REASON = `Firefox not found at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH); skipping the Firefox e2e tests`;

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'talent-lens@talent-lens.dev';
/** Pinned through extensions.webextensions.uuids, so the extension's pages have a known moz-extension:// address. */
export const EXTENSION_UUID = 'a7e1e2b0-18a0-4c10-9e2e-7a1e47e15e18';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  profileDir: string;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'talent-lens-firefox-'));
}

/**
 * Real Firefox ESR, headless, driven over WebDriver BiDi, with the built extension installed and every
 * request sent to the local github.com proxy (github-proxy.ts), which refuses all other hosts.
 *
 * The extension is a temporary add-on (BiDi refuses a permanent install of an unpacked directory):
 * Firefox drops it when it quits, so a restart installs it again. The uuid pin gives the reinstalled
 * extension the same origin, so it opens the IndexedDB and storage.local the previous session wrote,
 * as a recruiter's permanently installed add-on does. Firefox 153 keeps a temporary add-on's data when
 * it quits; the "keep on uninstall" prefs say so explicitly.
 */
export async function launchFirefox(proxyPort: number, profileDir = newProfileDir()): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Build first (npx wxt build -b firefox): ${FIREFOX_EXTENSION_DIR} has no manifest.json`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true, // the proxy's self-signed github.com certificate
    userDataDir: profileDir,
    defaultViewport: { width: 420, height: 900 },
    // Without it Firefox refuses to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...extensionPrefs(), ...offlinePrefs(proxyPort) },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, profileDir };
}

function extensionPrefs(): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'extensions.webextensions.keepUuidOnUninstall': true,
    'extensions.webextensions.keepStorageOnUninstall': true,
  };
}

/** Every HTTP(S) request goes to the proxy, never direct; Firefox's own background services stay off. */
function offlinePrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
  };
}

/**
 * Opens a page of the extension in a new tab. Firefox sends no load event for moz-extension://
 * pages over BiDi, so the navigation is not awaited: callers poll the page instead.
 */
export async function openExtensionPage(browser: Browser, path: string) {
  const page = await browser.newPage();
  // No timeout either: the never-settling navigation ends when the browser closes.
  void page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 0 }).catch(() => undefined);
  return page;
}
