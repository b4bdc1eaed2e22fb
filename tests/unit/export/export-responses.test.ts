/**
 * The export run from the window's side, through the Worker protocol (the Worker's own logic run in
 * process on a stand-in store, messages structured-cloned as a real Worker would): progress, Cancel
 * (nothing saved, the Worker terminated), failures, and the words the user reads.
 */
import { inflateRawSync } from 'node:zlib';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ExportProgress } from '../../../renderer/src/core/export/workbook-export';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { err, ok, type Result } from '../../../renderer/src/core/result';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { exportMessage } from '../../../renderer/src/features/export/export-message';
import type { ExportWorkerLike, FromWorker, ToWorker } from '../../../renderer/src/features/export/export-protocol';
import { exportResponses, type ExportChoice, type ExportOutcome, type ExportServices } from '../../../renderer/src/features/export/export-responses';
import { exportJobHandler, type OpenRecordSource } from '../../../renderer/src/features/export/export-worker-core';
import { selectionFacts } from '../../../renderer/src/core/export/selection';
import { exportStrings } from '../../../renderer/src/features/export/strings';
import type { SavedFile } from '../../../renderer/src/host/host';
import { generateResponses } from '../../fixtures/generate-responses';
import { zipEntries } from './zip-reader';
import { rowsOf } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();
const now = new Date(2026, 10, 26, 23, 10);
const records = generateResponses(q, 60, 5).records;
const completed = records.filter((r) => r.status === 'completed').length;

