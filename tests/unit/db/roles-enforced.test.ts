/**
 * The roles table enforced where data is written: every repository action × every role, on a
 * response of Anna's (a surveyor) in the status that matters. A refusal writes nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Profile, ResponseStatus } from '../../../renderer/src/db/records';
import { anna, bo, carl, dora, rejectionOf } from './db-test-support';
import { responseFixture, type ResponseFixture } from './response-fixture';
import { answerRequired, responseIn } from './review-support';

async function readyDraft(f: ResponseFixture): Promise<string> {
  const { id } = await f.responses.create(anna, f.q);
  await answerRequired(f, id);
  return id;
}

type Expect = 'ok' | 'forbidden' | 'reason-required';
type Who = 'anna' | 'bo' | 'carl' | 'dora';
const PEOPLE: Record<Who, Profile> = { anna, bo, carl, dora };
type Run = (f: ResponseFixture, actor: Profile, id: string) => Promise<unknown>;
/** 'ready': a draft with every required answer, so it can be completed. */
type Case = [string, ResponseStatus | 'ready', Run, Record<Who, Expect>];

const e = (a: Expect, b: Expect, c: Expect, d: Expect): Record<Who, Expect> => ({ anna: a, bo: b, carl: c, dora: d });
const edit: Run = (f, actor, id) => f.responses.commitAnswer(actor, id, 'employees', 5);
const editWithReason: Run = (f, actor, id) => f.responses.commitAnswer(actor, id, 'employees', 5, 'Checked with the workplace');

const CASES: Case[] = [
  ['create a response', 'draft', (f, actor) => f.responses.create(actor, f.q), e('ok', 'ok', 'ok', 'forbidden')],
  ['edit a draft', 'draft', edit, e('ok', 'forbidden', 'reason-required', 'forbidden')],
  ['edit a rejected response', 'rejected', edit, e('ok', 'forbidden', 'reason-required', 'forbidden')],
  ['edit a completed response', 'completed', edit, e('forbidden', 'forbidden', 'reason-required', 'forbidden')],
  ['edit an approved response', 'approved', edit, e('forbidden', 'forbidden', 'reason-required', 'forbidden')],
  ['correct an approved response with a reason', 'approved', editWithReason, e('forbidden', 'forbidden', 'ok', 'forbidden')],
  ['complete a draft', 'ready', (f, a, id) => f.responses.markCompleted(a, id), e('ok', 'forbidden', 'ok', 'forbidden')],
  ['complete a rejected response', 'rejected', (f, a, id) => f.responses.markCompleted(a, id), e('ok', 'forbidden', 'ok', 'forbidden')],
  ['reopen a completed response', 'completed', (f, a, id) => f.responses.reopen(a, id), e('ok', 'forbidden', 'reason-required', 'forbidden')],
  ['reopen an approved response', 'approved', (f, a, id) => f.responses.reopen(a, id, 'Late correction from the workplace'), e('forbidden', 'forbidden', 'ok', 'forbidden')],
  ['approve', 'completed', (f, a, id) => f.review.approve(a, id), e('forbidden', 'forbidden', 'forbidden', 'ok')],
  ['approve a draft', 'draft', (f, a, id) => f.review.approve(a, id), e('forbidden', 'forbidden', 'forbidden', 'forbidden')],
  ['reject with a comment', 'completed', (f, a, id) => f.review.reject(a, id, 'The name is incomplete'), e('forbidden', 'forbidden', 'forbidden', 'ok')],
  ['reject without a comment', 'completed', (f, a, id) => f.review.reject(a, id, '  '), e('forbidden', 'forbidden', 'forbidden', 'reason-required')],
  ['bulk approve', 'completed', (f, a) => f.review.bulkApprove(a, { statuses: ['completed'] }), e('forbidden', 'forbidden', 'forbidden', 'ok')],
  ['comment', 'completed', (f, a, id) => f.comments.add(a, id, 'See question A3'), e('ok', 'forbidden', 'ok', 'ok')],
  ['delete a draft', 'draft', (f, a, id) => f.responses.softDelete(a, id), e('ok', 'forbidden', 'reason-required', 'forbidden')],
  ['delete a completed response', 'completed', (f, a, id) => f.responses.softDelete(a, id, 'Entered twice'), e('forbidden', 'forbidden', 'ok', 'forbidden')],
  ['export data', 'draft', (f, a) => f.audit.recordExport(a, { kind: 'workbook', fileName: 'x.xlsx', rows: 1 }), e('forbidden', 'forbidden', 'ok', 'forbidden')],
  ['export the audit log', 'draft', (f, a) => f.audit.recordExport(a, { kind: 'audit', fileName: 'a.xlsx', rows: 1 }), e('forbidden', 'forbidden', 'ok', 'ok')],
  ['export the data-quality report', 'draft', (f, a) => f.audit.recordExport(a, { kind: 'quality', fileName: 'q.xlsx', rows: 1 }), e('forbidden', 'forbidden', 'ok', 'ok')],
];

describe('permissions enforced by the repositories', () => {
  const tests = CASES.flatMap(([label, status, run, expected]) =>
    (Object.keys(PEOPLE) as Who[]).map((who) => [`${label} · ${PEOPLE[who].role} ${who}`, status, run, who, expected[who]] as const),
  );

  it.each(tests)('%s → %s', async (_label, status, run, who, expected) => {
    const f = await responseFixture();
    try {
      const id = status === 'ready' ? await readyDraft(f) : await responseIn(f, status);
      const before = { response: await f.responses.get(id), entries: await f.audit.count(), comments: await f.db.comments.count() };
      const attempt = run(f, PEOPLE[who], id);
      if (expected === 'ok') {
        await attempt;
        expect(await f.audit.count()).toBeGreaterThan(before.entries);
        return;
      }
      const error = await rejectionOf(attempt);
      expect(error).toMatchObject({ name: 'StoreError', code: expected });
      expect((error as Error).message.length).toBeGreaterThan(10);
      expect(await f.responses.get(id)).toEqual(before.response);
      expect(await f.audit.count()).toBe(before.entries);
      expect(await f.db.comments.count()).toBe(before.comments);
    } finally {
      f.db.close();
    }
  });

  it('uses the stored role, not the one the caller claims', async () => {
    const f = await responseFixture();
    const id = await responseIn(f, 'completed');
    const forged: Profile = { ...anna, role: 'auditor' };
    expect(await rejectionOf(f.review.approve(forged, id))).toMatchObject({ code: 'forbidden' });
    const stranger: Profile = { ...dora, id: 'not-on-this-device' };
    expect(await rejectionOf(f.review.approve(stranger, id))).toMatchObject({ code: 'forbidden', message: /not on this device/ });
    f.db.close();
  });
});
