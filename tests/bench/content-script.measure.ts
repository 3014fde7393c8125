import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, contributionsLogin, launchWithExtension, serveGithub, serveSite } from '../e2e/browser';
import { shadowTexts } from '../e2e/shadow';
import { layoutShift } from '../e2e/layout';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';
import { realPages } from '../support/profile-pages';
import { median, percentile, printTable, ratio, type Row } from './report';

const LOADS_PER_PAGE = 15;
const TARGET_MS = 2;
const TARGET_BUNDLE_KB = 30;
const MARKER = 'data-talent-lens-marker';

/**
 * Every real profile page: GitHub's (with one more the extractor tests do not use), LinkedIn's and Stack Overflow's;
 * not de.linkedin.com, whose content script waits for an optional permission the recruiter grants in Options.
 */
const PAGES: Array<[file: string, url: string]> = [
  ['github_html/adarshgitsucker__spec__fixtures__github_profile.html', 'https://github.com/adarshpandit'],
  ...realPages.filter(([, url]) => new URL(url).host !== 'de.linkedin.com'),
];
const FRAGMENTS: Record<string, string> = { defunkt: 'github_html/Sheik0808github__fragment.html' };
const read = (file: string) => readFileSync(`${REAL_FIXTURES_DIR}${file}`, 'utf8');
const fileAt = (url: URL) => PAGES.find(([, address]) => new URL(address).pathname === url.pathname && new URL(address).host === url.host)?.[0];

describe('content script bundles', () => {
  it('are small: no React, no Zod', () => {
    const dir = `${EXTENSION_DIR}/content-scripts`;
    const rows: Row[] = readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => {
        const kb = statSync(`${dir}/${name}`).size / 1024;
        const gzipKb = gzipSync(readFileSync(`${dir}/${name}`)).length / 1024;
        return [
          { measure: `${name}, minified`, value: `${kb.toFixed(1)} KB`, target: `≤ ${TARGET_BUNDLE_KB} KB`, ratio: ratio(kb, TARGET_BUNDLE_KB) },
          { measure: `${name}, gzip`, value: `${gzipKb.toFixed(1)} KB`, target: '-', ratio: '-' },
        ];
      });
    printTable('Content-script bundles (.output/chrome-mv3/content-scripts)', rows);
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasRealFixtures)('content scripts on real pages (Chromium)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await launchWithExtension());
    await serveGithub(context, (url) => {
      const login = contributionsLogin(url);
      if (login) return FRAGMENTS[login] ? read(FRAGMENTS[login]) : undefined;
      const file = fileAt(url);
      return file ? read(file) : undefined;
    });
    for (const host of ['stackoverflow.com', 'www.linkedin.com']) {
      await serveSite(context, `https://${host}/**`, (url) => {
        const file = fileAt(url);
        return file ? read(file) : undefined;
      });
    }
  });
  afterAll(() => context?.close());
  /** Each page's layout shift on its first load, before anyone on it was captured: no marker. */
  const shiftWithout = new Map<string, number>();
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('measures extract() and the contributions parse per page, median and p95', async () => {
    const rows: Row[] = [];
    const page = await context.newPage();
    for (const [file, url] of PAGES) {
      const extractMs: number[] = [];
      const totalMs: number[] = [];
      for (let load = 0; load < LOADS_PER_PAGE; load++) {
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('talent-lens:extract').length > 0);
        await page.waitForTimeout(100); // the contributions fragment, when the page lacks the count
        const [extract, fragment] = await page.evaluate(() =>
          ['talent-lens:extract', 'talent-lens:contributions'].map((name) => performance.getEntriesByName(name).map((e) => e.duration)),
        );
        if (load === 0) shiftWithout.set(url, await layoutShift(page));
        extractMs.push(extract![0]!);
        totalMs.push([...extract!, ...fragment!].reduce((sum, ms) => sum + ms, 0));
      }
      const where = `${new URL(url).host}${new URL(url).pathname} (${(Buffer.byteLength(read(file)) / 1024).toFixed(0)} KB)`;
      rows.push({ measure: `${where} extract, median`, value: `${median(extractMs).toFixed(2)} ms`, target: `≤ ${TARGET_MS} ms`, ratio: ratio(median(extractMs), TARGET_MS) });
      rows.push({ measure: `${where} all reads, median`, value: `${median(totalMs).toFixed(2)} ms`, target: `≤ ${TARGET_MS} ms`, ratio: ratio(median(totalMs), TARGET_MS) });
      rows.push({ measure: `${where} all reads, p95`, value: `${percentile(totalMs, 95).toFixed(2)} ms`, target: '-', ratio: '-' });
    }
    printTable(`Content script main-thread time, ${LOADS_PER_PAGE} loads per page (performance.measure in the page)`, rows);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('measures the layout shift of the marker beside the name', async () => {
    const rows: Row[] = [];
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [, url] of PAGES) {
      // Every page was captured above: the marker shows on each load now.
      await page.goto(url);
      await expectMarker(page);
      const shift = await layoutShift(page);
      const without = shiftWithout.get(url) ?? Number.NaN;
      rows.push({ measure: `${new URL(url).host}${new URL(url).pathname} CLS without → with the marker`, value: `${without.toFixed(4)} → ${shift.toFixed(4)}`, target: 'no increase', ratio: '-' });
    }
    printTable('Cumulative layout shift of each page with the marker (Chromium layout-shift entries; the pages’ own stylesheets are not saved)', rows);
    expect(rows.length).toBeGreaterThan(0);
  });
});

async function expectMarker(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await shadowTexts(page, MARKER)).length > 0) return;
    await page.waitForTimeout(100);
  }
}
