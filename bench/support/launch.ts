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
