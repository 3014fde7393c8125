import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Benchmarks print figures and ratios; they assert only that the measurement ran. */
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '@/': `${root}/` } },
  test: {
    include: ['tests/bench/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
