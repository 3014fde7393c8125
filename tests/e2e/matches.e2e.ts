import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import type { BrowserContext } from 'playwright-core';
import { contributionsLogin, launchWithExtension, readFile, serveGithub } from './browser';
import { SidePanel } from './pages/sidepanel';
import { saveDocsScreenshot } from './screenshots';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';
import { bandOf } from '../../lib/scoring/bands';

const html = (name: string) => readFile(`${REAL_FIXTURES_DIR}github_html/${name}`);
const PAGES: Record<string, string> = {
  '/defunkt': 'Sheik0808github__github_profile.html',
  '/mayowa-ojo': 'Mayowa-Ojoetchy__test__files__github_profile.html',
  '/dingaanmanjate': 'dingaanmanjateProfile__github_profile.html',
};

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe.skipIf(!hasRealFixtures)('the sourcer’s matches, shortlist and exports (real Chromium)', () => {
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('captures three real profiles, shortlists two, exports CSV and an HTML report that opens on its own', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    await serveGithub(context, (url) => {
      if (contributionsLogin(url) === 'defunkt') return html('Sheik0808github__fragment.html');
      const file = PAGES[url.pathname.toLowerCase()];
      return file ? html(file) : undefined;
    });
    for (const path of ['/defunkt', '/Mayowa-Ojo', '/dingaanmanjate']) await (await context.newPage()).goto(`https://github.com${path}`);
    const panel = await SidePanel.open(context, launched.extensionId);
    const page = panel.page;
    await panel.showMatches();
    await expect.poll(() => panel.matchRows.count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => page.getByTestId('matches-count').textContent()).toBe('3 of 3 candidates');

    // Search narrows the list; clearing it brings everyone back.
    await page.getByLabel('Search name, login, headline and notes').fill('mayowa');
    await expect.poll(() => page.getByTestId('matches-count').textContent()).toBe('1 of 3 candidates');
    await page.getByLabel('Search name, login, headline and notes').fill('');
    await expect.poll(() => panel.matchRows.count()).toBe(3);

    // Shortlist two: one with its star button, one from the keyboard.
    await page.getByRole('button', { name: 'Add Chris Wanstrath to the shortlist' }).click();
    await page.getByRole('listbox', { name: 'Candidates' }).focus();
    const mayowaIndex = (await panel.matchRows.allTextContents()).findIndex((text) => text.includes('Mayowa Ojo'));
    await page.keyboard.press('Home');
    for (let i = 0; i < mayowaIndex; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('s');
    await page.getByRole('button', { name: 'Show members (2)' }).click();
    const members = page.getByRole('list', { name: /^Members of/ });
    await expect.poll(() => members.locator('li').count()).toBe(2);
    await page.setViewportSize({ width: 420, height: 900 });
    await saveDocsScreenshot(page, 'matches');

    const exportGroup = page.getByRole('group', { name: /^Export Shortlist/ });
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name: 'CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^talent-lens_shortlist_\d{4}-\d\d-\d\d\.csv$/);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await csvDownload.path())!, 'utf8').replace(/^\uFEFF/, ''), { header: true }).data;
    expect(csv.map((row) => row.Name).sort()).toEqual(['Chris Wanstrath', 'Mayowa Ojo']);
    expect(csv.every((row) => /^\d+$/.test(row.Score ?? ''))).toBe(true);
    expect(csv.map((row) => row.Band)).toEqual(csv.map((row) => bandOf(Number(row.Score)).label));
    expect(csv.find((row) => row.Name === 'Mayowa Ojo')?.['Profile URLs']).toBe('https://github.com/Mayowa-Ojo');

    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name: 'HTML' }).click()]);
    // The report opens in a plain tab, from the file, with the network closed and no extension involved.
    const reportPath = join(mkdtempSync(join(tmpdir(), 'talent-lens-report-')), htmlDownload.suggestedFilename());
    await htmlDownload.saveAs(reportPath);
    const report = await context.newPage();
    await report.goto(pathToFileURL(reportPath).href);
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).toContain('Chris Wanstrath');
    expect(text).toContain('Mayowa Ojo');
    expect(text).not.toContain('fasma'); // not shortlisted
    expect(await report.locator('script').count()).toBe(0);
    const hrefs = await report.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(2);
    expect(hrefs.every((href) => href.startsWith('https://'))).toBe(true);
    expect(hrefs).toContain('https://github.com/defunkt');
  }, 90_000);
});
