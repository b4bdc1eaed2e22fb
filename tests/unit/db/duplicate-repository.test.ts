/**
 * One workplace keyed on two laptops: the coordinator imports both packages, sees the two responses
 * as one workplace keyed twice (no case link needed), with who keyed each, on which computer and
 * when, and keeps one. The other is soft-deleted by the usual delete (revision and entry), and one
 * decision entry names both with its reason; only a coordinator decides, and only with a reason.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { leaves } from '../../../renderer/src/core/revisions';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { verifyIntegrity } from '../../../renderer/src/db/audit-verification';
import { ensureDeviceId } from '../../../renderer/src/db/device-id';
import { DuplicateRepository } from '../../../renderer/src/db/duplicate-repository';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import { isStoreError } from '../../../renderer/src/db/store-error';
import { anna, bo, carl, rejectionOf } from './db-test-support';
import { computer, send, type Computer } from './exchange/exchange-support';
import { lookupOnly } from './response-fixture';

const codeOf = (e: unknown) => (isStoreError(e) ? e.code : String(e));

async function keyed(c: Computer, who: typeof anna, name: string, id: string) {
  const r = await c.responses.create(who, c.q);
  await c.responses.commitAnswer(who, r.id, 'workplace_name', name);
  return c.responses.commitAnswer(who, r.id, 'workplace_id', id);
}

/** Anna (laptop A) and Bo (laptop B) both keyed workplace 12345678; a third response is another workplace. */
async function twoLaptops() {
  const laptopA = await computer('dup-a');
  const laptopB = await computer('dup-b');
  const office = await computer('dup-office');
  const ra = await keyed(laptopA, anna, 'Skolen Nord', '12345678');
  const rb = await keyed(laptopB, bo, 'Skolen Nord (afd. 2)', '12345678');
  const other = await keyed(laptopB, bo, 'Skolen Syd', '87654321');
  const duplicates = new DuplicateRepository(office.db, lookupOnly(office.q));
  const before = await duplicates.responseIdsInGroups();
  await office.exchange.importPackages(carl, [await send(laptopA, anna, 'all', 'anna.barometer'), await send(laptopB, bo, 'all', 'bo.barometer')]);
  return { laptopA, laptopB, office, ra, rb, other, duplicates, before };
}

