/**
 * Fieldwork benchmark (issue 13): a frame of 15,000 workplaces (BENCH_FRAME_N to change) read as csv
 * and as xlsx (in the Worker), previewed and applied; 5,000 cases assigned in one block; 50,000
 * attempts on them over 60 days; then the monitoring «Stikprøve» computes (cases and dispositions,
 * the progress facts, rates per stratum and surveyor, progress by day), the workbook's fieldwork
 * sheets, and one attempt recorded with all that stored; last, a coordinator → surveyor package of
 * 2,000 cases built and imported on a second store. Chromium, real IndexedDB. Figures are printed,
 * never asserted.
 */
import { inject, it } from 'vitest';
import type { FieldworkRun } from './browser/fieldwork-bench';
import { benchBrowser, removeProfile, report } from './support/launch';

const FRAME = Number(process.env.BENCH_FRAME_N ?? 15_000);
const ASSIGNED = 5_000;
const ATTEMPTS = 50_000;
const ADDRESSED = Math.min(2_000, Math.max(0, FRAME - ASSIGNED));

it(`fieldwork: frame of ${FRAME.toLocaleString('en')}, ${ASSIGNED.toLocaleString('en')} assigned, ${ATTEMPTS.toLocaleString('en')} attempts`, async () => {
  const session = await benchBrowser();
  try {
    const page = await session.context.newPage();
    await page.goto(`${inject('benchURL')}bench/browser/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const r = await page.evaluate(
      ([frame, assigned, attempts, addressed]) =>
        (window as unknown as { benchFieldwork: { run(f: number, a: number, n: number, d: number): Promise<FieldworkRun> } }).benchFieldwork.run(frame, assigned, attempts, addressed),
      [FRAME, ASSIGNED, ATTEMPTS, ADDRESSED] as const,
    );
    console.log(`\nFieldwork benchmark (Chromium, real IndexedDB): frame ${FRAME.toLocaleString('en')}, ${ASSIGNED.toLocaleString('en')} assigned, ${ATTEMPTS.toLocaleString('en')} attempts`);
    report('frame file sizes: csv / xlsx', `${(r.csvBytes / 2 ** 20).toFixed(1)} / ${(r.xlsxBytes / 2 ** 20).toFixed(1)}`, 'MB');
    report('read + validate the frame: csv (main thread)', r.readCsvMs);
    report('read + validate the frame: xlsx (Worker, then validation)', r.readXlsxMs);
    report('preview against the frame in force (empty)', r.previewMs);
    report('apply as version 1 (one transaction, audited)', r.applyMs);
    report(`assign ${ASSIGNED.toLocaleString('en')} cases in one block`, r.assignMs);
    report(`seed ${ATTEMPTS.toLocaleString('en')} attempts (not a user action)`, r.seedAttemptsMs);
    report('monitoring: one read → cases with dispositions + progress facts', r.readMs);
    report('  for comparison: cases alone / progress facts alone', `${r.casesMs.toFixed(1)} / ${r.progressFactsMs.toFixed(1)}`);
    report('monitoring: rates per stratum and per surveyor', r.ratesMs);
    report(`monitoring: progress by day (${r.days} days)`, r.progressDaysMs);
    report('monitoring: total, as «Stikprøve» loads it', r.monitoringMs);
    report('workbook fieldwork sheets (Sample … Progress by day)', r.sheetsMs);
    report('record one attempt with all that stored: p50 / max of 50', `${r.recordAttemptP50Ms.toFixed(1)} / ${r.recordAttemptMaxMs.toFixed(1)}`);
    report('main thread JS heap: before → after', `${r.heapBeforeMB.toFixed(0)} → ${r.heapAfterMB.toFixed(0)}`, 'MB');
    report('RR1 in total (a check that the work was counted)', r.totalRR1 === null ? '–' : r.totalRR1.toFixed(4), '');
    report(`coordinator → surveyor package of ${r.addressed.toLocaleString('en')} cases: build (read, write, read back, gzip)`, r.addressedBuildMs);
    report('  its size (compressed) / main thread heap grown while building', `${(r.addressedBytes / 2 ** 10).toFixed(0)} KB / ${r.addressedHeapMB.toFixed(0)} MB`, '');
    report(`  imported on the surveyor's computer (Worker check + merge), ${r.addressedImportedCases.toLocaleString('en')} cases written`, r.addressedImportMs);
  } finally {
    await session.context.close();
    removeProfile(session.profileDir);
  }
});
