import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { electronBinaryHere, PROJECT_ROOT, skipLine } from './support/electron-binary';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Electron binary the tier drives, or '' when there is none (the tier is skipped). */
    electronPath: string;
  }
}

/**
 * The Electron tier's set-up. Without a binary it prints ONE line and builds nothing, so the skip
 * costs no time (REQUIRE_ELECTRON=1 turns the skip into a failure, for a CI that has the binary).
 * With one, it builds the app exactly as `npm run build` does (electron-vite, production) into out/.
 */
export default async function setup(project: TestProject): Promise<void> {
  const binary = electronBinaryHere();
  if (!binary.found) {
    const line = skipLine(binary.reason);
    if (process.env.REQUIRE_ELECTRON === '1') throw new Error(line);
    console.log(line);
    project.provide('electronPath', '');
    return;
  }
  const { build } = await import('electron-vite');
  // Vitest sets NODE_ENV=test, which would give React's development build: production for the build only.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: resolve(PROJECT_ROOT, 'electron.vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = before;
  }
  project.provide('electronPath', binary.path);
}
