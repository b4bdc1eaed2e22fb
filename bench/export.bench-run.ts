/**
 * Export benchmark (issue 3, section 7): 10,000 and 100,000 realistic responses exported through the
 * app's real path in Chromium (the export Worker reads IndexedDB in pages, builds the rows, streams
 * the sheets with deflate and SHA-256 in its helper Worker, and transfers the bytes back), with the time, the peak memory of the page's renderer
 * process (window + Worker), the longest main-thread task, and a bare SheetJS write of the same Data
 * matrix (dense aoa_to_sheet, then write) for the overhead ratio. SheetJS at 100,000 × 170 is run in
 * a child Node process, since it can exhaust memory or V8's string limit and must not take the
 * benchmark down with it. Figures are printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject, it } from 'vitest';
import { DataRowCollector } from '../renderer/src/core/export/workbook-rows';
import { XlsxWriter } from '../renderer/src/core/export/xlsx-writer';
import { loadBuiltinQuestionnaire } from '../renderer/src/core/questionnaire/builtin';
import { generateResponses } from '../tests/fixtures/generate-responses';
import { launchBrowser, type BrowserSession } from '../tests/e2e/support/chromium';
import { benchBrowser, removeProfile, report, sampled } from './support/launch';
import { pollIsolateHeaps } from './support/isolate-heaps';

type BenchExport = {
  seedExport(n: number): Promise<{ seedMs: number }>;
  runExport(content: 'both' | 'codes'): Promise<{
    totalMs: number; phases: Record<string, number>; phaseAt: Record<string, number>; bytes: number; outcome: string; rows: number;
    longestTaskMs: number; longTasks: number; maxTimerGapMs: number; mainHeapPeakMB: number;
  }>;
  bareSheetJs(compression: boolean): Promise<{ ms: number; bytes: number; rows: number; columns: number }>;
};

async function exportRun(count: number, withBareSheetJs: boolean): Promise<void> {
  const seeding = await benchBrowser();
  const { profileDir } = seeding;
  let session: BrowserSession | null = null;
  try {
    const seedPage = await seeding.context.newPage();
    await seedPage.goto(`${inject('benchURL')}bench/browser/index.html`);
    await seedPage.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const seeded = await seedPage.evaluate((n) => (window as unknown as { benchExport: BenchExport }).benchExport.seedExport(n), count);
    // A fresh browser on the seeded profile: the memory figures start from a clean renderer.
    await seeding.context.close();
    session = await launchBrowser(profileDir);
    const page = await session.context.newPage();
    await page.goto(`${inject('benchURL')}bench/browser/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const heaps = await pollIsolateHeaps(page);
    const both = await sampled(profileDir, () => page.evaluate(() => (window as unknown as { benchExport: BenchExport }).benchExport.runExport('both')));
    const heapSamples = await heaps.stop();
    const codes = await page.evaluate(() => (window as unknown as { benchExport: BenchExport }).benchExport.runExport('codes'));
    const p = both.result.phases;
    console.log(`\nExport benchmark: ${count.toLocaleString('en')} responses × ${both.result.rows === count ? 'all' : both.result.rows} exported (Chromium, real IndexedDB, export Worker)`);
    report(`seed ${count} responses`, seeded.seedMs);
    report('export, codes + labels (6 sheets): total', both.result.totalMs);
    report('  Worker reads the store, evaluates, builds rows', (p.preparing ?? 0) - (p.reading ?? 0));
    report('  weights + indicators', (p.writing ?? p.finishing ?? 0) - (p.preparing ?? 0));
    report('  writing Data + Labels (+ small sheets)', (p.finishing ?? 0) - (p.writing ?? p.preparing ?? 0));
    report('  packing + transfer + save', both.result.totalMs - (p.finishing ?? 0));
    report('export, codes only (Data + 4 small sheets): total', codes.totalMs);
    report('file size, codes + labels', both.result.bytes / 1e6, 'MB');
    report('file size, codes only', codes.bytes / 1e6, 'MB');
    report('renderer RSS before export (all renderer processes, summed)', both.baseMB, 'MB');
    report('renderer RSS peak during export (same sum)', both.peakMB, 'MB');
    report('page renderer (window + both Workers) RSS before / peak', `${both.page.baseMB.toFixed(1)} / ${both.page.peakMB.toFixed(1)}`, 'MB');
    report('  of which anonymous (heaps, buffers): before / peak', `${both.page.baseAnonMB.toFixed(1)} / ${both.page.peakAnonMB.toFixed(1)}`, 'MB');
    // Where the memory goes: the page renderer's peak while each step ran, above its level before.
    const at = both.result.phaseAt;
    const steps: [string, string, string][] = [
      ['reading the store into the row store', 'start', 'preparing'],
      ['sorting, weights, indicators', 'preparing', 'writing'],
      ['streaming the Data sheet', 'writing', at.labels ? 'labels' : 'finishing'],
      ...(at.labels ? [['streaming the Labels sheet', 'labels', 'finishing'] as [string, string, string]] : []),
      ['small sheets, shared strings, ZIP assembly, transfer', 'finishing', 'saving'],
      ['the file in the window (host save)', 'saving', 'end'],
    ];
    for (const [label, from, to] of steps) {
      const a = at[from];
      const b = at[to];
      if (a === undefined || b === undefined) continue;
      const inStep = both.page.samples.filter((s) => s.at >= a && s.at <= b + 50);
      const peak = Math.max(...inStep.map((s) => s.rssMB));
      report(`  peak while ${label}`, `${peak.toFixed(1)} (+${(peak - both.page.baseMB).toFixed(1)})`, 'MB');
      // The JS heaps (used / committed) and ArrayBuffers of each isolate, at their peak in the step.
      const isolates = new Map<string, [number, number, number]>();
      for (const h of heapSamples.filter((h) => h.at >= a && h.at <= b + 100)) {
        for (const [name, u] of Object.entries(h.isolates)) {
          const cur = isolates.get(name) ?? [0, 0, 0];
          isolates.set(name, [Math.max(cur[0], u.usedMB), Math.max(cur[1], u.totalMB), Math.max(cur[2], u.buffersMB)]);
        }
      }
      for (const [name, [used, total, buffers]] of isolates) {
        report(`      ${name}: heap used / committed, ArrayBuffers`, `${used.toFixed(0)} / ${total.toFixed(0)}, ${buffers.toFixed(0)}`, 'MB');
      }
    }
    report('main-thread JS heap peak (performance.memory)', both.result.mainHeapPeakMB, 'MB');
    report('longest main-thread task during export', both.result.longestTaskMs);
    report('main-thread long tasks (> 50 ms)', String(both.result.longTasks), '');
    report('longest gap of a 10 ms main-thread timer', both.result.maxTimerGapMs);
    if (withBareSheetJs) {
      const bare = await page.evaluate(() => (window as unknown as { benchExport: BenchExport }).benchExport.bareSheetJs(true));
      const bareRaw = await page.evaluate(() => (window as unknown as { benchExport: BenchExport }).benchExport.bareSheetJs(false));
      report(`bare SheetJS, Data ${bare.rows}×${bare.columns}, dense + write, compression on`, bare.ms);
      report('bare SheetJS, same, compression off', bareRaw.ms);
      report('overhead ratio: export codes only / bare SheetJS (compressed)', (codes.totalMs / bare.ms).toFixed(2), '×');
      report('overhead ratio: export codes + labels / bare SheetJS (compressed)', (both.result.totalMs / bare.ms).toFixed(2), '×');
    }
  } finally {
    await seeding.context.close().catch(() => undefined);
    await session?.context.close();
    removeProfile(profileDir);
  }
}

it('exports 10,000 responses', () => exportRun(10_000, true));

it('exports 100,000 responses', () => exportRun(100_000, false));

const CHILD = `
const XLSX = require(process.argv[1]);
const fs = require('fs');
const compression = process.argv[3] === 'true';
const rows = fs.readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean)
  .map((l) => JSON.parse(l, (k, v) => (v && typeof v === 'object' && '$d' in v ? new Date(v.$d) : v)));
const t0 = performance.now();
try {
  const ws = XLSX.utils.aoa_to_sheet(rows, { dense: true, cellDates: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Data');
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression });
  console.log(JSON.stringify({ ms: performance.now() - t0, bytes: out.byteLength, hwm: fs.readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\\s+(\\d+)/)[1] / 1024 }));
} catch (e) {
  console.log(JSON.stringify({ ms: performance.now() - t0, error: String(e && e.message || e) }));
}`;

it('bare SheetJS on the 100,000-response Data matrix (child Node process), and our writer on it', async () => {
  const q = loadBuiltinQuestionnaire();
  const base = generateResponses(q, 10_000).records;
  const collector = new DataRowCollector(q, { status: 'all', dateField: 'created' });
  for (let k = 0; k < 10; k++) collector.add(base.map((r, i) => ({ ...r, id: `${k}-${r.id}`, key: `${k}${r.key}`, createdAt: new Date(Date.UTC(2026, 0, 1) + (k * 10_000 + i) * 60_000).toISOString() })));
  const collected = collector.finish(null);
  const { columns } = collected;
  const rows = Array.from({ length: collected.count }, (_, k) => collected.row(k));
  const header = columns.map((c) => c.name);
  const t0 = performance.now();
  const writer = new XlsxWriter(new Date());
  await writer.addSheet({ name: 'Data', header, rowCount: rows.length, rows });
  const ours = await writer.finish();
  const oursMs = performance.now() - t0;
  const file = join(tmpdir(), `bench-matrix-${process.pid}.jsonl`);
  const fd = openSync(file, 'w');
  const line = (r: readonly unknown[]) => `${JSON.stringify(r.map((v) => (v instanceof Date ? { $d: v.getTime() } : v)))}\n`;
  writeSync(fd, line(header));
  for (const row of rows) writeSync(fd, line(row));
  closeSync(fd);
  const xlsxPath = resolve(import.meta.dirname, '../node_modules/xlsx/xlsx.js');
  const child = (compression: boolean) => {
    try {
      const out = execFileSync(process.execPath, ['--max-old-space-size=16000', '-e', CHILD, xlsxPath, file, String(compression)], { timeout: 300_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number; bytes?: number; hwm?: number; error?: string };
    } catch (e) {
      return { ms: NaN, error: (e as Error).message.split('\n').find((l) => /heap|memory|string|killed|ETIMEDOUT/i.test(l)) ?? 'child process failed' };
    }
  };
  const bare = child(true);
  rmSync(file, { force: true });
  console.log(`\nData matrix ${rows.length.toLocaleString('en')} × ${header.length} (Node ${process.version})`);
  report('our streaming writer, Data sheet only', oursMs);
  report('our file size', ours.byteLength / 1e6, 'MB');
  report('bare SheetJS dense + write, compression on', bare.error ? `failed after ${(bare.ms / 1000).toFixed(1)} s: ${bare.error}` : bare.ms, bare.error ? '' : 'ms');
  if (!bare.error) {
    report('bare SheetJS peak RSS', bare.hwm ?? NaN, 'MB');
    report('writer ratio: ours / bare SheetJS', (oursMs / bare.ms).toFixed(2), '×');
  }
});
