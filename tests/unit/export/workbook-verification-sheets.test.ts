/**
 * The workbook's verification facts, read by the export Worker's own code (in process) from a real
 * store (fake IndexedDB): the Data sheet's `verified` column (1 verified, 0 marked, empty not
 * marked), the Verification sheet (one row per marked response) and the Keyer statistics sheet.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { openResponseSource } from '../../../renderer/src/db/response-pages';
import { summarise } from '../../../renderer/src/db/response-summary';
import { seedResponses } from '../../../renderer/src/db/seed-responses';
import { VerificationRepository } from '../../../renderer/src/db/verification-repository';
import type { FromWorker } from '../../../renderer/src/features/export/export-protocol';
import { exportJobHandler } from '../../../renderer/src/features/export/export-worker-core';
import { anna, bo, carl, openTestDb, storeProfiles } from '../db/db-test-support';
import { record } from './fixtures';
import { rowsOf } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();
let db: BarometerDb;
let verification: VerificationRepository;

const first = { workplace_name: 'Skole Nord', n_employees: 25 };
const mine = (id: string, key: string) =>
  record(first, { id, key, questionnaireId: q.id, questionnaireVersion: q.version, createdById: anna.id, createdByName: anna.name });

beforeEach(async () => {
  db = await openTestDb('workbook-verification');
  await storeProfiles(db);
  const records = [mine('r-verified', 'AAA-111'), mine('r-marked', 'BBB-222'), mine('r-plain', 'CCC-333')];
  await seedResponses(db, records, records.map((r) => summarise(r, 0.1)));
  verification = new VerificationRepository(db, () => q);
});
afterEach(() => db.close());

async function exportBook(): Promise<XLSX.WorkBook> {
  const messages: FromWorker[] = [];
  const handle = exportJobHandler((m) => messages.push(m), openResponseSource);
  await handle({
    type: 'start',
    definition: q.def,
    dbName: db.name,
    request: {
      content: 'codes',
      labelLanguage: 'da',
      selection: { status: 'all', dateField: 'created' },
      population: null,
      exportedAt: new Date(2026, 11, 2, 16, 0),
      exportedBy: 'Carl Mørk (CM)',
      appVersion: '0.1.0',
    },
  });
  const done = messages.find((m) => m.type === 'done');
  if (!done || done.type !== 'done') throw new Error(`no workbook: ${JSON.stringify(messages.filter((m) => m.type === 'error'))}`);
  return XLSX.read(new Uint8Array(done.bytes), { type: 'array' });
}

describe('verification in the barometer workbook', () => {
  it('has no verification sheets while nothing is marked, even with keying counted', async () => {
    await verification.recordSession(anna, { id: 's-anna', mode: 'add', start: 0, end: 60_000, pauseMs: 0, keystrokes: 90, responseIds: ['r-plain'] });
    const book = await exportBook();
    expect(book.SheetNames).toEqual(['Data', 'Codebook', 'Indicators', 'Weights', 'About']);
    const data = rowsOf(book, 'Data');
    const at = (data[0] as string[]).indexOf('verified');
    expect(data.slice(1).map((r) => r[at] ?? null)).toEqual([null, null, null]);
  });

  it('writes the verified flag, one Verification row per marked response, and the keyer statistics', async () => {
    await verification.markByKeys(carl, ['AAA-111', 'BBB-222']);
    await verification.start(bo, 'r-verified', 'afterwards');
    await verification.keyAnswer(bo, 'r-verified', 'workplace_name', 'Skole Nord');
    await verification.keyAnswer(bo, 'r-verified', 'n_employees', 52);
    const keyed = await verification.finish(bo, 'r-verified', 's-bo');
    await verification.resolve(carl, 'r-verified', { n_employees: 'first' });
    // Bo keyed for 10 minutes without a pause: 300 keystrokes.
    const t0 = Date.UTC(2026, 11, 2, 9);
    await verification.recordSession(bo, { id: 's-bo', mode: 'verify', start: t0, end: t0 + 600_000, pauseMs: 0, keystrokes: 300, responseIds: ['r-verified'] });

    const book = await exportBook();
    expect(book.SheetNames).toEqual(['Data', 'Codebook', 'Indicators', 'Weights', 'Verification', 'Keyer statistics', 'About']);
    const data = rowsOf(book, 'Data');
    const header = data[0] as string[];
    const flag = Object.fromEntries(data.slice(1).map((r) => [r[header.indexOf('key')], r[header.indexOf('verified')] ?? null]));
    expect(flag).toEqual({ 'AAA-111': 1, 'BBB-222': 0, 'CCC-333': null });

    const sheet = rowsOf(book, 'Verification');
    const cols = sheet[0] as string[];
    const row = (key: string) => {
      const r = sheet.find((x) => x[0] === key) ?? [];
      return Object.fromEntries(cols.map((c, i) => [c, r[i] ?? null]));
    };
    expect(row('AAA-111')).toMatchObject({
      verified: 1, state: 'verified', selection: 'chosen', mode: 'afterwards', keyer: anna.name, verifier: bo.name,
      fields_compared: keyed.fieldsCompared, keyer_errors: 0, verifier_errors: 1, disagreements: 1,
      resolved_by: carl.name, resolutions: 'n_employees: first',
    });
    expect(row('BBB-222')).toMatchObject({ verified: 0, state: 'marked', fields_compared: null, disagreements: null });

    const stats = rowsOf(book, 'Keyer statistics');
    const scols = stats[0] as string[];
    const named = stats.slice(1).map((r) => Object.fromEntries(scols.map((c, i) => [c, r[i] ?? null])));
    // 300 keystrokes in 10 minutes = 1,800 an hour; 1 error per 300 keystrokes = 3.3 per 1,000;
    // the verifier error is 1 of the fields compared.
    const expected = {
      mode: 'verify', operator: bo.name, elapsed_min: 10, pause_min: 0, responses: 1, keystrokes: 300,
      keystrokes_per_hour: 1800, errors_per_1000_keystrokes: 3.3, keyer_error_pct: 0,
      verifier_error_pct: Math.round(1000 / keyed.fieldsCompared) / 10,
    };
    expect(named).toEqual([
      expect.objectContaining({ level: 'operator', ...expected, mode: 'all' }),
      expect.objectContaining({ level: 'session', ...expected }),
    ]);
  });
});