describe('duplicates across laptops', () => {
  it('the same workplace id from two laptops is one group, with who, where and when for each', async () => {
    const { laptopA, laptopB, office, ra, rb, duplicates, before } = await twoLaptops();
    expect(before).toEqual(new Set());
    const groups = await duplicates.groups();
    expect(groups).toHaveLength(1);
    expect(new Set(groups[0]?.responseIds)).toEqual(new Set([ra.id, rb.id]));
    expect(groups[0]?.workplaceIds).toEqual(['12345678']);
    const list = await duplicates.list();
    expect(list[0]?.responses.map((r) => [r.key, r.createdByName, r.workplaceName]).sort()).toEqual(
      [[ra.key, anna.name, 'Skolen Nord'], [rb.key, bo.name, 'Skolen Nord (afd. 2)']].sort(),
    );

    const sides = await duplicates.sidesOf(rb.id);
    const byId = new Map(sides?.map((s) => [s.id, s]));
    expect(byId.get(ra.id)).toMatchObject({
      key: ra.key,
      createdByName: anna.name,
      updatedByName: anna.name,
      createdAt: ra.createdAt,
      updatedAt: ra.updatedAt,
      revision: 3,
      answers: { workplace_name: 'Skolen Nord', workplace_id: '12345678' },
      where: { deviceId: await ensureDeviceId(laptopA.db), thisComputer: false, lastPackage: { fileName: 'anna.barometer', surveyorName: anna.name } },
      caseId: null,
    });
    expect(byId.get(rb.id)?.where).toMatchObject({ deviceId: await ensureDeviceId(laptopB.db), thisComputer: false, lastPackage: { fileName: 'bo.barometer' } });
    expect(await duplicates.sidesOf('no-such-response')).toBeUndefined();
    // The response list flags both, though neither has a case.
    expect(await new FieldworkRepository(office.db).duplicateResponseIds()).toEqual(new Set([ra.id, rb.id]));
    office.db.close();
  });

  it('keeping one deletes the other by the usual delete, with one decision entry naming both and its reason', async () => {
    const { office, ra, rb, other, duplicates } = await twoLaptops();
    const entriesBefore = await office.db.audit.count();
    const result = await duplicates.keepOne(carl, { keepId: ra.id, deleteIds: [rb.id], reason: 'Samme skole, tastet to gange', revisions: { [ra.id]: 3, [rb.id]: 3 } });
    expect(result.kept.id).toBe(ra.id);
    expect(result.deleted.map((d) => d.id)).toEqual([rb.id]);
    expect(result.linkedCase).toBeNull();

    expect((await office.responses.get(ra.id))?.deletedAt).toBeNull();
    const gone = await office.responses.get(rb.id);
    expect(gone?.deletedAt).not.toBeNull();
    expect(gone?.revision).toBe(4);
    expect((await office.db.summaries.get(rb.id))?.deleted).toBe(1);
    expect((await office.responses.get(other.id))?.deletedAt).toBeNull();
    // The deletion is a revision of its own, so it travels to the other computers.
    const tree = (await office.db.revisions.get(rb.id))?.tree;
    expect(tree && leaves(tree).map((l) => [l.rev.split('-')[0], l.content.deletedAt !== null])).toEqual([['4', true]]);

    const written = (await office.db.audit.toArray()).slice(entriesBefore);
    expect(written.map((e) => [e.action, e.responseKey, e.actorId, e.reason])).toEqual([
      ['delete', rb.key, carl.id, 'Samme skole, tastet to gange'],
      ['fieldwork', ra.key, carl.id, 'Samme skole, tastet to gange'],
    ]);
    expect(written[0]?.details).toEqual({ duplicateOf: ra.id, keptKey: ra.key });
    expect(written[1]).toMatchObject({
      responseId: ra.id,
      details: { kind: 'duplicate', workplaceIds: ['12345678'], kept: { id: ra.id, key: ra.key }, deleted: [{ id: rb.id, key: rb.key }], linkedCase: null },
    });
    expect((await verifyIntegrity(office.db)).ok).toBe(true);
    expect(await duplicates.groups()).toEqual([]);

    // Restored under «Slettede», it is a duplicate again.
    await office.responses.restore(carl, rb.id, 'Fortrudt');
    expect((await duplicates.groups())[0]?.responseIds.length).toBe(2);
    office.db.close();
  });

  it('only a coordinator decides, only with a reason, and only on what was shown', async () => {
    const { office, ra, rb, other, duplicates } = await twoLaptops();
    const entriesBefore = await office.db.audit.count();
    const seen = { [ra.id]: 3, [rb.id]: 3, [other.id]: 3 };
    const ask = (actor: typeof carl, keepId: string, deleteIds: string[], reason: string, revisions = seen) =>
      rejectionOf(duplicates.keepOne(actor, { keepId, deleteIds, reason, revisions }));
    expect(codeOf(await ask(anna, ra.id, [rb.id], 'Mit eget valg'))).toBe('forbidden');
    expect(codeOf(await ask(carl, ra.id, [rb.id], '   '))).toBe('reason-required');
    expect(codeOf(await ask(carl, ra.id, [rb.id], 'x'.repeat(2001)))).toBe('reason-required');
    expect(codeOf(await ask(carl, ra.id, [ra.id], 'Ingen at slette'))).toBe('not-found');
    expect(codeOf(await ask(carl, ra.id, [other.id], 'Ikke samme arbejdsplads'))).toBe('stale-selection');
    // Changed since it was shown: a newer package, or an edit here.
    await office.responses.commitAnswer(carl, rb.id, 'employees', 40, 'Rettet i telefonen');
    expect(codeOf(await ask(carl, ra.id, [rb.id], 'Samme skole'))).toBe('stale-selection');
    expect(await office.db.audit.count(), 'nothing but the correction was written').toBe(entriesBefore + 1);
    expect((await office.responses.get(rb.id))?.deletedAt).toBeNull();
    await office.responses.softDelete(carl, rb.id, 'Slettet først');
    expect(codeOf(await ask(carl, ra.id, [rb.id], 'Samme skole', { ...seen, [rb.id]: 5 }))).toBe('deleted');
    office.db.close();
  });
});

describe('a case keyed twice', () => {
  it('keeping the response keyed without the case links it to the case, so the case keeps its outcome', async () => {
    const office = await computer('dup-case');
    const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
    const parsed = parseFrameCsv(['id;navn;niveau;område;størrelse', '11111111;Skolen Nord;kommune;uddannelse;10-49'].join('\n'), vocabulary);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const fieldwork = new FieldworkRepository(office.db);
    await fieldwork.applyFrame(carl, parsed.value, 'stikprøve.csv', 0);
    await fieldwork.assign(carl, ['11111111'], carl.id);
    const fromCase = await office.responses.createFromCase(carl, office.q, '11111111');
    // Keyed without the case, the id typed with a space: still the same workplace.
    const loose = await keyed(office, carl, 'Skolen Nord', '1111 1111');
    const duplicates = new DuplicateRepository(office.db, lookupOnly(office.q));
    const sides = await duplicates.sidesOf(fromCase.id);
    expect(sides?.map((s) => [s.id, s.caseId, s.where.thisComputer, s.where.lastPackage])).toEqual([
      [fromCase.id, '11111111', true, null],
      [loose.id, null, true, null],
    ]);
    const revisions = Object.fromEntries((sides ?? []).map((s) => [s.id, s.revision]));
    const result = await duplicates.keepOne(carl, { keepId: loose.id, deleteIds: [fromCase.id], reason: 'Den tastede er den udfyldte', revisions });
    expect(result.linkedCase).toBe('11111111');
    expect(await office.responses.caseLinkOf(loose.id)).toMatchObject({ caseId: '11111111', locked: [], linkedById: carl.id });
    expect((await fieldwork.caseView('11111111'))?.responseIds).toEqual([loose.id]);
    expect(await fieldwork.duplicateResponseIds()).toEqual(new Set());
    office.db.close();
  });
});
