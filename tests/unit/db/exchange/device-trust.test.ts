/**
 * Trusting devices (issue 10, defects 3 and 6): a package is imported only when signed by a device
 * this computer trusts, or by a new one whose fingerprint the coordinator confirms at its first
 * package (written with the import, with a `device-trust` audit entry). Declining, an unsigned
 * package, a changed key, entries extending another known device's chain, and decisions by a
 * reviewer this computer does not know change nothing or refuse the response concerned.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { canonicalJson } from '../../../../renderer/src/core/audit/canonical-json';
import { describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { ensureDeviceId } from '../../../../renderer/src/db/device-id';
import type { DeviceToConfirm } from '../../../../renderer/src/db/trusted-devices';
import type { Profile } from '../../../../renderer/src/db/records';
import { gzJson, type Doc } from '../../../fixtures/packages/make-bad-packages';
import { anna, carl, dora, storeProfiles } from '../db-test-support';
import { askingNobody, computer, digest, send, type Computer } from './exchange-support';

/** The coordinator's computer, its own device id and key made (as at its own first package). */
async function officeComputer(label: string): Promise<Computer> {
  const c = await computer(label);
  await c.exchange.fingerprint();
  await ensureDeviceId(c.db);
  return c;
}

async function laptopWithWork(label: string): Promise<{ laptop: Computer; responseId: string }> {
  const laptop = await computer(label);
  const r = await laptop.responses.create(anna, laptop.q);
  await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
  await laptop.responses.commitAnswer(anna, r.id, 'innovated', 'no');
  return { laptop, responseId: r.id };
}

const refusedCode = (outcome: unknown): string | undefined => (outcome as { status: string; code?: string }).status === 'refused' ? (outcome as { code: string }).code : undefined;

