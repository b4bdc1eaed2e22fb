/**
 * Tampering fixtures: the log is written through the repositories, then changed directly in
 * IndexedDB (the native API, bypassing Dexie and every repository). Verification names the right
 * entry every time; an untouched log verifies green.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../renderer/src/core/audit/audit-entry';
import { verifyIntegrity as verifyWhole, type GivenHead, type IntegrityReport } from '../../../renderer/src/db/audit-verification';
import { verifyInWorker } from '../../../renderer/src/db/audit-verify-client';
import { anna, carl, dora } from './db-test-support';
import { responseFixture, type ResponseFixture } from './response-fixture';
import { answerRequired } from './review-support';
import { flipChar } from '../audit/chain-fixture';

let f: ResponseFixture;
let log: AuditEntry[];
let responseId: string;

/** Runs `work` on a native readwrite transaction over `store`. */
function raw(store: 'audit' | 'responses', work: (s: IDBObjectStore) => void): Promise<void> {
  const tx = f.db.backendDB().transaction([store], 'readwrite');
  work(tx.objectStore(store));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const entry = (i: number): AuditEntry => log[i] as AuditEntry;

/** The report without when and how long. */
const findings = ({ ok, chains, responses }: IntegrityReport) => ({ ok, chains, responses });

/** Verifies as the app does, and again two entries a chunk: the same findings either way. */
async function verifyIntegrity(db: ResponseFixture['db'], given: GivenHead[] = []): Promise<IntegrityReport> {
  const report = await verifyWhole(db, given);
  expect(findings(await verifyWhole(db, given, { chunkSize: 2 }))).toEqual(findings(report));
  return report;
}

beforeEach(async () => {
  f = await responseFixture();
  responseId = (await f.responses.create(anna, f.q)).id;
  await answerRequired(f, responseId);
  await f.responses.commitAnswer(anna, responseId, 'employees', 12);
  await f.responses.markCompleted(anna, responseId);
  await f.review.reject(dora, responseId, 'Employees?', 'employees');
  await f.responses.commitAnswer(anna, responseId, 'employees', 21);
  await f.responses.markCompleted(anna, responseId);
  await f.review.approve(dora, responseId);
  log = await f.audit.all();
});
afterEach(() => f.db.close());

describe('verify integrity', () => {
  it('an untouched log verifies green, in the Worker wrapper too', async () => {
    expect(log).toHaveLength(9);
    const report = await verifyIntegrity(f.db);
    expect(report).toMatchObject({ ok: true, responses: { checked: 1, withoutHistory: 0, mismatches: [] } });
    expect(report.chains.devices).toEqual([expect.objectContaining({ entries: 9, verified: 9, break: null })]);
    expect((await verifyInWorker(f.db)).ok).toBe(true);
  });

  it('reads the log in chunks of any size and finds the same', async () => {
    const whole = findings(await verifyWhole(f.db));
    // 1: each entry its own chunk, so the reading waits for digests (at most three chunks outstanding).
    for (const size of [1, 2, 4, 9, 10]) expect(findings(await verifyWhole(f.db, [], { chunkSize: size }))).toEqual(whole);
    expect(whole.chains.entries).toBe(9);
  });

  it('names an entry whose value was changed in IndexedDB', async () => {
    await raw('audit', (s) => s.put({ ...entry(3), newValue: 13 }));
    const { ok, chains } = await verifyIntegrity(f.db);
    expect(ok).toBe(false);
    expect(chains.firstBreak).toMatchObject({ kind: 'hash-mismatch', entry: { seq: entry(3).seq, id: entry(3).id, deviceSeq: 4 } });
  });

  it('names a deleted entry', async () => {
    await raw('audit', (s) => s.delete(entry(5).seq as number));
    expect((await verifyIntegrity(f.db)).chains.firstBreak).toMatchObject({ kind: 'missing', expectedDeviceSeq: 6, entry: { deviceSeq: 7 } });
  });

  it('names two swapped entries', async () => {
    const [a, b] = [entry(2), entry(6)];
    await raw('audit', (s) => {
      s.delete(a.seq as number);
      s.delete(b.seq as number);
      s.put({ ...b, seq: a.seq });
      s.put({ ...a, seq: b.seq });
    });
    expect((await verifyIntegrity(f.db)).chains.firstBreak).toMatchObject({ kind: 'reordered', expectedDeviceSeq: 3, entry: { seq: a.seq, deviceSeq: 7 } });
  });

  it('names an entry with one character flipped, in its hash or in its reason', async () => {
    await raw('audit', (s) => s.put({ ...entry(7), hash: flipChar(entry(7).hash, 30) }));
    expect((await verifyIntegrity(f.db)).chains.firstBreak).toMatchObject({ kind: 'hash-mismatch', entry: { seq: entry(7).seq } });
    await raw('audit', (s) => s.put({ ...entry(7) }));
    await raw('audit', (s) => s.put({ ...entry(4), reason: 'Employees!' }));
    expect((await verifyIntegrity(f.db)).chains.firstBreak).toMatchObject({ kind: 'hash-mismatch', entry: { seq: entry(4).seq } });
  });

  it('names a response changed in IndexedDB without an audit entry', async () => {
    const stored = await f.responses.get(responseId);
    await raw('responses', (s) => s.put({ ...stored, answers: { ...stored?.answers, employees: 210 } }));
    const report = await verifyIntegrity(f.db);
    expect(report.ok).toBe(false);
    expect(report.chains.ok).toBe(true);
    expect(report.responses.mismatches).toEqual([expect.objectContaining({ key: stored?.key, field: 'employees', stored: 210, replayed: 21 })]);
  });

  it('names the last entries removed after an export recorded the chain head', async () => {
    await f.audit.recordExport(carl, { kind: 'workbook', fileName: 'barometer.xlsx', rows: 1 });
    const exported = await f.audit.heads();
    await f.responses.reopen(carl, responseId, 'Correction');
    const last = (await f.audit.all()).at(-1) as AuditEntry;
    await raw('audit', (s) => s.delete(last.seq as number));
    expect((await verifyIntegrity(f.db)).chains.heads).toEqual([expect.objectContaining({ status: 'ok' })]);
    // A head from the exported file itself, given by the auditor, catches the truncation.
    const given = { ...exported[0]!, deviceSeq: last.deviceSeq, hash: last.hash, source: 'barometer-2.xlsx' };
    const report = await verifyIntegrity(f.db, [given]);
    expect(report.ok).toBe(false);
    expect(report.chains.heads.at(-1)).toMatchObject({ status: 'missing' });
  });
});
