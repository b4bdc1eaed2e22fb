/**
 * Exchange benchmark (issue 5, section 7): a coordinator imports one package of 10,000 responses,
 * then merges three packages of 10,000 (the second continues every response, the third diverges on
 * 5 %: 500 conflicts), through the app's real path in Chromium (Worker reads and checks; one
 * IndexedDB transaction per package, written in chunks). Prints time, the peak resident memory of
 * the page's renderer processes (window + Worker), the main thread's JS heap peak and its longest
 * task. Figures are printed, never asserted.
 */
import { inject, it } from 'vitest';
import { benchBrowser, removeProfile, rendererRssMB, report } from './support/launch';

interface ImportRun {
  makeMs: number;
  fileBytes: number[];
  importMs: number;
  perFileMs: number[];
  readingMs: number;
  longestTaskMs: number;
  mainHeapPeakMB: number;
  outcomes: string[];
  conflicts: number;
  mergePhases: Record<string, number>[];
  bare: { ms: number; passes: number; rows: Record<string, number> };
}
type BenchExchange = { runOne(count: number): Promise<ImportRun>; runThree(count: number, share: number): Promise<ImportRun>; runCrafted(count: number): Promise<ImportRun> };

/** Responses in each crafted package: each costs the Worker one evaluation of the pattern on 1,000 digits. */
const CRAFTED_COUNT = 20;

async function run(label: string, which: 'one' | 'three' | 'crafted'): Promise<void> {
  const session = await benchBrowser();
  try {
    const page = await session.context.newPage();
    await page.goto(`${inject('benchURL')}bench/browser/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const baseMB = rendererRssMB(session.profileDir);
    let peakMB = baseMB;
    const timer = setInterval(() => (peakMB = Math.max(peakMB, rendererRssMB(session.profileDir))), 100);
    let result: ImportRun;
    try {
      result = await page.evaluate(
        ([kind, crafted]) => {
          const api = (window as unknown as { benchExchange: BenchExchange }).benchExchange;
          return kind === 'one' ? api.runOne(10_000) : kind === 'three' ? api.runThree(10_000, 0.05) : api.runCrafted(crafted);
        },
        [which, CRAFTED_COUNT] as const,
      );
    } finally {
      clearInterval(timer);
    }
    console.log(`\n${label}`);
    report('making the package files in the page (not part of the import)', result.makeMs);
    report('file sizes', result.fileBytes.map((b) => `${(b / 2 ** 20).toFixed(1)} MB`).join(', '), '');
    report('import: total', result.importMs);
    result.perFileMs.forEach((ms, i) => report(`  package ${i + 1} (read + check in Worker, then merge)`, ms));
    report('  of which reading and checking (Worker)', result.readingMs);
    result.mergePhases.forEach((phases, i) =>
      report(`  merge ${i + 1}: local read / plan / keys / written / committed`, ['local-read', 'plan-made', 'planned', 'responses-written', 'committed'].map((k) => (phases[k] ?? NaN).toFixed(0)).join(' / ')),
    );
    result.outcomes.forEach((o, i) => report(`  package ${i + 1}`, o, ''));
    report('responses in conflict afterwards', result.conflicts, '');
    const { bare } = result;
    const rows = Object.entries(bare.rows).map(([t, n]) => `${t} ${n}`).join(', ');
    report(`bare: the same rows by bulkPut, chunks of 1,000, strict, ${bare.passes} transaction(s)`, bare.ms);
    report('  rows', rows, '');
    report('ratio import total / bare', (result.importMs / bare.ms).toFixed(2), '×');
    report('ratio import writing (total − reading and checking) / bare', ((result.importMs - result.readingMs) / bare.ms).toFixed(2), '×');
    report('longest main-thread task (Long Tasks API: 0 = none of 50 ms or more)', result.longestTaskMs);
    report('main thread JS heap peak', result.mainHeapPeakMB, 'MB');
    report('renderer processes resident memory: before → peak', `${baseMB.toFixed(0)} → ${peakMB.toFixed(0)}`, 'MB');
  } finally {
    await session.context.close();
    removeProfile(session.profileDir);
  }
}

it('imports one package of 10,000 responses', async () => {
  await run('Exchange benchmark: one package of 10,000 responses (Chromium, real IndexedDB)', 'one');
});

it('merges three packages of 10,000 responses with 5 % conflicts', async () => {
  await run('Exchange benchmark: three packages of 10,000 responses, 5 % conflicts', 'three');
});

it('imports crafted packages: one with (a+)+b, one with the worst pattern the loader lets through, on 1,000-digit answers', async () => {
  await run(`Exchange benchmark: crafted patterns, ${CRAFTED_COUNT} responses each (the longest main-thread task must stay under 100 ms)`, 'crafted');
});
