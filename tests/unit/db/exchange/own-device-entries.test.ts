/**
 * Entries claiming the importing computer's own device id (issue 10, defect 3, last part): before,
 * a package could carry entries in the coordinator's own name; they were stored and the
 * coordinator's own chain then read as broken. Now such an entry is accepted only as a copy of one
 * already stored here (same hash); any other refuses the package, naming why, and changes nothing.
 */
import 'fake-indexeddb/auto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sealEntry } from '../../../../renderer/src/core/audit/entry-hash';
import { planImport } from '../../../../renderer/src/core/exchange/plan-import';
import { buildPackage } from '../../../../renderer/src/core/exchange/write-package';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { ensureDeviceId } from '../../../../renderer/src/db/device-id';
import { gzJson, type Doc } from '../../../fixtures/packages/make-bad-packages';
import { LAPTOP_A, sampleAuditChain, sampleInput } from '../../../fixtures/packages/sample-package';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../renderer/src/core/audit/canonical-json';
import { anna, carl } from '../db-test-support';
import { computer, digest, resigned, send } from './exchange-support';

describe('incoming audit entries in the importing computer’s own name', () => {
  it('planImport refuses one this computer does not hold, and takes a stored copy', async () => {
    const pkg = await buildPackage(sampleInput());
    const refused = planImport(new Map(), pkg, { ownDeviceId: LAPTOP_A });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('audit-own-device');
    if (!refused.ok) expect(refused.error.message.da).toMatch(/i denne computers eget navn/);
    const stored = sampleAuditChain();
    const copy = planImport(new Map(), pkg, { ownDeviceId: LAPTOP_A, auditHash: (d, s) => stored.find((e) => e.deviceId === d && e.deviceSeq === s)?.hash });
    expect(copy.ok).toBe(true);
    if (copy.ok) expect(copy.value.auditEntries).toEqual([]);
    expect(planImport(new Map(), pkg, { ownDeviceId: 'another-device' }).ok).toBe(true);
  });

  it('a coordinator re-importing its own package is fine; one extending its own chain is refused and changes nothing', async () => {
    const office = await computer('own-device-office');
    const laptop = await computer('own-device-laptop');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    await office.exchange.importPackages(carl, [await send(laptop, anna, 'all')]);
    await office.responses.commitAnswer(carl, r.id, 'employees', 12, 'Ringet op');
    const own = await send(office, carl, 'all', 'own.barometer');
    const [again] = await office.exchange.importPackages(carl, [own]);
    expect(again?.status).toBe('imported');

    // A forged entry sealed on top of the office's own head, in its name, checksum recomputed.
    const officeId = await ensureDeviceId(office.db);
    const doc: Doc = JSON.parse(gunzipSync(own.data).toString('utf8'));
    doc.manifest.packageId = 'f0f0f0f0-0000-4000-8000-000000000001';
    // The office's chain grew since (the import entry): the package carries that stored entry too, unchanged.
    const stored = (await office.db.audit.where('deviceId').equals(officeId).sortBy('deviceSeq')).map(({ seq: _seq, ...e }) => e);
    const sent = new Set((doc.content.auditEntries as { hash: string }[]).map((e) => e.hash));
    for (const e of stored) if (!sent.has(e.hash)) doc.content.auditEntries.push(e);
    const head = stored[stored.length - 1]!;
    const { hash: _h, prevHash: _p, ...rest } = head;
    const forged = sealEntry({ ...rest, id: 'f0f0f0f0-0000-4000-8000-000000000002', deviceSeq: head.deviceSeq + 1, action: 'status', reason: 'approved by nobody' }, head.hash);
    doc.content.auditEntries.push(forged);
    doc.manifest.counts.auditEntries = doc.content.auditEntries.length;
    doc.manifest.auditChainHeads = doc.manifest.auditChainHeads.map((h: { deviceId: string }) => (h.deviceId === officeId ? { deviceId: officeId, deviceSeq: forged.deviceSeq, hash: forged.hash } : h));
    doc.manifest.contentSha256 = createHash('sha256').update(canonicalJson(doc.content)).digest('hex');

    const before = await digest(office.db);
    // Signed anew by the forger's own device: the signature holds, the entries in the office's name do not.
    const [outcome] = await office.exchange.importPackages(carl, [{ name: 'forged.barometer', data: gzJson(await resigned(doc, 'forger-device')) }]);
    expect(outcome).toMatchObject({ status: 'refused', code: 'audit-own-device' });
    expect(await digest(office.db)).toEqual(before);
    expect((await verifyIntegrity(office.db)).ok).toBe(true);
  });
});
