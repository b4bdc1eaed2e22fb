/**
 * Starts the built app (out/, through package.json's `main`) in the real Electron binary with
 * playwright-core's Electron support, on a user-data folder of the test's choosing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { PROJECT_ROOT } from './electron-binary';

// The environment variable names of main/test-overrides.ts (spelt out: tests read the app as a user would).
const USER_DATA_ENV = 'BAROMETER_TEST_USER_DATA';
const SAVE_DIR_ENV = 'BAROMETER_TEST_SAVE_DIR';

export interface RunningApp {
  app: ElectronApplication;
  /** The main window, once it shows app://bundle/index.html. */
  page: Page;
}

export interface LaunchOptions {
  userDataDir: string;
  /** Where the stub save dialog puts exported files; the real dialog when absent. */
  saveDir?: string;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `barometer-electron-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'NODE_OPTIONS') env[k] = v;
  env[USER_DATA_ENV] = options.userDataDir;
  if (options.saveDir) env[SAVE_DIR_ENV] = options.saveDir;
  else delete env[SAVE_DIR_ENV];
  delete env.ELECTRON_RUN_AS_NODE;
  // No executablePath: playwright-core then starts the electron package's binary with its loader
  // (which holds the app's `ready` until it is attached).
  // Loaded here, not at the top: a skipped tier then never loads playwright-core.
  const { _electron } = await import('playwright-core');
  const app = await _electron.launch({
    args: [PROJECT_ROOT],
    cwd: PROJECT_ROOT,
    env,
    locale: 'da-DK',
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForURL('app://bundle/index.html');
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Quits as a user closing the window does (the quit gate asks for a last backup), and waits for the process to end. */
export async function quitApp(running: RunningApp): Promise<void> {
  await running.app.close();
}
