import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { PIN_ITERATIONS } from '../../../renderer/src/db/pin-hash';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import { SettingsRepository } from '../../../renderer/src/db/settings-repository';
import { AuditRepository } from '../../../renderer/src/db/audit-repository';
import { openTestDb, rejectionOf } from './db-test-support';

// 600,000 PBKDF2 iterations take about 0.4 s each; a test here hashes up to eight times.
vi.setConfig({ testTimeout: 30_000 });

let db: BarometerDb;
let profiles: ProfileRepository;
let audit: AuditRepository;
beforeEach(async () => {
  db = await openTestDb('pin');
  profiles = new ProfileRepository(db);
  audit = new AuditRepository(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('PINs', () => {
  it('are stored as PBKDF2-SHA256 with a random salt, never in clear', async () => {
    const first = await profiles.create({ name: 'Carl Mørk', initials: 'CM', role: 'coordinator', pin: '4711' });
    const second = await profiles.create({ name: 'Dora Ibsen', initials: 'DI', role: 'auditor', pin: '4711' }, first);
    expect(first.hasPin).toBe(true);
    expect(JSON.stringify(first)).not.toMatch(/4711|salt|hash/);
    const [a, b] = [await db.profiles.get(first.id), await db.profiles.get(second.id)];
    expect(JSON.stringify(await db.profiles.toArray())).not.toContain('4711');
    expect(a?.pin).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: PIN_ITERATIONS });
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    expect(a?.pin?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a?.pin?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.pin?.salt).not.toBe(a?.pin?.salt);
    expect(b?.pin?.hash).not.toBe(a?.pin?.hash);
  });

  it('are hashed before any transaction opens (WebCrypto would end it early)', async () => {
    const calls: string[] = [];
    const derive = crypto.subtle.deriveBits.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'deriveBits').mockImplementation((...args) => {
      calls.push('hash');
      return derive(...args);
    });
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      calls.push('transaction');
      return transaction(...args);
    }) as typeof db.transaction);
    await profiles.create({ name: 'Carl', initials: 'C', role: 'coordinator', pin: '123456' });
    expect(calls.indexOf('hash')).toBeLessThan(calls.indexOf('transaction'));
    expect(calls.filter((c) => c === 'hash')).toHaveLength(1);
  });

  it('must be 4 to 12 digits', async () => {
    for (const pin of ['123', '12a4', '1234567890123', '12 34']) {
      expect(await rejectionOf(profiles.create({ name: 'X', initials: 'X', pin }))).toMatchObject({ code: 'invalid-pin' });
    }
    expect(await db.profiles.count()).toBe(0);
  });

  it('open the profile only with the right PIN; a profile without one opens with none', async () => {
    const carl = await profiles.create({ name: 'Carl', initials: 'C', role: 'coordinator', pin: '2468' });
    const anna = await profiles.create({ name: 'Anna', initials: 'A' }, carl);
    expect(await profiles.verifyPin(carl.id, '2468')).toBe(true);
    expect(await profiles.verifyPin(carl.id, '2469')).toBe(false);
    expect(await profiles.verifyPin(carl.id, null)).toBe(false);
    expect(await profiles.verifyPin(anna.id, null)).toBe(true);
    expect(await profiles.verifyPin('nobody', null)).toBe(false);
  });
});

describe('switching profile', () => {
  it('asks for the PIN, stores the active profile and is audited', async () => {
    const carl = await profiles.create({ name: 'Carl', initials: 'C', role: 'coordinator', pin: '2468' });
    const anna = await profiles.create({ name: 'Anna', initials: 'A' }, carl);
    const settings = new SettingsRepository(db);
    await settings.set('activeProfileId', anna.id);
    const before = await audit.count();

    expect(await rejectionOf(profiles.switchProfile(anna, carl.id, '0000'))).toMatchObject({ code: 'wrong-pin', text: { da: 'Pinkoden er forkert.' } });
    expect(await settings.get('activeProfileId')).toBe(anna.id);
    // The wrong PIN switches nothing; it is logged (pin-attempts.test.ts).
    expect(await audit.count()).toBe(before + 1);
    expect((await audit.all()).at(-1)).toMatchObject({ action: 'profile-pin', newValue: 'failed', actorId: anna.id });

    expect(await profiles.switchProfile(anna, carl.id, '2468')).toEqual(carl);
    expect(await settings.get('activeProfileId')).toBe(carl.id);
    expect((await audit.all()).at(-1)).toMatchObject({ action: 'profile-switch', actorId: carl.id, actorRole: 'coordinator', oldValue: anna.id, newValue: carl.id });
    expect((await audit.verify()).ok).toBe(true);
  });
});

