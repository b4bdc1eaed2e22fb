/**
 * Surveyors send packages through the real repositories; a coordinator imports them: new, updated,
 * unchanged, re-import changing nothing, "since the last package", refusals of the wrong role.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { isStoreError } from '../../../../renderer/src/db/store-error';
import { anna, bo, carl, dora, rejectionOf } from '../db-test-support';
import { computer, digest, send } from './exchange-support';

describe('send to coordinator and import', () => {
  it('brings a surveyor’s responses, histories and audit entries to the coordinator, all of them', async () => {
    const laptop = await computer('send-laptop');
    const office = await computer('send-office');
    const r1 = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r1.id, 'workplace_name', 'Skolen på Åsen');
    const r2 = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.softDelete(anna, r2.id);

    const file = await send(laptop, anna, 'all');
    expect(file.built.manifest).toMatchObject({ surveyor: { id: anna.id, name: anna.name }, since: null, counts: { responses: 2 } });
    const outcomes = await office.exchange.importPackages(carl, [file]);
    expect(outcomes).toMatchObject([{ status: 'imported', report: { new: 2, updated: 0, unchanged: 0, conflicts: 0, refused: [] } }]);

    expect(await office.responses.get(r1.id)).toEqual(await laptop.responses.get(r1.id));
    expect(await office.db.revisions.get(r2.id)).toEqual(await laptop.db.revisions.get(r2.id));
    expect((await office.db.summaries.get(r2.id))?.deleted).toBe(1);
    const imports = await office.exchange.listImports();
    expect(imports).toMatchObject([{ packageId: file.built.manifest.packageId, surveyor: { id: anna.id }, counts: { new: 2, responses: 2 } }]);
    const importEntry = (await office.db.audit.where('action').equals('import').toArray())[0];
    expect(importEntry?.details).toMatchObject({ packageId: file.built.manifest.packageId, new: 2 });
    // The surveyor's own entries arrive in their device's chain; the merged log verifies.
    const laptopEntries = await laptop.db.audit.where('action').notEqual('export').count();
    expect((await office.db.audit.toArray()).filter((e) => e.actorId === anna.id)).toHaveLength(laptopEntries);
    expect((await verifyIntegrity(office.db)).ok).toBe(true);
  });

  it('re-importing the same package changes nothing and says so', async () => {
    const laptop = await computer('reimport-laptop');
    const office = await computer('reimport-office');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'employees', 12);
    const file = await send(laptop, anna, 'all');
    await office.exchange.importPackages(carl, [file]);
    const before = await digest(office.db);
    const again = await office.exchange.importPackages(carl, [file]);
    expect(again).toMatchObject([{ status: 'already-imported', previous: { packageId: file.built.manifest.packageId } }]);
    expect(await digest(office.db)).toEqual(before);
  });

  it('a package of the changes since the last one carries only those, and fast-forwards the coordinator', async () => {
    const laptop = await computer('since-laptop');
    const office = await computer('since-office');
    const r1 = await laptop.responses.create(anna, laptop.q);
    const r2 = await laptop.responses.create(anna, laptop.q);
    await office.exchange.importPackages(carl, [await send(laptop, anna, 'all', 'first.barometer')]);
    await laptop.responses.commitAnswer(anna, r2.id, 'workplace_name', 'Rådhuset');
    const second = await send(laptop, anna, 'since-last', 'second.barometer');
    expect(second.built.manifest.since).not.toBeNull();
    expect(second.built.manifest.counts.responses).toBe(1);
    const [outcome] = await office.exchange.importPackages(carl, [second]);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 0, updated: 1, unchanged: 0, conflicts: 0 } });
    expect((await office.responses.get(r2.id))?.answers).toEqual({ workplace_name: 'Rådhuset' });
    expect(await office.db.revisions.get(r1.id)).toEqual(await laptop.db.revisions.get(r1.id));
    expect((await verifyIntegrity(office.db)).ok).toBe(true);
    // The send is in the surveyor's audit log.
    expect((await laptop.db.audit.where('action').equals('export').toArray()).map((e) => e.details?.['fileName'])).toEqual([
      'first.barometer',
      'second.barometer',
    ]);
  });

  it('an older package after a newer one is recognised as unchanged and changes no response', async () => {
    const laptop = await computer('older-laptop');
    const office = await computer('older-office');
    const r = await laptop.responses.create(anna, laptop.q);
    const first = await send(laptop, anna, 'all');
    await laptop.responses.commitAnswer(anna, r.id, 'employees', 3);
    const second = await send(laptop, anna, 'all');
    await office.exchange.importPackages(carl, [second]);
    const before = await digest(office.db, ['responses', 'summaries', 'revisions']);
    const [outcome] = await office.exchange.importPackages(carl, [first]);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 0, updated: 0, older: 1 } });
    expect(await digest(office.db, ['responses', 'summaries', 'revisions'])).toEqual(before);
  });

  it('refuses an import by an auditor, a surveyor package imported by a surveyor, and sending by an auditor, with a message', async () => {
    const laptop = await computer('roles');
    await laptop.responses.create(anna, laptop.q);
    const file = await send(laptop, anna, 'all');
    const before = await digest(laptop.db);
    const error = await rejectionOf(laptop.exchange.importPackages(dora, [file]));
    expect(isStoreError(error, 'forbidden')).toBe(true);
    // A surveyor imports only the coordinator's packages addressed to them: this one is refused, whole.
    const [outcome] = await laptop.exchange.importPackages(bo, [file]);
    expect(outcome).toMatchObject({ status: 'refused', code: 'forbidden' });
    expect(outcome?.status === 'refused' && outcome.message.da).toMatch(/en koordinator indlæser den/);
    const sending = await rejectionOf(laptop.exchange.buildPackage(dora, { scope: 'all' }));
    expect(isStoreError(sending, 'forbidden') && sending.text?.da).toMatch(/revisor/);
    expect(await digest(laptop.db)).toEqual(before);
  });

  it('refuses a package whose audit entry contradicts one already here, and changes nothing', async () => {
    const laptop = await computer('forked-laptop');
    const office = await computer('forked-office');
    const r = await laptop.responses.create(anna, laptop.q);
    await office.exchange.importPackages(carl, [await send(laptop, anna, 'all')]);
    // The same device id, with a different history: a restored or cloned laptop. With a key of its
    // own it is refused for the key; with the laptop's key copied too, for its contradicting log.
    const impostor = await computer('forked-impostor');
    await impostor.db.settings.put({ key: 'deviceId', value: (await laptop.db.settings.get('deviceId'))?.value });
    await impostor.responses.create(anna, impostor.q);
    const before = await digest(office.db);
    const [byKey] = await office.exchange.importPackages(carl, [await send(impostor, anna, 'all')]);
    expect(byKey).toMatchObject({ status: 'refused', code: 'device-key-changed' });
    if (byKey?.status === 'refused') expect(byKey.message.da).toMatch(/signeret med en anden signeringsnøgle/);
    const clone = await computer('forked-clone');
    for (const key of ['deviceId', 'deviceSigningKeys']) await clone.db.settings.put({ key, value: (await laptop.db.settings.get(key))?.value });
    await clone.responses.create(anna, clone.q);
    const [outcome] = await office.exchange.importPackages(carl, [await send(clone, anna, 'all')]);
    expect(outcome).toMatchObject({ status: 'refused', code: 'audit-conflict' });
    expect(await digest(office.db)).toEqual(before);
    expect(await office.responses.get(r.id)).toBeDefined();
  });
});
