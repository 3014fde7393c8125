import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Real third-party pages live beside the checkout in ../shared; they are never copied into the repo. */
export const REAL_FIXTURES_DIR = fileURLToPath(new URL('../../shared/fixtures/real/', import.meta.url));
export const hasRealFixtures = existsSync(REAL_FIXTURES_DIR);
export const SKIP_REASON = `real fixtures not found at ${REAL_FIXTURES_DIR} (../shared beside the checkout); skipping`;

if (!hasRealFixtures) console.warn(SKIP_REASON);

export function readRealFixture(relativePath: string): string {
  return readFileSync(REAL_FIXTURES_DIR + relativePath, 'utf8');
}
