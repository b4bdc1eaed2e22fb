import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Four tiers, one command (`npm test`): unit (Node: core, store, main-process logic),
// component (jsdom + React Testing Library), e2e (the built renderer in Debian's Chromium),
// electron (the built app in the real Electron binary; skipped with one line where there is none).
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', resolve(import.meta.dirname, 'tests/summary-reporter.ts')],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/node/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: [resolve(import.meta.dirname, 'tests/component/setup.ts')],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [resolve(import.meta.dirname, 'tests/e2e/global-setup.ts')],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          globalSetup: [resolve(import.meta.dirname, 'tests/electron/global-setup.ts')],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
