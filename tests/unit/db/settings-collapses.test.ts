import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { SettingsRepository } from '../../../renderer/src/db/settings-repository';
import { anna, carl, dora, openTestDb, rejectionOf, storeProfiles } from './db-test-support';

const small = { from: 'sector_level=region|size_class=3_9', into: 'sector_level=region|size_class=10_49' };
const other = { from: 'sector_level=state|size_class=3_9', into: 'sector_level=state|size_class=10_49' };

describe("the settings key 'stratumCollapses'", () => {
  let db: BarometerDb;
  let settings: SettingsRepository;
  beforeEach(async () => {
    db = await openTestDb('collapses');
    await storeProfiles(db);
    settings = new SettingsRepository(db);
  });
  afterEach(() => db.close());

  it('a coordinator collapses a small stratum into a neighbour and finds it again', async () => {
    expect(await settings.get('stratumCollapses')).toBeUndefined();
    await settings.setStratumCollapses(carl, [small]);
    expect(await new SettingsRepository(db).get('stratumCollapses')).toEqual([small]);
  });

  it('every change is audited with the list before and after', async () => {
    await settings.setStratumCollapses(carl, [small]);
    await settings.setStratumCollapses(carl, [small, other]);
    await settings.setStratumCollapses(carl, []);
    const entries = (await db.audit.toArray()).filter((e) => e.details?.['kind'] === 'stratum-collapses');
    expect(entries.map((e) => [e.action, e.actorId, e.field, e.oldValue, e.newValue, e.details?.['count']])).toEqual([
      ['import', carl.id, 'stratumCollapses', null, `${small.from} → ${small.into}`, 1],
      ['import', carl.id, 'stratumCollapses', `${small.from} → ${small.into}`, `${small.from} → ${small.into}; ${other.from} → ${other.into}`, 2],
      ['import', carl.id, 'stratumCollapses', `${small.from} → ${small.into}; ${other.from} → ${other.into}`, null, 0],
    ]);
  });

  it.each([
    { who: 'a surveyor', actor: anna },
    { who: 'an auditor', actor: dora },
  ])('refuses $who, changes nothing and audits nothing', async ({ actor }) => {
    await settings.setStratumCollapses(carl, [small]);
    const error = await rejectionOf(settings.setStratumCollapses(actor, []));
    expect(error).toMatchObject({ code: 'forbidden', text: { da: 'Kun en koordinator kan gøre dette.' } });
    expect(await settings.get('stratumCollapses')).toEqual([small]);
    expect((await db.audit.toArray()).filter((e) => e.details?.['kind'] === 'stratum-collapses')).toHaveLength(1);
  });

  it('refuses a stratum collapsed twice, and ignores an unusable stored value when read', async () => {
    const error = await rejectionOf(settings.setStratumCollapses(carl, [small, { ...small, into: other.into }]));
    expect(error).toBeInstanceOf(TypeError);
    await db.settings.put({ key: 'stratumCollapses', value: [{ from: small.from }] });
    expect(await settings.get('stratumCollapses')).toBeUndefined();
  });
});
