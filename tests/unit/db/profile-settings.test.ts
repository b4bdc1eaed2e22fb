import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { openBarometerDb } from '../../../renderer/src/db/database';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import { SettingsRepository } from '../../../renderer/src/db/settings-repository';
import { StoreError } from '../../../renderer/src/db/store-error';
import { openTestDb, rejectionOf, uniqueDbName } from './db-test-support';

describe('profiles', () => {
  let db: BarometerDb;
  let profiles: ProfileRepository;
  beforeEach(async () => {
    db = await openTestDb('profiles');
    profiles = new ProfileRepository(db);
  });
  afterEach(() => db.close());

  it('a surveyor creates a profile: the name is trimmed and the initials capitalised', async () => {
    const created = await profiles.create({ name: '  Søren Ærø  ', initials: ' sæ ' });
    expect(created).toMatchObject({ name: 'Søren Ærø', initials: 'SÆ', role: 'surveyor', hasPin: false });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await profiles.get(created.id)).toEqual(created);
    expect(await profiles.get('nobody')).toBeUndefined();
  });

  it('lists the profiles by name', async () => {
    const first = await profiles.create({ name: 'Åse', initials: 'Å' });
    await profiles.create({ name: 'bo', initials: 'B' }, first);
    await profiles.create({ name: 'Anna', initials: 'A' }, first);
    expect((await profiles.list()).map((p) => p.name)).toEqual(['Anna', 'bo', 'Åse']);
  });

  it.each([
    { name: '   ', initials: 'AB', why: 'a blank name' },
    { name: 'x'.repeat(81), initials: 'AB', why: 'a name over 80 characters' },
    { name: 'Anna', initials: '', why: 'no initials' },
    { name: 'Anna', initials: 'ABCDE', why: 'five initials' },
    { name: 'Anna', initials: 'A.J', why: 'initials with a dot' },
    { name: 'Anna', initials: 'A1', why: 'initials with a digit' },
  ])('refuses $why', async ({ name, initials }) => {
    const error = await rejectionOf(profiles.create({ name, initials }));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'invalid-profile' });
    expect(await profiles.list()).toEqual([]);
  });

  it('accepts a name of exactly 80 characters and four initials', async () => {
    const created = await profiles.create({ name: 'x'.repeat(80), initials: 'abcd' });
    expect(created.initials).toBe('ABCD');
  });
});

describe('settings', () => {
  let db: BarometerDb;
  let settings: SettingsRepository;
  beforeEach(async () => {
    db = await openTestDb('settings');
    settings = new SettingsRepository(db);
  });
  afterEach(() => db.close());

  it('stores the language and the active profile', async () => {
    expect(await settings.get('language')).toBeUndefined();
    await settings.set('language', 'en');
    await settings.set('activeProfileId', 'profile-anna');
    expect(await settings.get('language')).toBe('en');
    expect(await settings.get('activeProfileId')).toBe('profile-anna');
  });

  it('ignores a stored value of the wrong kind', async () => {
    await db.settings.put({ key: 'language', value: 'de' });
    expect(await settings.get('language')).toBeUndefined();
  });

  it('makes the device id once, as a UUID, and keeps it across restarts', async () => {
    expect(await settings.get('deviceId')).toBeUndefined();
    const [a, b] = await Promise.all([settings.deviceId(), settings.deviceId()]);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(b).toBe(a);
    expect(await settings.get('deviceId')).toBe(a);
  });

  it('keeps the device id when the database is opened again', async () => {
    const name = uniqueDbName('device');
    const first = await openBarometerDb(name);
    const id = await new SettingsRepository(first).deviceId();
    first.close();
    const again = await openBarometerDb(name);
    expect(await new SettingsRepository(again).deviceId()).toBe(id);
    again.close();
  });
});