describe('trusting the devices packages come from', () => {
  it('asks once about a new device, showing its fingerprint; declining imports nothing', async () => {
    const { laptop } = await laptopWithWork('trust-decline-laptop');
    const office = await officeComputer('trust-decline-office');
    const pkg = await send(laptop, anna, 'all', 'anna.barometer');
    const asked: DeviceToConfirm[] = [];
    const before = await digest(office.db);
    const [outcome] = await office.exchange.importPackages(carl, [pkg], undefined, (device) => {
      asked.push(device);
      return Promise.resolve(false);
    });
    expect(refusedCode(outcome)).toBe('device-not-trusted');
    expect(asked).toEqual([
      {
        fileName: 'anna.barometer',
        deviceId: await ensureDeviceId(laptop.db),
        fingerprint: await laptop.exchange.fingerprint(),
        surveyorName: 'Anna Jensen',
        surveyorInitials: 'AJ',
      },
    ]);
    expect(await digest(office.db)).toEqual(before);
    expect(await office.exchange.trustedDevices()).toEqual([]);
  });

  it('a confirmed device is trusted with the import, audited, and not asked about again', async () => {
    const { laptop, responseId } = await laptopWithWork('trust-confirm-laptop');
    const office = await officeComputer('trust-confirm-office');
    let asked = 0;
    const confirm = (): Promise<boolean> => {
      asked++;
      return Promise.resolve(true);
    };
    const [first] = await office.exchange.importPackages(carl, [await send(laptop, anna, 'all', 'one.barometer')], undefined, confirm);
    expect(first?.status).toBe('imported');
    expect(await office.responses.get(responseId)).toBeDefined();
    const laptopId = await ensureDeviceId(laptop.db);
    const [trusted] = await office.exchange.trustedDevices();
    expect(trusted).toMatchObject({ deviceId: laptopId, fingerprint: await laptop.exchange.fingerprint(), surveyorName: 'Anna Jensen', trustedById: carl.id, trustedByName: carl.name });
    const trustEntries = (await office.db.audit.toArray()).filter((e) => e.action === 'device-trust');
    expect(trustEntries).toHaveLength(1);
    expect(trustEntries[0]).toMatchObject({ actorId: carl.id });
    expect(JSON.stringify(trustEntries[0])).toContain(laptopId);

    await laptop.responses.commitAnswer(anna, responseId, 'workplace_name', 'Skolen ved Åen');
    const [second] = await office.exchange.importPackages(carl, [await send(laptop, anna, 'since-last', 'two.barometer')], undefined, confirm);
    expect(second?.status).toBe('imported');
    expect(asked).toBe(1);
    expect((await office.responses.get(responseId))?.answers['workplace_name']).toBe('Skolen ved Åen');
    expect((await verifyIntegrity(office.db)).ok).toBe(true);
  });

  it('without a way to ask (no coordinator at the screen), a new device is refused', async () => {
    const { laptop } = await laptopWithWork('trust-noask-laptop');
    const office = await officeComputer('trust-noask-office');
    const [outcome] = await askingNobody(office).importPackages(carl, [await send(laptop, anna, 'all')]);
    expect(refusedCode(outcome)).toBe('device-not-trusted');
  });

  it('an unsigned (format 1) package is refused as unsigned', async () => {
    const { laptop } = await laptopWithWork('trust-unsigned-laptop');
    const office = await officeComputer('trust-unsigned-office');
    const doc: Doc = JSON.parse(gunzipSync((await send(laptop, anna, 'all')).data).toString('utf8'));
    const { signature: _s, ...unsigned } = doc;
    // The same document in format 1's shape: no fieldwork, recipient or reviewers, counts of three.
    const { recipient: _r, reviewers: _v, counts, ...manifest } = unsigned.manifest;
    const content = { auditEntries: unsigned.content.auditEntries, responses: unsigned.content.responses };
    const legacy = {
      ...unsigned,
      formatVersion: 1,
      manifest: { ...manifest, counts: { responses: counts.responses, revisions: counts.revisions, auditEntries: counts.auditEntries }, contentSha256: createHash('sha256').update(canonicalJson(content)).digest('hex') },
      content,
    };
    const before = await digest(office.db);
    const [outcome] = await office.exchange.importPackages(carl, [{ name: 'old.barometer', data: gzJson(legacy) }]);
    expect(refusedCode(outcome)).toBe('unsigned');
    expect(await digest(office.db)).toEqual(before);
  });

  it('a decision made on a laptop whose person made themself auditor is refused; the rest comes in', async () => {
    const { laptop, responseId } = await laptopWithWork('trust-selfmade-laptop');
    // At its first start the laptop's person chose the auditor role for a second profile of their own.
    const selfMade: Profile = { ...dora, id: 'profile-eve', name: 'Eve Selvlavet', initials: 'ES' };
    await storeProfiles(laptop.db, [selfMade]);
    await laptop.responses.markCompleted(anna, responseId);
    await laptop.review.approve(selfMade, responseId);
    const other = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, other.id, 'workplace_name', 'Børnehaven');
    const office = await officeComputer('trust-selfmade-office');
    const [outcome] = await office.exchange.importPackages(carl, [await send(laptop, anna, 'all')]);
    expect(outcome).toMatchObject({ status: 'imported' });
    const report = (outcome as { report: { refused: { id: string; reason: { da: string } }[] } }).report;
    expect(report.refused.map((r) => r.id)).toEqual([responseId]);
    expect(report.refused[0]?.reason.da).toMatch(/Eve Selvlavet, som denne computer ikke kender som revisor eller koordinator/);
    expect(await office.responses.get(responseId)).toBeUndefined();
    expect(await office.responses.get(other.id)).toBeDefined();
  });

  it('an approval by the coordinator’s own auditor, made on the coordinator’s computer, travels on', async () => {
    const { laptop, responseId } = await laptopWithWork('trust-realaudit-laptop');
    await laptop.responses.markCompleted(anna, responseId);
    const office = await officeComputer('trust-realaudit-office');
    await office.exchange.importPackages(carl, [await send(laptop, anna, 'all')]);
    await office.review.approve(dora, responseId);
    const archive = await computer('trust-realaudit-archive');
    const [outcome] = await archive.exchange.importPackages(carl, [await send(office, carl, 'all')]);
    expect(outcome).toMatchObject({ status: 'imported', report: { refused: [] } });
    expect((await archive.responses.get(responseId))?.status).toBe('approved');
  });

  it('a device’s key is made with its first package and kept: its fingerprint does not change', async () => {
    const { laptop } = await laptopWithWork('trust-key-kept');
    const fingerprint = await laptop.exchange.fingerprint();
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await send(laptop, anna, 'all');
    expect(await laptop.exchange.fingerprint()).toBe(fingerprint);
    expect(await (await computer('trust-key-other')).exchange.fingerprint()).not.toBe(fingerprint);
  });
});
