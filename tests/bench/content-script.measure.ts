import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, contributionsLogin, launchWithExtension, serveGithub } from '../e2e/browser';
import { REAL_FIXTURES_DIR, SKIP_REASON, hasRealFixtures } from '../real-fixtures';
import { median, percentile, printTable, ratio, type Row } from './report';

const LOADS_PER_PAGE = 15;
const TARGET_MS = 2;
const TARGET_BUNDLE_KB = 30;

/** Every real GitHub profile page, served at its owner's URL. */
const PAGES: Record<string, string> = {
  '/adarshpandit': 'adarshgitsucker__spec__fixtures__github_profile.html',
  '/Mayowa-Ojo': 'Mayowa-Ojoetchy__test__files__github_profile.html',
  '/defunkt': 'Sheik0808github__github_profile.html',
  '/dingaanmanjate': 'dingaanmanjateProfile__github_profile.html',
};
const FRAGMENTS: Record<string, string> = { defunkt: 'Sheik0808github__fragment.html' };
const read = (name: string) => readFileSync(`${REAL_FIXTURES_DIR}github_html/${name}`, 'utf8');

describe('content script bundle', () => {
  it('is small: no React, no Zod', () => {
    const path = `${EXTENSION_DIR}/content-scripts/github.js`;
    const source = readFileSync(path);
    const kb = statSync(path).size / 1024;
    const gzipKb = gzipSync(source).length / 1024;
    printTable('Content-script bundle (.output/chrome-mv3/content-scripts/github.js)', [
      { measure: 'size, minified', value: `${kb.toFixed(1)} KB`, target: `≤ ${TARGET_BUNDLE_KB} KB`, ratio: ratio(kb, TARGET_BUNDLE_KB) },
      { measure: 'size, gzip', value: `${gzipKb.toFixed(1)} KB`, target: '-', ratio: '-' },
    ]);
    expect(kb).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasRealFixtures)('content script main-thread time on real GitHub pages (Chromium)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await launchWithExtension());
    await serveGithub(context, (url) => {
      const login = contributionsLogin(url);
      if (login) return FRAGMENTS[login] ? read(FRAGMENTS[login]) : undefined;
      const file = PAGES[url.pathname];
      return file ? read(file) : undefined;
    });
  });
  afterAll(() => context?.close());
  if (!hasRealFixtures) console.warn(SKIP_REASON);

  it('measures extract() and the contributions parse per page', async () => {
    const rows: Row[] = [];
    const page = await context.newPage();
    for (const [path, file] of Object.entries(PAGES)) {
      const extractMs: number[] = [];
      const totalMs: number[] = [];
      for (let load = 0; load < LOADS_PER_PAGE; load++) {
        await page.goto(`https://github.com${path}`);
        await page.waitForFunction(() => performance.getEntriesByName('talent-lens:extract').length > 0);
        await page.waitForTimeout(100); // the contributions fragment, when the page lacks the count
        const [extract, fragment] = await page.evaluate(() =>
          ['talent-lens:extract', 'talent-lens:contributions'].map((name) => performance.getEntriesByName(name).map((e) => e.duration)),
        );
        extractMs.push(extract![0]!);
        totalMs.push([...extract!, ...fragment!].reduce((sum, ms) => sum + ms, 0));
      }
      const size = `${(Buffer.byteLength(read(file)) / 1024).toFixed(0)} KB`;
      rows.push({ measure: `${path} (${size}) extract, median`, value: `${median(extractMs).toFixed(2)} ms`, target: `≤ ${TARGET_MS} ms`, ratio: ratio(median(extractMs), TARGET_MS) });
      rows.push({ measure: `${path} all reads + fragment parse, median`, value: `${median(totalMs).toFixed(2)} ms`, target: `≤ ${TARGET_MS} ms`, ratio: ratio(median(totalMs), TARGET_MS) });
      rows.push({ measure: `${path} all reads + fragment parse, p95`, value: `${percentile(totalMs, 95).toFixed(2)} ms`, target: '-', ratio: '-' });
    }
    printTable(`Content script main-thread time, ${LOADS_PER_PAGE} loads per page (performance.measure in the page)`, rows);
    expect(rows.length).toBeGreaterThan(0);
  });
});
