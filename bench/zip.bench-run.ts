/**
 * ZIP writer benchmark (issue 15, item 6): our writer (native CompressionStream) against fflate's
 * streaming Zip + ZipDeflate on the same Data-sheet XML in Chromium, each in a fresh browser, with
 * the peak resident memory of the page's renderer above its level once the rows are prepared.
 * "bare" builds and encodes the same XML without compressing it. Figures are printed, never asserted.
 */
import { inject, it } from 'vitest';
import { benchBrowser, removeProfile, report, sampled } from './support/launch';

type BenchZip = {
  prepare(base: number): Promise<{ rows: number; columns: number }>;
  runZip(writer: 'bare' | 'ours' | 'fflate', count: number): Promise<{ ms: number; bytes: number }>;
};

const BASE = 10_000;

async function once(writer: 'bare' | 'ours' | 'fflate', count: number) {
  const { context, profileDir } = await benchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${inject('benchURL')}bench/browser/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const shape = await page.evaluate((n) => (window as unknown as { benchZip: BenchZip }).benchZip.prepare(n), BASE);
    const run = await sampled(profileDir, () => page.evaluate(([w, n]) => (window as unknown as { benchZip: BenchZip }).benchZip.runZip(w, n), [writer, count] as const));
    return { ...run.result, columns: shape.columns, extraMB: run.peakMB - run.baseMB };
  } finally {
    await context.close();
    removeProfile(profileDir);
  }
}

for (const count of [10_000, 100_000]) {
  it(`ZIP writers on the Data sheet of ${count.toLocaleString('en')} responses`, async () => {
    const bare = await once('bare', count);
    const ours = await once('ours', count);
    const ff = await once('fflate', count);
    console.log(`\nZIP writer benchmark: Data sheet ${count.toLocaleString('en')} × ${bare.columns} (${(bare.bytes / 1e6).toFixed(0)} MB of XML), Chromium, page thread`);
    report('bare: build + encode the XML', bare.ms);
    report('ours (CompressionStream): total', ours.ms);
    report('fflate Zip + ZipDeflate (level 6): total', ff.ms);
    report('compressed size, ours / fflate', `${(ours.bytes / 1e6).toFixed(1)} / ${(ff.bytes / 1e6).toFixed(1)}`, 'MB');
    report('renderer RSS above prepared rows, bare / ours / fflate', `${bare.extraMB.toFixed(0)} / ${ours.extraMB.toFixed(0)} / ${ff.extraMB.toFixed(0)}`, 'MB');
    report('ratio ours / bare', (ours.ms / bare.ms).toFixed(2), '×');
    report('ratio fflate / bare', (ff.ms / bare.ms).toFixed(2), '×');
    report('ratio fflate / ours (time)', (ff.ms / ours.ms).toFixed(2), '×');
    report('compression time ratio fflate / ours (minus bare)', ((ff.ms - bare.ms) / (ours.ms - bare.ms)).toFixed(2), '×');
  });
}
