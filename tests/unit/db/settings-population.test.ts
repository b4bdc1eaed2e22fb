import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { SettingsRepository } from '../../../renderer/src/db/settings-repository';
import type { PopulationTable } from '../../../renderer/src/core/weights/population';
import { anna, carl, dora, openTestDb, rejectionOf, storeProfiles } from './db-test-support';

const table: PopulationTable = [
  { sector_level: 'state', size_class: '10_49', population: 120 },
  { sector_level: 'municipality', size_class: '10_49', population: 2300 },
];

describe("the settings key 'populationTable'", () => {
  let db: BarometerDb;
  let settings: SettingsRepository;
  beforeEach(async () => {
    db = await openTestDb('population');
    await storeProfiles(db);
    settings = new SettingsRepository(db);
  });
  afterEach(() => db.close());

  it('a coordinator saves a population table and finds it again after a restart of the store', async () => {
    expect(await settings.get('populationTable')).toBeUndefined();
    await settings.setPopulationTable(carl, table);
    expect(await settings.get('populationTable')).toEqual(table);
    expect(await new SettingsRepository(db).get('populationTable')).toEqual(table);
  });

  it('every change is audited: who, strata and total N before and after, and the table’s digest (issue 10, item 7)', async () => {
    await settings.setPopulationTable(carl, table);
    await settings.setPopulationTable(carl, null);
    const entries = (await db.audit.toArray()).filter((e) => e.details?.['kind'] === 'population-table');
    expect(entries.map((e) => [e.action, e.actorId, e.field, e.oldValue, e.newValue])).toEqual([
      ['import', carl.id, 'populationTable', null, '2 strata, N = 2420'],
      ['import', carl.id, 'populationTable', '2 strata, N = 2420', null],
    ]);
    expect(entries[0]?.details?.['sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[1]?.details?.['sha256']).toBeNull();
    // A refused change writes no entry.
    await rejectionOf(settings.setPopulationTable(anna, table));
    expect((await db.audit.toArray()).filter((e) => e.details?.['kind'] === 'population-table')).toHaveLength(2);
  });

  it('clearing it stores null, which means unweighted', async () => {
    await settings.setPopulationTable(carl, table);
    await settings.setPopulationTable(carl, null);
    expect(await settings.get('populationTable')).toBeNull();
  });

  it.each([
    { why: 'a stratum twice', value: [table[0], table[0]] },
    { why: 'a negative count', value: [{ sector_level: 'state', population: -1 }] },
    { why: 'a fractional count', value: [{ sector_level: 'state', population: 1.5 }] },
    { why: 'an unknown key', value: [{ sector_level: 'state', population: 3, __proto__x: 1 }] },
    { why: 'rows with different dimensions', value: [{ sector_level: 'state', population: 3 }, { size_class: '3_9', population: 4 }] },
    { why: 'an unknown size class', value: [{ size_class: 'huge', population: 4 }] },
    { why: 'no rows', value: [] },
    { why: 'not a list', value: { sector_level: 'state', population: 3 } },
  ])('a stored value with $why is ignored when read', async ({ value }) => {
    await db.settings.put({ key: 'populationTable', value });
    expect(await settings.get('populationTable')).toBeUndefined();
  });

  it('refuses to save an invalid table and keeps the one it had', async () => {
    await settings.setPopulationTable(carl, table);
    const bad = [{ sector_level: 'state', population: 1 }, { sector_level: 'state', population: 2 }];
    const error = await rejectionOf(settings.setPopulationTable(carl, bad));
    expect(error).toBeInstanceOf(TypeError);
    expect(await settings.get('populationTable')).toEqual(table);
  });

  it.each([
    { who: 'a surveyor', actor: anna },
    { who: 'an auditor', actor: dora },
  ])('refuses $who with the roles table message and changes nothing', async ({ actor }) => {
    await settings.setPopulationTable(carl, table);
    const error = await rejectionOf(settings.setPopulationTable(actor, null));
    expect(error).toMatchObject({ code: 'forbidden', text: { da: 'Kun en koordinator kan gøre dette.' } });
    expect(await settings.get('populationTable')).toEqual(table);
  });

  it('refuses a profile that is not on this computer', async () => {
    const error = await rejectionOf(settings.setPopulationTable({ id: 'profile-elsewhere' }, table));
    expect(error).toMatchObject({ code: 'forbidden' });
    expect(await settings.get('populationTable')).toBeUndefined();
  });
});
