/**
 * Wrong PINs cost more each time and are logged (issue 10, item 7): the first three cost nothing
 * extra, then the wait doubles from 1 s up to 5 minutes; an attempt within the wait is refused
 * without checking the PIN (so guessing cannot go faster); each wrong PIN is a 'profile-pin' entry
 * with the new value 'failed'; a right PIN clears the count.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PIN_WAIT_MS, pinWaitLeft, pinWaitMs } from '../../../renderer/src/core/permissions/pin-attempts';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import { openTestDb, rejectionOf } from './db-test-support';

vi.setConfig({ testTimeout: 60_000 });

describe('the wait after wrong PINs', () => {
  it('is nothing for three, then 1 s, 2 s, 4 s … up to 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(pinWaitMs)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(pinWaitMs(30)).toBe(MAX_PIN_WAIT_MS);
    expect(MAX_PIN_WAIT_MS).toBe(300_000);
    expect(pinWaitLeft({ failures: 4, lastFailureAt: 10_000 }, 11_500)).toBe(500);
    expect(pinWaitLeft({ failures: 4, lastFailureAt: 10_000 }, 12_000)).toBe(0);
    expect(pinWaitLeft(undefined, 0)).toBe(0);
  });
});

describe('switching to a profile with a PIN', () => {
  let db: BarometerDb;
  let profiles: ProfileRepository;
  beforeEach(async () => {
    db = await openTestDb('pin-attempts');
    profiles = new ProfileRepository(db);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it('counts and logs wrong PINs, makes the fourth attempt wait, and a right PIN after the wait clears the count', async () => {
    const carl = await profiles.create({ name: 'Carl', initials: 'C', role: 'coordinator', pin: '2468' });
    const anna = await profiles.create({ name: 'Anna', initials: 'A' }, carl);
    for (const guess of ['0000', '1111', '2222']) {
      expect(await rejectionOf(profiles.switchProfile(anna, carl.id, guess))).toMatchObject({ code: 'wrong-pin' });
    }
    const logged = (await db.audit.toArray()).filter((e) => e.action === 'profile-pin' && e.newValue === 'failed');
    expect(logged.map((e) => [e.actorName, e.details])).toEqual([
      ['Anna', { profileId: carl.id, failures: 1 }],
      ['Anna', { profileId: carl.id, failures: 2 }],
      ['Anna', { profileId: carl.id, failures: 3 }],
    ]);

    // Within the wait even the right PIN is refused, unchecked, and nothing is logged.
    const waiting = await rejectionOf(profiles.switchProfile(anna, carl.id, '2468'));
    expect(waiting).toMatchObject({ code: 'pin-wait', text: { da: 'For mange forkerte pinkoder. Prøv igen om 1 sek.' } });
    expect((await db.audit.toArray()).filter((e) => e.newValue === 'failed')).toHaveLength(3);

    // A second later the right PIN opens the profile and the count starts over.
    const later = Date.now() + 1_001;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    expect((await profiles.switchProfile(anna, carl.id, '2468')).id).toBe(carl.id);
    expect(await db.settings.get(`pin-attempts:${carl.id}`)).toBeUndefined();
  });
});
