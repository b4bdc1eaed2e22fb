import { readdirSync, readFileSync } from 'node:fs';
import { chromiumPath, launchBrowser, removeProfile, type BrowserSession } from '../../tests/e2e/support/chromium';

export { removeProfile };

/** A fresh Chromium profile for one benchmark. */
export async function benchBrowser(): Promise<BrowserSession> {
  if (!chromiumPath) throw new Error('No Chromium: install one (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return launchBrowser();
}

/** Prints a figure line that is easy to copy into a closing note. */
export function report(label: string, value: number | string, unit = 'ms'): void {
  const text = typeof value === 'number' ? value.toFixed(1) : value;
  console.log(`  ${label.padEnd(58)} ${text} ${unit}`.trimEnd());
}

/** Resident memory (MB) of this profile's renderer processes: the page's window and its Worker live there. */
export function rendererRssMB(profileDir: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profileDir)) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

export async function sampled<T>(profileDir: string, work: () => Promise<T>): Promise<{ result: T; baseMB: number; peakMB: number }> {
  const baseMB = rendererRssMB(profileDir);
  let peakMB = baseMB;
  const timer = setInterval(() => (peakMB = Math.max(peakMB, rendererRssMB(profileDir))), 100);
  try {
    return { result: await work(), baseMB, peakMB };
  } finally {
    clearInterval(timer);
  }
}

