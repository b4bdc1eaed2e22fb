/**
 * Two computers change the same responses offline: a coordinator importing their packages in any
 * order ends with the same state, sees the conflicts (deleted on one side and edited on the other
 * included), and resolves them field by field, audited.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { leaves } from '../../../../renderer/src/core/revisions';
import type { ImportFile } from '../../../../renderer/src/db/exchange-repository';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { isStoreError } from '../../../../renderer/src/db/store-error';
import { anna, bo, carl, rejectionOf } from '../db-test-support';
import { computer, digest, MERGED_TABLES, send } from './exchange-support';

const orders = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('merging diverged histories', () => {
  let packages: ImportFile[];
  let edited: string;
  let deleted: string;

  beforeAll(async () => {
    const laptop = await computer('merge-laptop');
    const hub = await computer('merge-hub');
    const r1 = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r1.id, 'workplace_name', 'Skolen');
    const r2 = await laptop.responses.create(anna, laptop.q);
    const first = await send(laptop, anna, 'all', 'first.barometer');
    await hub.exchange.importPackages(carl, [first]);
    // Offline on both sides: the coordinator corrects both responses, the surveyor edits one and deletes the other.
    await hub.responses.commitAnswer(carl, r1.id, 'workplace_name', 'Skolen på Åsen', 'Name from the register');
    await hub.responses.commitAnswer(carl, r2.id, 'employees', 40, 'Phoned the workplace');
    await laptop.responses.commitAnswer(anna, r1.id, 'workplace_name', 'Åsen Skole');
    await laptop.responses.softDelete(anna, r2.id);
    packages = [first, await send(laptop, anna, 'since-last', 'second.barometer'), await send(hub, carl, 'all', 'hub.barometer')];
    [edited, deleted] = [r1.id, r2.id];
  });

  it('ends in the same state whatever the import order, with both conflicts kept', async () => {
    const states = new Set<string>();
    for (const [index, order] of orders(packages).entries()) {
      const office = await computer(`merge-order-${index}`);
      const outcomes = await office.exchange.importPackages(carl, order);
      expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
      states.add(JSON.stringify(await digest(office.db, MERGED_TABLES)));
      expect((await office.exchange.conflicts()).map((c) => c.responseId).sort()).toEqual([edited, deleted].sort());
    }
    expect(states.size).toBe(1);
  });

  it('reports the conflicts it makes, and deleted-versus-edited is one of them', async () => {
    const office = await computer('merge-report');
    const [, , last] = await office.exchange.importPackages(carl, packages);
    expect(last).toMatchObject({ status: 'imported', report: { updated: 0, conflicts: 2, conflicted: 2 } });
    const detail = await office.exchange.conflictFor(deleted);
    const sides = leaves(detail?.tree ?? { nodes: [], contents: [], truncated: [] });
    expect(sides.map((s) => s.content.deletedAt === null)).toEqual([true, false]);
    // The live side wins meanwhile: nothing disappears from lists and exports before a person decides.
    expect((await office.responses.get(deleted))?.deletedAt).toBeNull();
    // Unresolved conflicts are not reported as tampering: they are counted apart until resolved.
    const integrity = await verifyIntegrity(office.db);
    expect(integrity.responses.inConflict).toBe(2);
    expect(integrity.responses.mismatches).toEqual([]);
    expect(integrity.ok).toBe(true);
  });

  it('a coordinator resolves a conflict field by field; the choice is audited and travels on', async () => {
    const office = await computer('merge-resolve');
    await office.exchange.importPackages(carl, packages);
    const detail = await office.exchange.conflictFor(edited);
    const sides = leaves(detail?.tree ?? { nodes: [], contents: [], truncated: [] });
    const surveyorSide = sides.find((s) => s.content.answers['workplace_name'] === 'Åsen Skole');
    if (!detail || !surveyorSide) throw new Error('expected the conflict with the surveyor’s side');
    const surveyorChoice = { ...surveyorSide.content.answers };
    const rest = surveyorSide.content;

    const forbidden = await rejectionOf(office.exchange.resolveConflict(bo, edited, { answers: surveyorChoice, status: rest.status, deletedAt: rest.deletedAt }));
    expect(isStoreError(forbidden, 'forbidden')).toBe(true);
    const invented = await rejectionOf(
      office.exchange.resolveConflict(carl, edited, { answers: { workplace_name: 'Invented' }, status: 'draft', deletedAt: null }),
    );
    expect(isStoreError(invented, 'unknown-field')).toBe(true);
    const stale = await rejectionOf(
      office.exchange.resolveConflict(carl, edited, { answers: surveyorChoice, status: 'draft', deletedAt: null }, { expectedSides: ['1-x'] }),
    );
    expect(isStoreError(stale, 'stale-selection')).toBe(true);

    const shownBefore = await office.responses.get(edited);
    const resolved = await office.exchange.resolveConflict(
      carl,
      edited,
      { answers: surveyorChoice, status: 'draft', deletedAt: null },
      { reason: 'The surveyor spoke to the manager', expectedSides: sides.map((s) => s.rev) },
    );
    expect(resolved.answers['workplace_name']).toBe('Åsen Skole');
    expect(await office.exchange.conflictFor(edited)).toBeUndefined();
    expect((await office.exchange.conflicts()).map((c) => c.responseId)).toEqual([deleted]);
    const entries = await office.db.audit.where('responseId').equals(edited).filter((e) => e.action === 'conflict-resolution').toArray();
    expect(entries.map((e) => [e.field, e.reason])).toEqual(
      shownBefore?.answers['workplace_name'] === 'Åsen Skole'
        ? [[null, 'The surveyor spoke to the manager']]
        : [[null, 'The surveyor spoke to the manager'], ['workplace_name', 'The surveyor spoke to the manager']],
    );
    // Importing the old packages again (as a new computer would send them) does not reopen it.
    const again = await office.exchange.importPackages(carl, [packages[1] as ImportFile]);
    expect(again[0]?.status).toBe('already-imported');
    const other = await computer('merge-resolve-2');
    await other.exchange.importPackages(carl, [...packages].reverse());
    await other.exchange.importPackages(carl, [await send(office, carl, 'all', 'resolved.barometer')]);
    expect((await other.exchange.conflicts()).map((c) => c.responseId)).toEqual([deleted]);
    expect((await other.responses.get(edited))?.answers['workplace_name']).toBe('Åsen Skole');

    // Deleted on the laptop, corrected at the office: keeping it (the side shown) restores it in the
    // history too, and the merged log then verifies, every response matching its replayed history.
    const both = leaves((await office.exchange.conflictFor(deleted))?.tree ?? { nodes: [], contents: [], truncated: [] });
    const live = both.find((side) => side.content.deletedAt === null);
    if (!live) throw new Error('expected the live side');
    await office.exchange.resolveConflict(carl, deleted, live.content, { reason: 'Still operating' });
    expect(await office.exchange.conflictCount()).toBe(0);
    expect((await office.responses.get(deleted))?.deletedAt).toBeNull();
    expect((await verifyIntegrity(office.db)).ok).toBe(true);
  });
});
