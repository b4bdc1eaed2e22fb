import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import type { AuditRepository } from '../../../renderer/src/db/audit-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import type { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { anna, carl, rejectionOf } from './db-test-support';
import { responseFixture } from './response-fixture';

let db: BarometerDb;
let q: Questionnaire;
let responses: ResponseRepository;
let audit: AuditRepository;

beforeEach(async () => {
  ({ db, q, responses, audit } = await responseFixture());
});
afterEach(() => db.close());

describe('completing and reopening', () => {
  it('refuses "completed" while blocking problems remain, and lists them', async () => {
    const { id } = await responses.create(anna, q);
    const error = await rejectionOf(responses.markCompleted(anna, id));
    expect(error).toMatchObject({ code: 'blocking-problems' });
    const problems = (error as { problems: { variable: string }[] }).problems;
    expect(problems.map((p) => p.variable)).toEqual(expect.arrayContaining(['workplace_name', 'innovated']));
    expect((error as Error).message).toMatch(/workplace_name/);
    expect((await responses.get(id))?.status).toBe('draft');
  });

  it('a completed response is read-only until reopened', async () => {
    const { id } = await responses.create(anna, q);
    await responses.commitAnswer(anna, id, 'workplace_name', 'Aarhus Kommune');
    await responses.commitAnswer(anna, id, 'innovated', 'no');
    const completed = await responses.markCompleted(anna, id);
    expect(completed.status).toBe('completed');
    expect((await responses.listSummaries())[0]?.status).toBe('completed');

    const refused = await rejectionOf(responses.commitAnswer(anna, id, 'employees', 5));
    expect(refused).toMatchObject({ code: 'forbidden', message: 'The response is completed: reopen it to edit it.' });
    expect((await responses.get(id))?.answers).not.toHaveProperty('employees');

    await responses.reopen(anna, id);
    const edited = await responses.commitAnswer(anna, id, 'employees', 5);
    expect(edited).toMatchObject({ status: 'draft', answers: { employees: 5 } });

    const statusEntries = (await audit.forResponse(id)).filter((e) => e.action === 'status');
    expect(statusEntries.map((e) => [e.oldValue, e.newValue, e.actorName])).toEqual([
      ['draft', 'completed', anna.name],
      ['completed', 'draft', anna.name],
    ]);
  });

  it('setting the status it already has writes nothing', async () => {
    const { id } = await responses.create(anna, q);
    await responses.setStatus(anna, id, 'draft');
    expect(await audit.count()).toBe(1);
  });
});

describe('deleting and restoring', () => {
  it('hides a deleted response from the list and export, and brings it back on restore', async () => {
    const kept = await responses.create(anna, q);
    const removed = await responses.create(anna, q);

    const deleted = await responses.softDelete(anna, removed.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect((await responses.listSummaries()).map((s) => s.id)).toEqual([kept.id]);
    const withDeleted = await responses.listSummaries({ includeDeleted: true });
    expect(withDeleted.find((s) => s.id === removed.id)?.deleted).toBe(1);
    expect((await responses.allResponses()).map((r) => r.id)).toEqual([kept.id]);

    expect(await rejectionOf(responses.commitAnswer(anna, removed.id, 'employees', 1))).toMatchObject({ code: 'deleted' });
    expect(await rejectionOf(responses.markCompleted(anna, removed.id))).toMatchObject({ code: 'deleted' });

    const restored = await responses.restore(carl, removed.id, 'Deleted by mistake');
    expect(restored.deletedAt).toBeNull();
    expect((await responses.listSummaries()).map((s) => s.id).sort()).toEqual([kept.id, removed.id].sort());
    expect((await audit.forResponse(removed.id)).map((e) => [e.action, e.actorName])).toEqual([
      ['create', anna.name],
      ['delete', anna.name],
      ['restore', carl.name],
    ]);
  });

  it('deleting twice or restoring a live response writes nothing', async () => {
    const { id } = await responses.create(anna, q);
    await responses.restore(anna, id);
    await responses.softDelete(anna, id);
    await responses.softDelete(anna, id);
    expect((await audit.forResponse(id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});

describe('a read-only store', () => {
  it('refuses every response write with a clear message', async () => {
    const { id } = await responses.create(anna, q);
    db.markReadOnly('Made by a newer version of Barometer Entry.');
    const attempts = [
      responses.create(anna, q),
      responses.commitAnswer(anna, id, 'employees', 3),
      responses.markCompleted(anna, id),
      responses.reopen(anna, id),
      responses.softDelete(anna, id),
      responses.restore(anna, id),
    ];
    for (const attempt of attempts) {
      expect(await rejectionOf(attempt)).toMatchObject({ code: 'read-only', message: 'Made by a newer version of Barometer Entry.' });
    }
    expect(await responses.listSummaries()).toHaveLength(1);
    expect(await audit.count()).toBe(1);
  });
});
