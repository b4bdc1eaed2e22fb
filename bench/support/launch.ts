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

/** Resident memory (KB) of each of this profile's renderer processes, by pid, and its anonymous part. */
function rendererRss(profileDir: string): Map<string, { rss: number; anon: number }> {
  const out = new Map<string, { rss: number; anon: number }>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profileDir)) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      out.set(pid, { rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), anon: Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? 0) });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/**
 * Resident memory (MB) of this profile's renderer processes, summed: the page's window and its
 * Workers live in one of them; the others (about:blank, a spare renderer) add ~300 MB that is mostly
 * the same shared Chromium code pages counted once per process.
 */
export function rendererRssMB(profileDir: string): number {
  let kb = 0;
  for (const p of rendererRss(profileDir).values()) kb += p.rss;
  return kb / 1024;
}

/** One RSS sample of the page's renderer (the process that grew most), at `at` (Date.now()). */
export interface RssSample {
  at: number;
  rssMB: number;
  anonMB: number;
}

export async function sampled<T>(
  profileDir: string,
  work: () => Promise<T>,
): Promise<{ result: T; baseMB: number; peakMB: number; page: { baseMB: number; peakMB: number; baseAnonMB: number; peakAnonMB: number; samples: RssSample[] } }> {
  const before = rendererRss(profileDir);
  const baseMB = rendererRssMB(profileDir);
  let peakMB = baseMB;
  const series = new Map<string, RssSample[]>();
  const sample = () => {
    const now = rendererRss(profileDir);
    let kb = 0;
    for (const [pid, p] of now) {
      kb += p.rss;
      const list = series.get(pid) ?? [];
      list.push({ at: Date.now(), rssMB: p.rss / 1024, anonMB: p.anon / 1024 });
      series.set(pid, list);
    }
    peakMB = Math.max(peakMB, kb / 1024);
  };
  const timer = setInterval(sample, 50);
  try {
    const result = await work();
    sample();
    // The page's renderer: the one whose resident memory rose most.
    let pagePid = '';
    let rise = -Infinity;
    for (const [pid, list] of series) {
      const r = Math.max(...list.map((s) => s.rssMB)) - (before.get(pid)?.rss ?? 0) / 1024;
      if (r > rise) [pagePid, rise] = [pid, r];
    }
    const samples = series.get(pagePid) ?? [];
    const base = before.get(pagePid);
    return {
      result,
      baseMB,
      peakMB,
      page: {
        baseMB: (base?.rss ?? 0) / 1024,
        baseAnonMB: (base?.anon ?? 0) / 1024,
        peakMB: Math.max(0, ...samples.map((s) => s.rssMB)),
        peakAnonMB: Math.max(0, ...samples.map((s) => s.anonMB)),
        samples,
      },
    };
  } finally {
    clearInterval(timer);
  }
}

