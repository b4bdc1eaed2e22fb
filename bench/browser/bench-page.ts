/**
 * Benchmark page: runs in Chromium with real IndexedDB (strict durability), on the same origin as
 * the app, driven by bench/*.bench-run.ts through Playwright.
 */
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import { openBarometerDb } from '../../renderer/src/db/database';
import { ProfileRepository } from '../../renderer/src/db/profile-repository';
import { ResponseRepository } from '../../renderer/src/db/response-repository';
import { SettingsRepository } from '../../renderer/src/db/settings-repository';
import { seedResponses } from '../../renderer/src/db/seed-responses';
import { generateResponses } from '../../tests/fixtures/generate-responses';
import { deleteDatabase } from './delete-database';

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

function stats(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN };
}

/** Long tasks on the main thread while `work` runs (the "no input blocked over 50 ms" aim). */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number; longTasks: number }> {
  let longest = 0;
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longest = Math.max(longest, e.duration);
      count++;
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await work();
  observer.disconnect();
  return { result, longestTaskMs: longest, longTasks: count };
}

/** Seeds `count` responses into the app's database, with an active profile, as the app would see them. */
async function seedApp(count: number): Promise<{ seedMs: number }> {
  await deleteDatabase('barometer-entry');
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb();
  const profile = await new ProfileRepository(db).create({ name: 'Bench Surveyor', initials: 'BS' });
  await new SettingsRepository(db).set('activeProfileId', profile.id);
  const generated = generateResponses(q, count);
  const t0 = performance.now();
  await seedResponses(db, generated.records, generated.summaries);
  const seedMs = performance.now() - t0;
  db.close();
  return { seedMs };
}

/** Commits `n` answers through the repository (answer + summary + audit in one strict transaction). */
async function commitAnswers(n: number) {
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb();
  const profile = (await new ProfileRepository(db).list())[0];
  if (!profile) throw new Error('seed first');
  const repo = new ResponseRepository(db, () => q);
  const response = await repo.create(profile, q);
  const samples: number[] = [];
  const measured = await withLongTasks(async () => {
    for (let i = 0; i < n; i++) {
      const field = i % 2 === 0 ? 'workplace_name' : 'innov_product';
      const value = i % 2 === 0 ? `Plejecenter Solsikken ${i}` : i % 4 === 1 ? 'yes' : 'no';
      const t = performance.now();
      await repo.commitAnswer(profile, response.id, field, value);
      samples.push(performance.now() - t);
    }
  });
  const record = await repo.get(response.id);
  db.close();
  return { ...stats(samples), recordBytes: JSON.stringify(record).length, longestTaskMs: measured.longestTaskMs };
}

