import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditRepository } from '../../../renderer/src/db/audit-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { anna, openTestDb } from './db-test-support';
import { testQuestionnaire } from './test-questionnaire';

describe('the audit log', () => {
  let db: BarometerDb;
  beforeEach(async () => {
    db = await openTestDb('audit');
  });
  afterEach(() => db.close());

  it('is read in the order it was written, per response and in all', async () => {
    const q = testQuestionnaire();
    const responses = new ResponseRepository(db, () => q);
    const audit = new AuditRepository(db);
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

  it('offers no way to change or remove an entry', () => {
    const methods = Object.getOwnPropertyNames(AuditRepository.prototype).filter((m) => m !== 'constructor');
    expect(methods.sort()).toEqual(['all', 'count', 'forResponse']);
  });
});
