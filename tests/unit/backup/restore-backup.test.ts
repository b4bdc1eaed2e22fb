/**
 * Restore is an import of a backup: the full backup of one computer, imported on a fresh one (the
 * data was lost), brings every response back; imported where it came from, it changes nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { carl } from '../db/db-test-support';
import { computer, digest, MERGED_TABLES } from '../db/exchange/exchange-support';

describe('restoring a backup', () => {
  it('brings every response back onto an empty store, deleted ones included', async () => {
    const office = await computer('backup-office');
    const r1 = await office.responses.create(carl, office.q);
    await office.responses.commitAnswer(carl, r1.id, 'workplace_name', 'Rådhuset');
    const r2 = await office.responses.create(carl, office.q);
    await office.responses.softDelete(carl, r2.id);
    const backup = await office.exchange.buildBackup(carl);

    const replacement = await computer('backup-replacement');
    const [outcome] = await replacement.exchange.importPackages(carl, [{ name: 'barometer-backup.barometer-backup', data: backup.bytes }]);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 2, conflicts: 0, refused: [] } });
    // The same rows (field order aside, which a digest of JSON would count).
    for (const table of MERGED_TABLES) expect(await replacement.db.table(table).toArray(), table).toEqual(await office.db.table(table).toArray());
  });

  it('changes nothing where nothing was lost', async () => {
    const office = await computer('backup-same');
    const r = await office.responses.create(carl, office.q);
    await office.responses.commitAnswer(carl, r.id, 'employees', 12);
    const backup = await office.exchange.buildBackup(carl);
    const before = await digest(office.db, MERGED_TABLES);
    const [outcome] = await office.exchange.importPackages(carl, [{ name: 'b.barometer-backup', data: backup.bytes }]);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 0, updated: 0, conflicts: 0 } });
    expect(await digest(office.db, MERGED_TABLES)).toEqual(before);
  });
});
