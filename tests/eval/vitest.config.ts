import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Quality evaluation: scores every real profile against several postings and prints one table. */
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/eval/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
