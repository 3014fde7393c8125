import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

/** Only `UPDATE_SCREENSHOTS=1` writes: otherwise every test run would leave docs/*.png changed in git. */
const updatingScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

/** Saves the page (or one part of it) as docs/<name>.png when screenshots are being refreshed. */
export async function saveDocsScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (!updatingScreenshots) return;
  mkdirSync(DOCS, { recursive: true });
  await target.screenshot({ path: `${DOCS}${name}.png` });
}
