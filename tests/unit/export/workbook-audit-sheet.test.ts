/**
 * The barometer workbook with "include the audit log": the export Worker's own code (run in
 * process) reads the responses and the whole log from a real store (fake IndexedDB) and adds the
 * `Audit` sheet and the chain heads it was taken at; the saved export is recorded in the log with
 * those heads. Who may not export the log is refused before anything runs.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { headsIn } from '../../../renderer/src/core/audit/recorded-heads';
import { ok } from '../../../renderer/src/core/result';
import { openResponseSource } from '../../../renderer/src/db/response-pages';
import type { Profile } from '../../../renderer/src/db/records';
import { exportMessage } from '../../../renderer/src/features/export/export-message';
import type { ExportWorkerLike, FromWorker, ToWorker } from '../../../renderer/src/features/export/export-protocol';
import { exportResponses, type ExportChoice, type ExportServices } from '../../../renderer/src/features/export/export-responses';
import { exportJobHandler } from '../../../renderer/src/features/export/export-worker-core';
import { anna, carl, dora } from '../db/db-test-support';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { AuditRepository } from '../../../renderer/src/db/audit-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { openTestDb, storeProfiles } from '../db/db-test-support';
import { rowsOf } from './workbook-fixtures';

/** The Worker's code in process; messages cloned and delivered on a later task, as across threads. */
class InProcessWorker implements ExportWorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly handle = exportJobHandler((m) => {
    setTimeout(() => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>));
  }, openResponseSource);
  postMessage(message: ToWorker): void {
    setTimeout(() => void this.handle(structuredClone(message)));
  }
  terminate(): void {}
}

/** The built-in barometer (the workbook's indicators need its variables) over a fresh store. */
const q = loadBuiltinQuestionnaire();
let f: { db: BarometerDb; q: typeof q; responses: ResponseRepository; audit: AuditRepository };
let key = '';
beforeEach(async () => {
  const db = await openTestDb('workbook-audit');
  await storeProfiles(db);
  f = { db, q, responses: new ResponseRepository(db, () => q), audit: new AuditRepository(db) };
  const r = await f.responses.create(carl, f.q);
  key = r.key;
  await f.responses.commitAnswer(carl, r.id, 'workplace_name', '@SUM(A1:A2)');
  await f.responses.commitAnswer(carl, r.id, 'n_employees', 40);
});
afterEach(() => f.db.close());

const now = new Date(2026, 10, 27, 3, 5);
const withAudit: ExportChoice = { selection: { status: 'all', dateField: 'created' }, content: 'codes', labelLanguage: 'da', includeAudit: true };

function services(profile: Profile, saved: Uint8Array[], auditAllowed: boolean, workers: InProcessWorker[] = []): ExportServices {
  return {
    questionnaire: f.q,
    host: { saveFile: async (name, _kind, data) => (saved.push(data), ok({ saved: true, fileName: name })) },
    dbName: f.db.name,
    async *selectionFacts() {},
    population: async () => null,
    exportedBy: `${profile.name} (${profile.initials})`,
    appVersion: '0.1.0',
    createWorker: () => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    },
    auditAllowed,
    lang: 'da',
    recordExport: (details) => f.audit.recordExport(profile, details),
  };
}

describe('the Audit sheet of the barometer workbook', () => {
  it('holds every entry and the chain heads it was taken at; the export is recorded with them', async () => {
    const entries = await f.audit.all();
    const heads = await f.audit.heads();
    const saved: Uint8Array[] = [];
    const outcome = await exportResponses(services(carl, saved, true), withAudit, { now });
    expect(outcome).toMatchObject({ kind: 'saved', count: 1 });

    const book = XLSX.read(saved[0], { type: 'array' });
    expect(book.SheetNames).toEqual(['Data', 'Codebook', 'Indicators', 'Weights', 'About', 'Audit', 'Audit chain heads']);
    const audit = rowsOf(book, 'Audit');
    expect(audit[0]).toEqual(['seq', 'device', 'deviceSeq', 'time', 'actor', 'role', 'action', 'response', 'field', 'old', 'new', 'reason', 'hash']);
    expect(audit.slice(1).map((r) => r[12])).toEqual(entries.map((e) => e.hash));
    expect(audit.slice(1).map((r) => r[7])).toEqual(entries.map(() => key));
    expect(audit.find((r) => r[8] === 'workplace_name')?.[10]).toBe("'@SUM(A1:A2)"); // neutralised
    expect(rowsOf(book, 'Audit chain heads').slice(1)).toEqual(heads.map((h) => [h.deviceId, h.deviceSeq, h.hash, now.toISOString()]));
    expect(rowsOf(book, 'About').find((r) => r[0] === 'Revisionslog (Audit)')?.[1]).toBe('Med (arket Audit).');

    const recorded = (await f.audit.all()).at(-1);
    expect(recorded).toMatchObject({ action: 'export', actorId: carl.id, details: { kind: 'workbook', rows: 1 } });
    expect(headsIn(recorded?.details ?? null)).toEqual(heads);
    expect((await f.audit.verify()).ok).toBe(true);
  });

  it('is refused to whoever may not export the log, with a message, before any Worker runs', async () => {
    const saved: Uint8Array[] = [];
    const workers: InProcessWorker[] = [];
    const outcome = await exportResponses(services(anna, saved, false, workers), withAudit, { now });
    expect(outcome).toEqual({ kind: 'failed', message: 'Kun en revisor eller en koordinator kan gøre dette.' });
    expect(saved).toEqual([]);
    expect(workers).toEqual([]);
  });

  it('says so when the file is saved but the store refuses to record the export', async () => {
    // An auditor may export the log, but not the barometer's data: the store refuses the entry.
    const saved: Uint8Array[] = [];
    const outcome = await exportResponses(services(dora, saved, true), withAudit, { now });
    expect(outcome).toMatchObject({ kind: 'saved', notRecorded: 'Kun en koordinator kan gøre dette.' });
    expect(saved).toHaveLength(1);
    if (outcome.kind !== 'saved') throw new Error('not saved');
    const message = exportMessage(outcome, 'da');
    expect(message.tone).toBe('warning');
    expect(message.lines.map((l) => l.key)).toContain('notRecorded');
  });
});