describe('creating profiles', () => {
  it('the first profile on a device takes any role; after that someone at work adds profiles', async () => {
    const carl = await profiles.create({ name: 'Carl', initials: 'C', role: 'coordinator' });
    expect(await rejectionOf(profiles.create({ name: 'Eve', initials: 'E', role: 'auditor' }))).toMatchObject({ code: 'forbidden' });
    const anna = await profiles.create({ name: 'Anna', initials: 'A' }, carl);
    expect(await rejectionOf(profiles.create({ name: 'Eve', initials: 'E', role: 'auditor' }, anna))).toMatchObject({
      code: 'forbidden',
      message: 'Only a coordinator can create coordinator and auditor profiles.',
    });
    await profiles.create({ name: 'Bo', initials: 'B' }, anna);
    await profiles.create({ name: 'Dora', initials: 'D', role: 'auditor' }, carl);
    expect((await profiles.list()).map((p) => [p.name, p.role])).toEqual([['Anna', 'surveyor'], ['Bo', 'surveyor'], ['Carl', 'coordinator'], ['Dora', 'auditor']]);
    const created = (await audit.all()).filter((e) => e.action === 'profile-create');
    expect(created.map((e) => [e.actorName, e.newValue])).toEqual([['Carl', 'coordinator'], ['Carl', 'surveyor'], ['Anna', 'surveyor'], ['Carl', 'auditor']]);
  });

  it('roles are anchored to a coordinator: on a computer without one, a surveyor mints no coordinator or auditor (issue 10, defect 6)', async () => {
    const anna = await profiles.create({ name: 'Anna', initials: 'A' });
    for (const role of ['coordinator', 'auditor'] as const) {
      expect(await rejectionOf(profiles.create({ name: 'Cato', initials: 'CA', role }, anna))).toMatchObject({ code: 'forbidden' });
    }
    expect((await profiles.create({ name: 'Bo', initials: 'B' }, anna)).role).toBe('surveyor');
    expect((await profiles.list()).map((p) => p.role).sort()).toEqual(['surveyor', 'surveyor']);
  });
});

describe('setting a PIN', () => {
  it('your own needs the current PIN; a coordinator may reset anyone’s; a surveyor not someone else’s', async () => {
    const carl = await profiles.create({ name: 'Carl', initials: 'C', role: 'coordinator' });
    const anna = await profiles.create({ name: 'Anna', initials: 'A', pin: '1111' }, carl);
    const bo = await profiles.create({ name: 'Bo', initials: 'B' }, carl);

    expect(await rejectionOf(profiles.setPin(anna, anna.id, '2222', '9999'))).toMatchObject({ code: 'wrong-pin' });
    expect(await profiles.verifyPin(anna.id, '1111')).toBe(true);
    expect(await rejectionOf(profiles.setPin(bo, anna.id, null))).toMatchObject({ code: 'forbidden' });

    expect((await profiles.setPin(carl, anna.id, null)).hasPin).toBe(false);
    expect(await profiles.verifyPin(anna.id, null)).toBe(true);
    expect((await profiles.setPin(bo, bo.id, '5555')).hasPin).toBe(true);
    const pins = (await audit.all()).filter((e) => e.action === 'profile-pin');
    expect(pins.map((e) => [e.actorName, e.newValue, e.details])).toEqual([
      ['Carl', 'cleared', { profileId: anna.id }],
      ['Bo', 'set', { profileId: bo.id }],
    ]);
  });
});