/** A bare IndexedDB put of a record of `bytes` bytes, strict durability, awaited to completion. */
async function rawPuts(n: number, bytes: number) {
  await deleteDatabase('bench-raw');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('bench-raw', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('r', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const payload = 'x'.repeat(Math.max(0, bytes - 40));
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('r', 'readwrite', { durability: 'strict' });
      tx.objectStore('r').put({ id: 'same', i, payload });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    samples.push(performance.now() - t);
  }
  db.close();
  return stats(samples);
}

const api = { seedApp, commitAnswers, rawPuts };
declare global {
  interface Window {
    bench?: typeof api;
  }
}
window.bench = api;
document.getElementById('status')!.textContent = 'ready';

// ---- Export benchmark (bench/export.bench-run.ts): the real export path, Worker included ----
import { utils as xlsxUtils, write as xlsxWrite } from 'xlsx';
import { DataRowCollector } from '../../renderer/src/core/export/workbook-rows';
import type { ExportProgress } from '../../renderer/src/core/export/workbook-export';
import { ok } from '../../renderer/src/core/result';
import { liveResponsePages } from '../../renderer/src/db/response-pages';
import { exportResponses, type ExportServices } from '../../renderer/src/features/export/export-responses';
import { createExportWorker } from '../../renderer/src/features/export/export-services';
import { APP_VERSION } from '../../renderer/src/host/app-version';

const DISTINCT = 10_000;

/**
 * Seeds `count` responses: 10,000 distinct generated ones (answers follow the routing), repeated
 * with new UUIDs, keys and times past 10,000 (generating costs ~0.3 ms a response).
 */
async function seedExport(count: number): Promise<{ seedMs: number }> {
  await deleteDatabase('barometer-entry');
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb();
  const profile = await new ProfileRepository(db).create({ name: 'Bench Coordinator', initials: 'BC' });
  await new SettingsRepository(db).set('activeProfileId', profile.id);
  const base = generateResponses(q, Math.min(count, DISTINCT));
  const start = Date.UTC(2026, 0, 1);
  const t0 = performance.now();
  for (let from = 0; from < count; from += DISTINCT) {
    const n = Math.min(DISTINCT, count - from);
    const records = base.records.slice(0, n).map((r, i) => {
      const at = new Date(start + (from + i) * 60_000).toISOString();
      return { ...r, id: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`, key: `B${String(from + i).padStart(7, '0')}`, createdAt: at, updatedAt: at };
    });
    const summaries = records.map((r, i) => ({ ...base.summaries[i], id: r.id, key: r.key, createdAt: r.createdAt, updatedAt: r.updatedAt }) as (typeof base.summaries)[number]);
    await seedResponses(db, records, summaries);
  }
  db.close();
  return { seedMs: performance.now() - t0 };
}

/** Runs the app's export (the Worker reads the store and builds the workbook) with a host that only counts the bytes. */
async function runExport(content: 'both' | 'codes') {
  let bytes = 0;
  const services: ExportServices = {
    questionnaire: loadBuiltinQuestionnaire(),
    host: { saveFile: async (name, _kind, data) => ((phaseAt.saving = Date.now()), (bytes = data.byteLength), ok({ saved: true, fileName: name })) },
    dbName: 'barometer-entry',
    selectionFacts: async function* () {},
    population: async () => null,
    exportedBy: 'Bench Coordinator (BC)',
    appVersion: APP_VERSION,
    createWorker: createExportWorker,
  };
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  let heapPeak = memory?.usedJSHeapSize ?? 0;
  const phases: Record<string, number> = {};
  /** When each phase began (Date.now(), to line up with the RSS samples taken outside the page). */
  const phaseAt: Record<string, number> = { start: Date.now() };
  let maxGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 10);
  const t0 = performance.now();
  const measured = await withLongTasks(() =>
    exportResponses(services, { selection: { status: 'all', dateField: 'created' }, content, labelLanguage: 'da', includeAudit: false }, {
      onProgress: (p: ExportProgress) => {
        phases[p.phase] ??= performance.now() - t0;
        phaseAt[p.phase] ??= Date.now();
        // With codes and labels, the second half of writing is the Labels sheet.
        if (p.phase === 'writing' && content === 'both' && p.fraction >= 0.5) phaseAt.labels ??= Date.now();
        heapPeak = Math.max(heapPeak, memory?.usedJSHeapSize ?? 0);
      },
    }),
  );
  const totalMs = performance.now() - t0;
  phaseAt.end = Date.now();
  clearInterval(ticker);
  const outcome = measured.result;
  return {
    totalMs, phases, phaseAt, bytes, outcome: outcome.kind, rows: outcome.kind === 'saved' ? outcome.count : 0,
    longestTaskMs: measured.longestTaskMs, longTasks: measured.longTasks, maxTimerGapMs: maxGap, mainHeapPeakMB: heapPeak / 1e6,
  };
}

/** The Data sheet's matrix (the same cells the export writes), then a bare SheetJS write of it: dense aoa_to_sheet + write. */
async function bareSheetJs(compression: boolean) {
  const db = await openBarometerDb();
  const collector = new DataRowCollector(loadBuiltinQuestionnaire(), { status: 'all', dateField: 'created' });
  for await (const page of liveResponsePages(db)) collector.add(page);
  db.close();
  const collected = collector.finish(null);
  const rows = Array.from({ length: collected.count }, (_, k) => collected.row(k));
  const columns = collected.columns;
  const matrix = [columns.map((c) => c.name), ...rows];
  const t0 = performance.now();
  const sheet = xlsxUtils.aoa_to_sheet(matrix, { dense: true, cellDates: true } as Parameters<typeof xlsxUtils.aoa_to_sheet>[1]);
  const book = xlsxUtils.book_new();
  xlsxUtils.book_append_sheet(book, sheet, 'Data');
  const out = xlsxWrite(book, { type: 'array', bookType: 'xlsx', compression }) as ArrayBuffer;
  return { ms: performance.now() - t0, bytes: out.byteLength, rows: rows.length, columns: columns.length };
}

(window as unknown as { benchExport: unknown }).benchExport = { seedExport, runExport, bareSheetJs };

// ---- Audit verification benchmark (bench/audit-verify.bench-run.ts) ----
import './audit-verify-bench';
import './exchange-bench';
import './zip-bench';
import './fieldwork-bench';
import './commit-breakdown-bench';
