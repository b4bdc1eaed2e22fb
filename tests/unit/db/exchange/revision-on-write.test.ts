/**
 * Every local change of a response extends its revision tree in the same transaction: create,
 * answer, complete, reopen, approve, reject, delete, restore. The tree's winner is always the
 * response as stored; a change refused writes no revision.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { winner, type RevisionTree } from '../../../../renderer/src/core/revisions';
import type { ResponseRecord } from '../../../../renderer/src/db/records';
import { anna, bo, carl, dora, rejectionOf } from '../db-test-support';
import { computer, type Computer } from './exchange-support';

async function treeOf(c: Computer, id: string): Promise<RevisionTree> {
  const row = await c.db.revisions.get(id);
  if (!row) throw new Error('no revision tree');
  return row.tree;
}

async function expectRecorded(c: Computer, record: ResponseRecord, generations: number, by: string): Promise<void> {
  const tree = await treeOf(c, record.id);
  expect(tree.nodes).toHaveLength(generations);
  expect(tree.contents).toHaveLength(1);
  expect(winner(tree)?.content).toEqual({
    answers: record.answers, status: record.status, deletedAt: record.deletedAt, updatedAt: record.updatedAt, updatedById: by, updatedByName: expect.any(String),
  });
}

describe('a revision for every local write', () => {
  it('records create, answers, status changes, review, delete and restore, each on top of the last', async () => {
    const c = await computer('revisions');
    let r = await c.responses.create(anna, c.q);
    await expectRecorded(c, r, 1, anna.id);
    r = await c.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    await expectRecorded(c, r, 2, anna.id);
    r = await c.responses.commitAnswer(anna, r.id, 'innovated', 'no');
    r = await c.responses.markCompleted(anna, r.id);
    await expectRecorded(c, r, 4, anna.id);
    r = await c.review.reject(dora, r.id, 'Please check the name');
    await expectRecorded(c, r, 5, dora.id);
    r = await c.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen på Åsen');
    r = await c.responses.markCompleted(anna, r.id);
    r = await c.review.approve(dora, r.id);
    await expectRecorded(c, r, 8, dora.id);
    r = await c.responses.softDelete(carl, r.id, 'Duplicate');
    await expectRecorded(c, r, 9, carl.id);
    r = await c.responses.restore(carl, r.id, 'Not a duplicate after all');
    await expectRecorded(c, r, 10, carl.id);
    const tree = await treeOf(c, r.id);
    // One line of history: each revision the parent of the next.
    expect(tree.nodes.filter((n) => n.parents.length === 0)).toHaveLength(1);
    expect(new Set(tree.nodes.flatMap((n) => n.parents)).size).toBe(9);
  });

  it('writes no revision for an unchanged answer or a refused change', async () => {
    const c = await computer('revisions-refused');
    const r = await c.responses.commitAnswer(anna, (await c.responses.create(anna, c.q)).id, 'employees', 5);
    const before = await treeOf(c, r.id);
    await c.responses.commitAnswer(anna, r.id, 'employees', 5);
    await rejectionOf(c.responses.commitAnswer(bo, r.id, 'employees', 6));
    await rejectionOf(c.responses.commitAnswer(anna, r.id, 'no_such_field', 6));
    expect(await treeOf(c, r.id)).toEqual(before);
  });
});
