import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run bench`: figures are printed, never asserted (timed tests are flaky; ratios in one run are not).
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['bench/**/*.bench-run.ts'],
    globalSetup: [resolve(import.meta.dirname, 'bench/global-setup.ts')],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
