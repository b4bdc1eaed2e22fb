import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium to drive: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or one Playwright downloaded. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core knows no browser of its own here
  }
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const chromiumPath = findChromium();

if (!chromiumPath) {
  const hint =
    'No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.';
  if (process.env.CI === 'true') throw new Error(hint);
  console.warn(`${hint} The browser tests are skipped.`);
}

export interface BrowserSession {
  context: BrowserContext;
  profileDir: string;
}

/** Starts Chromium with a profile directory (fresh unless given), as a surveyor's browser. */
export async function launchBrowser(profileDir?: string): Promise<BrowserSession> {
  if (!chromiumPath) throw new Error('No Chromium');
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'barometer-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
  });
  return { context, profileDir: dir };
}

/** Kills the browser process of a profile with SIGKILL — a crash, not a clean close. */
export function killBrowser(profileDir: string): number {
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.includes(`--user-data-dir=${profileDir}`) && !cmdline.includes('--type=')) {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    }
  }
  return killed;
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
