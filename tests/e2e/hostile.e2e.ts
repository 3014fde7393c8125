import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { launchWithExtension, readFile, serveGithub } from './browser';
import { SidePanel } from './pages/sidepanel';

const MEGABYTE = 1_000_000;
/** The hand-made hostile profile, with a megabyte of bio (RTL text and emoji first) and of readme. */
const hostilePage = readFile(fileURLToPath(new URL('../fixtures/github/hostile-profile.html', import.meta.url)))
  .replace('{{HUGE_BIO}}', `Go 🚀 مرحبا بالعالم ${'A'.repeat(MEGABYTE)}`)
  .replace('{{HUGE_README}}', `Readme ${'word '.repeat(MEGABYTE / 5)}`);

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Fails the test on any dialog (alert, confirm) an extension page or a report opens. */
function watchForDialogs(page: Page, opened: string[]): void {
  page.on('dialog', (dialog) => {
    opened.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/** What a hostile value could have planted in a page: scripts not ours, handlers, non-http(s) links. */
async function plantedIn(page: Page, ownOrigin: string) {
  return page.evaluate((origin) => {
    const scripts = [...document.querySelectorAll('script')].filter((script) => !script.src.startsWith(origin));
    const handlers = [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on')));
    const links = [...document.querySelectorAll('a[href]')].map((link) => (link as HTMLAnchorElement).href).filter((href) => !/^https?:\/\//.test(href) && !href.startsWith('blob:'));
    return { scripts: scripts.length, handlers: handlers.length, badLinks: links, pwned: (window as unknown as { pwned?: unknown }).pwned ?? null };
  }, ownOrigin);
}

const textOf = async (download: Download) => readFileSync((await download.path())!, 'utf8');

describe('a hostile profile through the panel and every export (real Chromium)', () => {
  it('runs nothing, links only to http(s), shows "(truncated)", and every export stays valid', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    await serveGithub(context, (url) => (url.pathname === '/mallory' ? hostilePage : undefined));
    const dialogs: string[] = [];
    const origin = `chrome-extension://${launched.extensionId}/`;

    const profile = await context.newPage();
    await profile.goto('https://github.com/mallory');
    const panel = await SidePanel.open(context, launched.extensionId);
    watchForDialogs(panel.page, dialogs);
    await expect.poll(() => panel.name.textContent(), { timeout: 15_000 }).toMatch(/Mallory/);

    const header = (await panel.page.locator('.candidate__header').textContent()) ?? '';
    expect(header).toContain('(truncated)');
    expect(header).toContain('🚀 مرحبا');
    expect(header).not.toMatch(/[\u200B\u202E\uFEFF]/);
    expect(await plantedIn(panel.page, origin)).toEqual({ scripts: 0, handlers: 0, badLinks: [], pwned: null });

    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count(), { timeout: 15_000 }).toBe(1);
    expect(await plantedIn(panel.page, origin)).toEqual({ scripts: 0, handlers: 0, badLinks: [], pwned: null });
    const exports = panel.page.getByRole('group', { name: 'Export the filtered list' });
    const download = async (kind: string) => (await Promise.all([panel.page.waitForEvent('download'), exports.getByRole('button', { name: kind }).click()]))[0];

    const csvText = await textOf(await download('CSV'));
    const csv = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0]!.Name).toMatch(/Mallory/);
    expect(csv.data[0]!.Headline).toMatch(/\(truncated\)$/);
    expect(csvText.length).toBeLessThan(100_000);
    expect(csvText).not.toMatch(/javascript:|data:text|vbscript:/i);

    const bundleText = await textOf(await download('JSON'));
    const bundle = JSON.parse(bundleText);
    expect(bundle.candidates).toHaveLength(1);
    // Text such as "I build <script> tags" is data here, kept as written; links are what must be safe.
    expect(bundleText).not.toMatch(/javascript:|data:text|vbscript:/i);

    const htmlDownload = await download('HTML');
    const reportPath = join(mkdtempSync(join(tmpdir(), 'talent-lens-hostile-')), htmlDownload.suggestedFilename());
    await htmlDownload.saveAs(reportPath);
    const report = await context.newPage();
    watchForDialogs(report, dialogs);
    await report.goto(pathToFileURL(reportPath).href);
    expect(await plantedIn(report, 'file://')).toEqual({ scripts: 0, handlers: 0, badLinks: [], pwned: null });
    expect(await report.locator('body').textContent()).toContain('(truncated)');
    expect(await report.locator('article.candidate').count()).toBe(1);

    expect(dialogs).toEqual([]);
  }, 90_000);
});