/** The Worker's code, in process: every message is cloned and delivered on a later task, as across threads. */
class InProcessWorker implements ExportWorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly handle: (m: ToWorker) => Promise<void>;
  constructor(source: OpenRecordSource) {
    this.handle = exportJobHandler((m) => {
      if (!this.terminated) setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>));
    }, source);
  }
  postMessage(message: ToWorker): void {
    if (!this.terminated) setTimeout(() => void this.handle(structuredClone(message)));
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** The store as the Worker reads it: pages of 25 (a clone each, as IndexedDB gives), closed at the end. */
function storeOf(list: readonly ResponseRecord[], closed: string[]): OpenRecordSource {
  return async (dbName) => ({
    total: list.length,
    pages: (async function* () {
      for (let i = 0; i < list.length; i += 25) {
        await new Promise((r) => setTimeout(r));
        yield structuredClone(list.slice(i, i + 25));
      }
    })(),
    close: () => closed.push(dbName),
  });
}

interface Harness {
  services: ExportServices;
  saved: { name: string; data: Uint8Array }[];
  workers: InProcessWorker[];
  closed: string[];
}

function harness(answer: (name: string) => Result<SavedFile> = (name) => ok({ saved: true, fileName: name }), source?: OpenRecordSource): Harness {
  const saved: Harness['saved'] = [];
  const workers: InProcessWorker[] = [];
  const closed: string[] = [];
  const services: ExportServices = {
    questionnaire: q,
    host: {
      saveFile: async (name, _kind, data) => {
        saved.push({ name, data });
        return answer(name);
      },
    },
    dbName: 'barometer-test',
    async *selectionFacts() {
      yield records.map((r) => selectionFacts(r));
    },
    population: async () => null,
    exportedBy: 'Mette Hansen (MH)',
    appVersion: '0.1.0',
    createWorker: () => {
      const w = new InProcessWorker(source ?? storeOf(records, closed));
      workers.push(w);
      return w;
    },
  };
  return { services, saved, workers, closed };
}

const choice: ExportChoice = { selection: { status: 'completed', dateField: 'created' }, content: 'both', labelLanguage: 'da', includeAudit: false };

describe('exportResponses', () => {
  it('exports the selected responses through the Worker and saves the workbook under the suggested name', async () => {
    const { services, saved, workers, closed } = harness();
    const phases: ExportProgress['phase'][] = [];
    const outcome = await exportResponses(services, choice, { now, onProgress: (p) => phases.push(p.phase) });
    expect(outcome).toEqual({ kind: 'saved', count: completed, fileName: 'innovationsbarometer-2026-11-26T2310.xlsx', truncated: [], weighted: false });
    expect(saved).toHaveLength(1);
    const book = XLSX.read(saved[0]?.data, { type: 'array' });
    expect(book.SheetNames).toEqual(['Data', 'Labels', 'Codebook', 'Indicators', 'Weights', 'About']);
    expect(rowsOf(book, 'Data').slice(1).map((r) => r[2])).toEqual(Array(completed).fill('completed'));
    expect(rowsOf(book, 'About').find((r) => r[0] === 'Besvarelser på computeren (ikke slettede)')?.[1]).toBe(records.length);
    expect([...new Set(phases)]).toEqual(['reading', 'preparing', 'writing', 'finishing']);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(closed).toEqual(['barometer-test']); // the Worker read the named store and closed it
  });

  it('writes nothing when cancelled while the Worker builds the workbook: no save, the Worker terminated', async () => {
    const { services, saved, workers } = harness();
    const controller = new AbortController();
    const outcome = await exportResponses(services, { ...choice, selection: { status: 'all', dateField: 'created' } }, {
      signal: controller.signal,
      onProgress: (p) => p.phase === 'preparing' && controller.abort(),
    });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(saved).toEqual([]);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('writes nothing when cancelled while reading, or before it starts', async () => {
    const reading = harness();
    const controller = new AbortController();
    // (Reading progress comes page by page from the Worker.)
    const outcome = await exportResponses(reading.services, choice, { signal: controller.signal, onProgress: (p) => p.phase === 'reading' && p.fraction > 0.3 && controller.abort() });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(reading.saved).toEqual([]);
    const early = harness();
    expect(await exportResponses(early.services, choice, { signal: AbortSignal.abort() })).toEqual({ kind: 'cancelled' });
    expect(early.workers).toEqual([]);
  });

  it('reports a cancelled save dialog, a host error, a store error and a Worker error', async () => {
    expect(await exportResponses(harness(() => ok({ saved: false })).services, choice, { now })).toEqual({ kind: 'cancelled' });
    expect(await exportResponses(harness(() => err('Disk full')).services, choice, { now })).toEqual({ kind: 'failed', message: 'Disk full' });
    const closed: string[] = [];
    const failing: OpenRecordSource = async () => ({
      total: 10,
      pages: (async function* () {
        yield* [];
        throw new Error('IndexedDB closed');
      })(),
      close: () => closed.push('closed'),
    });
    const broken = harness(undefined, failing);
    expect(await exportResponses(broken.services, choice)).toEqual({ kind: 'failed', message: 'IndexedDB closed' });
    expect(broken.workers[0]?.terminated).toBe(true);
    expect(closed).toEqual(['closed']);
    const wrongForm = harness();
    wrongForm.services.questionnaire = { ...q, def: { ...q.def, sections: [] } };
    const outcome = await exportResponses(wrongForm.services, choice);
    expect(outcome.kind).toBe('failed');
    expect(wrongForm.saved).toEqual([]);
  });
});

describe('exportMessage and the export strings', () => {
  const t = i18next.createInstance();
  const ready = t.init({
    lng: 'da',
    fallbackLng: false,
    resources: { da: { export: exportStrings.da }, en: { export: exportStrings.en } },
    defaultNS: 'export',
    interpolation: { escapeValue: false },
  });

  async function say(outcome: ExportOutcome | 'working', lang: 'da' | 'en'): Promise<string> {
    await ready;
    await t.changeLanguage(lang);
    // A standalone i18next instance over the export strings alone (not the app's typed one).
    const translate = t.t as unknown as (key: string, values: Record<string, unknown>) => string;
    return exportMessage(outcome, lang).lines.map((l) => translate(l.key, l.values ?? {})).join(' ');
  }

  const saved = (count: number, truncated = 0, weighted = true): ExportOutcome => ({
    kind: 'saved',
    count,
    fileName: 'x.xlsx',
    weighted,
    truncated: Array.from({ length: truncated }, (_, i) => ({ key: `K${i}`, uuid: `u${i}`, column: 'comment', originalLength: 40_000 })),
  });

  it('has the same keys in Danish and English', () => {
    expect(Object.keys(exportStrings.da).sort()).toEqual(Object.keys(exportStrings.en).sort());
    expect(exportStrings.da.button).toBe('Eksportér til Excel');
    expect(exportStrings.en.button).toBe('Export to Excel');
  });

  it('says how many responses were exported, and whether the figures are weighted, in both languages', async () => {
    expect(await say(saved(1234), 'da')).toBe('1.234 besvarelser er eksporteret til x.xlsx.');
    expect(await say(saved(1), 'en')).toBe('Exported 1 response to x.xlsx.');
    expect(await say(saved(2, 0, false), 'en')).toBe('Exported 2 responses to x.xlsx. The figures are unweighted: there is no population table.');
    expect(exportMessage(saved(2), 'da').tone).toBe('success');
  });

  it('warns about cut texts, naming the first few', async () => {
    const text = await say(saved(9, 7), 'en');
    expect(text).toContain('7 texts were longer than the 32,767 characters');
    expect(text).toContain('K0 comment, K1 comment, K2 comment, K3 comment, K4 comment, …');
    expect(exportMessage(saved(9, 7), 'en').tone).toBe('warning');
  });

  it('words every other outcome without leaving a key or placeholder behind', async () => {
    const others: (ExportOutcome | 'working')[] = ['working', { kind: 'cancelled' }, { kind: 'too-large', bytes: 250_000_000, limit: 209_715_200 }, { kind: 'failed', message: 'Disk full' }];
    for (const lang of ['da', 'en'] as const) {
      for (const outcome of others) expect(await say(outcome, lang), JSON.stringify(outcome)).not.toMatch(/{{|}}|^[a-zA-Z]+$/);
    }
    expect(await say({ kind: 'cancelled' }, 'da')).toBe('Eksporten blev annulleret. Der er ikke gemt nogen fil.');
    expect(await say({ kind: 'too-large', bytes: 250_000_000, limit: 209_715_200 }, 'en')).toContain('250 MB');
  });
});

describe('the statistics-package format', () => {
  it('goes through the same Worker and save path: a .zip of kind "statistics", recorded in the audit log', async () => {
    const { services, saved } = harness();
    const kinds: string[] = [];
    const recorded: unknown[] = [];
    const host = services.host;
    const withKinds: ExportServices = {
      ...services,
      host: { saveFile: (name, kind, data) => (kinds.push(kind), host.saveFile(name, kind, data)) },
      recordExport: async (details) => recorded.push(details),
    };
    const outcome = await exportResponses(withKinds, { ...choice, format: 'statistics' }, { now });
    expect(outcome).toMatchObject({ kind: 'saved', count: completed, fileName: 'innovationsbarometer-2026-11-26T2310.zip' });
    expect(kinds).toEqual(['statistics']);
    expect(saved[0]?.name).toBe('innovationsbarometer-2026-11-26T2310.zip');
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'statistics', fileName: 'innovationsbarometer-2026-11-26T2310.zip', rows: completed, sheets: ['innovationsbarometer.csv', 'innovationsbarometer.sps', 'innovationsbarometer.do', 'innovationsbarometer.dta', 'variables.csv', 'innovationsbarometer.xml'] }),
    ]);
    // A zip (PK signature), not a workbook.
    expect([...(saved[0]?.data.subarray(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
  });

  it('carries "free text without -99" to the Worker: the syntax files say how text columns are coded', async () => {
    const sps = async (plainText: boolean) => {
      const { services, saved } = harness();
      await exportResponses(services, { ...choice, format: 'statistics', plainText }, { now });
      const entry = zipEntries(saved[0]?.data ?? new Uint8Array()).get('innovationsbarometer.sps');
      return entry ? new TextDecoder().decode(inflateRawSync(entry.data)) : '';
    };
    expect(await sps(true)).toContain('Free-text columns: empty = not answered or skipped. Other text columns: "-99" = not answered, empty = skipped.');
    expect(await sps(false)).toContain('Text columns: "-99" = not answered, empty = skipped.');
  });
});
