/**
 * The conflict view's choices, made as a coordinator makes them, resolved through the real
 * exchange repository: the story of the browser test, in the store. Anna's first package reaches
 * the coordinator, who corrects a figure; Anna, still offline, changes the same figure; her next
 * package and Bo's arrive together: one conflict, resolved field by field.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../../renderer/src/db/audit-verification';
import { isStoreError } from '../../../renderer/src/db/store-error';
import { conflictRows, fieldId } from '../../../renderer/src/features/conflicts/conflict-rows';
import { chosenContent } from '../../../renderer/src/features/conflicts/resolution-choice';
import { overviewOf } from '../../../renderer/src/features/overview/overview-counts';
import { anna, bo, carl, rejectionOf } from '../db/db-test-support';
import { computer, send } from '../db/exchange/exchange-support';

describe('resolving a conflict from the side-by-side view', () => {
  it('one conflict from two surveyors’ packages, resolved with the values the coordinator chose', async () => {
    const annasLaptop = await computer('view-anna');
    const bosLaptop = await computer('view-bo');
    const office = await computer('view-office');

    const r = await annasLaptop.responses.create(anna, annasLaptop.q);
    await annasLaptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    await annasLaptop.responses.commitAnswer(anna, r.id, 'workplace_id', '12345678');
    await annasLaptop.responses.commitAnswer(anna, r.id, 'employees', 40);
    await office.exchange.importPackages(carl, [await send(annasLaptop, anna, 'all', 'anna-1.barometer')]);

    await office.responses.commitAnswer(carl, r.id, 'employees', 45, 'Phoned the school');
    await annasLaptop.responses.commitAnswer(anna, r.id, 'employees', 42);
    await annasLaptop.responses.commitAnswer(anna, r.id, 'policy_area', 'schools');
    const b = await bosLaptop.responses.create(bo, bosLaptop.q);
    await bosLaptop.responses.commitAnswer(bo, b.id, 'workplace_id', '12345678'); // the same workplace, keyed twice

    const outcomes = await office.exchange.importPackages(carl, [
      await send(annasLaptop, anna, 'since-last', 'anna-2.barometer'),
      await send(bosLaptop, bo, 'all', 'bo-1.barometer'),
    ]);
    expect(outcomes.map((o) => (o.status === 'imported' ? o.report.conflicts : o.status))).toEqual([1, 0]);
    expect(await office.exchange.conflicts()).toMatchObject([{ responseId: r.id, sides: 2 }]);

    const detail = await office.exchange.conflictFor(r.id);
    if (!detail) throw new Error('no conflict');
    const rows = conflictRows(detail.tree, office.q);
    expect(rows.differing).toEqual([
      { kind: 'answer', name: 'employees' },
      { kind: 'answer', name: 'policy_area' },
    ]);
    const annasSide = rows.sides.findIndex((side) => side.updatedByName === anna.name);
    const carlsSide = rows.sides.findIndex((side) => side.updatedByName === carl.name);
    const chosen = chosenContent(rows, {
      [fieldId({ kind: 'answer', name: 'employees' })]: carlsSide,
      [fieldId({ kind: 'answer', name: 'policy_area' })]: annasSide,
    });

    // A surveyor may not resolve; nothing changes.
    expect(isStoreError(await rejectionOf(office.exchange.resolveConflict(anna, r.id, chosen)), 'forbidden')).toBe(true);

    const expectedSides = detail.tree.contents.map((leaf) => leaf.rev);
    const resolved = await office.exchange.resolveConflict(carl, r.id, chosen, { reason: 'Phoned again', expectedSides });
    expect(resolved.answers).toEqual({ workplace_name: 'Skolen', workplace_id: '12345678', employees: 45, policy_area: 'schools' });
    expect(await office.exchange.conflicts()).toEqual([]);
    const resolutions = await office.db.audit.where('action').equals('conflict-resolution').toArray();
    expect(resolutions.length).toBeGreaterThan(0);
    expect((await verifyIntegrity(office.db)).ok).toBe(true);

    // The overview: both surveyors, the imports, and the workplace keyed twice.
    const overview = overviewOf(await office.responses.listSummaries({ includeDeleted: true }));
    expect(overview.bySurveyor.map((row) => row.name).sort()).toEqual([anna.name, bo.name].sort());
    expect(overview.duplicates.map((group) => group.workplaceId)).toEqual(['12345678']);
    expect((await office.exchange.listImports()).map((i) => i.fileName).sort()).toEqual(['anna-1.barometer', 'anna-2.barometer', 'bo-1.barometer']);
  });
});
