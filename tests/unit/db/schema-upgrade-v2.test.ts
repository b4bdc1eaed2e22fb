/**
 * Version 1 → 2 with a realistic log: two profiles, two responses, audit entries of two devices
 * interleaved. After the upgrade every device's entries form a chain in the order they were
 * stored, the app's next entry continues this device's chain, and the whole log verifies.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../renderer/src/core/audit/audit-entry';
import { verifyIntegrity } from '../../../renderer/src/db/audit-verification';
import { BarometerDb, openBarometerDb } from '../../../renderer/src/db/database';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/schema-versions';
import { uniqueDbName } from './db-test-support';
import { testQuestionnaire } from './test-questionnaire';

const v1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);
const at = (m: number) => new Date(Date.UTC(2024, 4, 1, 9, m)).toISOString();

function v1Entry(seqNote: number, deviceId: string, responseId: string, action: string, field: string | null = null, newValue: unknown = null) {
  return {
    id: `e-${seqNote}`, at: at(seqNote), deviceId, actorId: 'p-anna', actorName: 'Anna', actorInitials: 'A', action,
    responseId, field, oldValue: null, newValue, reason: null,
  };
}

async function seedVersion1(name: string): Promise<void> {
  const db = new BarometerDb(name, v1);
  await db.open();
  const q = testQuestionnaire();
  const response = (id: string, key: string, answers: Record<string, unknown>) => ({
    id, key, questionnaireId: q.id, questionnaireVersion: q.version, status: 'draft', createdAt: at(0), createdById: 'p-anna',
    createdByName: 'Anna', updatedAt: at(5), revision: 2, answers, deletedAt: null,
  });
  await db.table('responses').bulkAdd([
    response('r-1', 'AAA-222', { workplace_name: 'Aarhus', sector_level: 'municipality', policy_area: 'schools' }),
    response('r-2', 'BBB-333', { employees: 4 }),
  ]);
  await db.table('summaries').bulkAdd(['r-1', 'r-2'].map((id) => ({ id, key: id, status: 'draft', workplaceName: '', workplaceId: '', createdByName: 'Anna', createdAt: at(0), updatedAt: at(5), deleted: 0, progress: 0 })));
  await db.table('profiles').bulkAdd([
    { id: 'p-anna', name: 'Anna', initials: 'A', createdAt: at(0) },
    { id: 'p-bo', name: 'Bo', initials: 'B', createdAt: at(0) },
  ]);
  await db.table('settings').put({ key: 'deviceId', value: 'device-1' });
  await db.table('audit').bulkAdd([
    v1Entry(1, 'device-1', 'r-1', 'create'),
    v1Entry(2, 'device-1', 'r-1', 'answer', 'workplace_name', 'Aarhus'),
    v1Entry(3, 'device-2', 'r-2', 'create'),
    v1Entry(4, 'device-1', 'r-1', 'answer', 'sector_level', 'municipality'),
    v1Entry(5, 'device-2', 'r-2', 'answer', 'employees', 4),
    v1Entry(6, 'device-1', 'r-1', 'answer', 'policy_area', 'schools'),
  ]);
  db.close();
}

describe('upgrading version 1 to 2', () => {
  it('makes every profile a surveyor, fills the review facts and chains each device’s entries', async () => {
    const name = uniqueDbName('v1-v2-log');
    await seedVersion1(name);
    const db = await openBarometerDb(name);
    expect(db.verno).toBeGreaterThanOrEqual(2);

    expect((await new ProfileRepository(db).list()).map((p) => [p.name, p.role, p.hasPin])).toEqual([['Anna', 'surveyor', false], ['Bo', 'surveyor', false]]);
    expect(await db.summaries.get('r-1')).toMatchObject({ createdById: 'p-anna', sectorLevel: 'municipality', policyArea: 'schools' });
    expect(await db.summaries.get('r-2')).toMatchObject({ createdById: 'p-anna', sectorLevel: '', policyArea: '' });

    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => [e.id, e.deviceId, e.deviceSeq, e.responseKey, e.actorRole])).toEqual([
      ['e-1', 'device-1', 1, 'AAA-222', null],
      ['e-2', 'device-1', 2, 'AAA-222', null],
      ['e-3', 'device-2', 1, 'BBB-333', null],
      ['e-4', 'device-1', 3, 'AAA-222', null],
      ['e-5', 'device-2', 2, 'BBB-333', null],
      ['e-6', 'device-1', 4, 'AAA-222', null],
    ]);
    expect(entries.every((e) => e.details?.['legacy'] === 'schema-1')).toBe(true);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[3]?.prevHash).toBe(entries[1]?.hash);

    const report = await verifyIntegrity(db);
    expect(report.chains.ok).toBe(true);

    // The app goes on with this device's chain.
    const q = testQuestionnaire();
    const anna = await new ProfileRepository(db).get('p-anna');
    const created = await new ResponseRepository(db, () => q).create(anna!, q);
    const next = (await db.audit.where('responseId').equals(created.id).toArray())[0];
    expect(next).toMatchObject({ deviceId: 'device-1', deviceSeq: 5, prevHash: entries[5]?.hash, actorRole: 'surveyor' });
    db.close();
  });

  it('a failing upgrade leaves the database at version 1 with its rows', async () => {
    const name = uniqueDbName('v1-v2-fail');
    await seedVersion1(name);
    // Two entries claiming one place would break the unique index: the upgrade must not half-apply.
    const broken = new BarometerDb(name, [
      ...v1,
      { ...(SCHEMA_VERSIONS[1] as (typeof SCHEMA_VERSIONS)[number]), upgrade: async (tx) => {
        await tx.table('audit').toCollection().modify((e: Record<string, unknown>) => {
          e['deviceId'] = 'same';
          e['deviceSeq'] = 1;
        });
      } },
    ]);
    await expect(broken.open()).rejects.toThrow();
    broken.close();
    const again = new BarometerDb(name, v1);
    await again.open();
    expect(again.verno).toBe(1);
    expect(await again.table('audit').count()).toBe(6);
    expect(await again.table('audit').get(1)).not.toHaveProperty('deviceSeq');
    again.close();
  });
});
