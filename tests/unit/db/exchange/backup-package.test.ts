/**
 * A full backup is a package of everything on the computer: restoring it (an import) on an empty
 * computer brings back every response, history, conflict and audit entry; any role may make one,
 * and making one records nothing.
 */
import 'fake-indexeddb/auto';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../renderer/src/core/audit/canonical-json';
import { keyFingerprint } from '../../../../renderer/src/core/exchange';
import { gzJson } from '../../../fixtures/packages/make-bad-packages';
import { canonicalText, leaves } from '../../../../renderer/src/core/revisions';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { ensureDeviceId } from '../../../../renderer/src/db/device-id';
import { anna, carl, dora } from '../db-test-support';
import { computer, digest, send } from './exchange-support';

describe('a full backup', () => {
  it('restores every response, tree and audit entry of a coordinator’s computer on an empty one', async () => {
    const laptop = await computer('backup-laptop');
    const office = await computer('backup-office');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    await office.exchange.importPackages(carl, [await send(laptop, anna, 'all')]);
    await office.responses.commitAnswer(carl, r.id, 'employees', 9, 'Phoned');
    await laptop.responses.commitAnswer(anna, r.id, 'employees', 10);
    await office.exchange.importPackages(carl, [await send(laptop, anna, 'since-last', 'second.barometer')]);
    expect(await office.exchange.conflictCount()).toBe(1);

    const before = await digest(office.db);
    const backup = await office.exchange.buildBackup(dora);
    expect(await digest(office.db)).toEqual(before); // making a backup writes nothing
    expect(backup.fileName).toMatch(/^barometer-backup-DI-\d{8}T\d{4}\.barometer$/);

    const restored = await computer('backup-restored');
    const [outcome] = await restored.exchange.importPackages(carl, [{ name: backup.fileName, data: backup.bytes }]);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 1, conflicted: 1 } });
    // The same rows; the key order inside answers may differ (read from a file: sorted), so compare canonically.
    for (const table of ['responses', 'summaries', 'revisions']) {
      expect(canonicalText(await restored.db.table(table).toArray())).toBe(canonicalText(await office.db.table(table).toArray()));
    }
    const officeEntries = (await office.db.audit.toArray()).map((e) => e.hash).sort();
    const restoredEntries = new Set((await restored.db.audit.toArray()).map((e) => e.hash));
    expect(officeEntries.every((hash) => restoredEntries.has(hash))).toBe(true);
    expect((await verifyIntegrity(restored.db)).chains.ok).toBe(true);

    // Resolved on the restored computer, the merged history replays to the chosen values.
    const conflict = await restored.exchange.conflictFor(r.id);
    const chosen = leaves(conflict?.tree ?? { nodes: [], contents: [], truncated: [] }).find((side) => side.content.answers['employees'] === 10);
    if (!chosen) throw new Error('expected the surveyor’s side');
    await restored.exchange.resolveConflict(carl, r.id, chosen.content, { reason: 'The surveyor counted again' });
    expect((await verifyIntegrity(restored.db)).ok).toBe(true);
  });

  it('a surveyor restores their own backup after losing the store, though they may not import packages', async () => {
    const laptop = await computer('backup-own-laptop');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    const backup = await laptop.exchange.buildBackup(anna);
    const file = { name: backup.fileName, data: backup.bytes };

    const wiped = await computer('backup-own-wiped');
    const before = await digest(wiped.db);
    const [refused] = await wiped.exchange.importPackages(anna, [file]);
    expect(refused?.status === 'refused' && refused.message.en).toMatch(/a coordinator imports it/);
    expect(await digest(wiped.db)).toEqual(before);

    const [outcome] = await wiped.exchange.restoreBackup(anna, file);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 1 } });
    // Not this computer's key, and restored all the same (a new computer trusts no key): the outcome names the signer.
    expect(outcome?.status === 'imported' && outcome.signer).toEqual({
      deviceId: await ensureDeviceId(laptop.db), profileName: 'Anna Jensen', fingerprint: await laptop.exchange.fingerprint(), thisComputer: false,
    });
    expect((await wiped.responses.get(r.id))?.answers['workplace_name']).toBe('Skolen');
    // Anna can go on working on her draft after the restore.
    await wiped.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen Nord');
    expect((await verifyIntegrity(wiped.db)).ok).toBe(true);
  });

  it('is signed over its content digest by the computer’s key, like a package: one answer changed, checksum and all, is refused on restore', async () => {
    const laptop = await computer('backup-signed-laptop');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    const backup = await laptop.exchange.buildBackup(anna);
    const doc = JSON.parse(gunzipSync(backup.bytes).toString('utf8'));
    expect(doc.manifest.contentSha256).toBe(createHash('sha256').update(canonicalJson(doc.content)).digest('hex'));
    expect(keyFingerprint(doc.signature.publicKey)).toBe(await laptop.exchange.fingerprint());

    // The answer changed and the digest recomputed: only the signature still tells.
    const leaf = doc.content.responses[0].revisions.contents[0];
    leaf.content.answers.workplace_name = 'Skolen (rettet)';
    doc.manifest.contentSha256 = createHash('sha256').update(canonicalJson(doc.content)).digest('hex');
    const wiped = await computer('backup-signed-wiped');
    const before = await digest(wiped.db);
    const [outcome] = await wiped.exchange.restoreBackup(anna, { name: backup.fileName, data: gzJson(doc) });
    expect(outcome).toMatchObject({ status: 'refused', code: 'signature-invalid' });
    expect(await digest(wiped.db)).toEqual(before);
  });
});
