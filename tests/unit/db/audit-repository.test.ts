import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../renderer/src/core/audit/audit-entry';
import { entryHash } from '../../../renderer/src/core/audit/entry-hash';
import { headsIn } from '../../../renderer/src/core/audit/recorded-heads';
import type { AuditRepository } from '../../../renderer/src/db/audit-repository';
import { AuditRepository as AuditRepositoryClass } from '../../../renderer/src/db/audit-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import type { ResponseRepository } from '../../../renderer/src/db/response-repository';
import type { Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import { anna, carl, dora, rejectionOf } from './db-test-support';
import { responseFixture } from './response-fixture';

let db: BarometerDb;
let q: Questionnaire;
let responses: ResponseRepository;
let audit: AuditRepository;

beforeEach(async () => {
  ({ db, q, responses, audit } = await responseFixture());
});
afterEach(() => db.close());

describe('the audit log', () => {
  it('is read in the order it was written, per response and in all', async () => {
    const a = await responses.create(anna, q);
    const b = await responses.create(anna, q);
    await responses.commitAnswer(anna, a.id, 'employees', 1);
    await responses.commitAnswer(anna, b.id, 'employees', 2);
    await responses.commitAnswer(anna, a.id, 'employees', 3);

    const all = await audit.all();
    expect(all).toHaveLength(5);
    expect(await audit.count()).toBe(5);
    const seqs = all.map((e) => e.seq ?? 0);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(all.map((e) => e.id)).size).toBe(5);
    expect(all.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);

    const forA = await audit.forResponse(a.id);
    expect(forA.map((e) => e.newValue)).toEqual([null, 1, 3]);
  });

  it('chains every entry to the one before it on this device, 1, 2, 3, …', async () => {
    const a = await responses.create(anna, q);
    await responses.commitAnswer(anna, a.id, 'employees', 1);
    await responses.commitAnswer(anna, a.id, 'employees', 2);
    const all = await audit.all();
    expect(all.map((e) => e.deviceSeq)).toEqual([1, 2, 3]);
    expect(all[0]?.prevHash).toBe(GENESIS_HASH);
    expect(all[1]?.prevHash).toBe(all[0]?.hash);
    expect(all[2]?.prevHash).toBe(all[1]?.hash);
    for (const e of all) expect(entryHash(e)).toBe(e.hash);
    expect(await audit.heads()).toEqual([{ deviceId: all[2]?.deviceId, deviceSeq: 3, hash: all[2]?.hash }]);
  });

  it('stays one unbroken chain when many actions run at once', async () => {
    const created = await Promise.all(Array.from({ length: 30 }, () => responses.create(anna, q)));
    await Promise.all(created.map((r, i) => responses.commitAnswer(anna, r.id, 'employees', i)));
    const all = await audit.all();
    expect(all.map((e) => e.deviceSeq)).toEqual(all.map((_, i) => i + 1));
    expect((await audit.verify()).ok).toBe(true);
  });

  it('offers no way to change or remove an entry', () => {
    const methods = Object.getOwnPropertyNames(AuditRepositoryClass.prototype).filter((m) => m !== 'constructor');
    expect(methods.sort()).toEqual(['all', 'count', 'forResponse', 'heads', 'recordExport', 'verify']);
    expect(methods.filter((m) => /update|put|delete|remove|clear|modify|edit|replace/i.test(m))).toEqual([]);
  });
});

describe('recording an export', () => {
  it('a coordinator’s export is an entry with the file and the chain heads it was taken at', async () => {
    await responses.create(anna, q);
    const headsBefore = await audit.heads();
    const entry = await audit.recordExport(carl, { kind: 'workbook', fileName: 'barometer.xlsx', rows: 1, sheets: ['Data', 'Audit'] });
    expect(entry).toMatchObject({ action: 'export', actorName: carl.name, actorRole: 'coordinator', deviceSeq: 2 });
    expect(entry.details).toMatchObject({ kind: 'workbook', fileName: 'barometer.xlsx', rows: 1, sheets: ['Data', 'Audit'] });
    expect(headsIn(entry.details)).toEqual(headsBefore);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('an auditor may export the audit log but not the data; a surveyor neither', async () => {
    await audit.recordExport(dora, { kind: 'audit', fileName: 'audit.xlsx', rows: 0 });
    expect(await rejectionOf(audit.recordExport(dora, { kind: 'workbook', fileName: null, rows: 0 }))).toMatchObject({ code: 'forbidden' });
    expect(await rejectionOf(audit.recordExport(anna, { kind: 'audit', fileName: null, rows: 0 }))).toMatchObject({ code: 'forbidden' });
    expect(await audit.count()).toBe(1);
  });
});
