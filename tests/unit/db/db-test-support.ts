/**
 * Shared by the store tests. Each test file imports 'fake-indexeddb/auto' FIRST (Dexie captures the
 * IndexedDB factory when it loads) and gives every test its own database name.
 */
import { openBarometerDb, type BarometerDb } from '../../../renderer/src/db/database';
import type { Profile, ProfileRow } from '../../../renderer/src/db/records';

export function uniqueDbName(label = 'test'): string {
  return `barometer-${label}-${crypto.randomUUID()}`;
}

export async function openTestDb(label?: string): Promise<BarometerDb> {
  return openBarometerDb(uniqueDbName(label));
}

const CREATED = '2024-01-01T00:00:00.000Z';
const person = (id: string, name: string, initials: string, role: Profile['role']): Profile => ({
  id,
  name,
  initials,
  role,
  createdAt: CREATED,
  hasPin: false,
});

/** Two surveyors, a coordinator and an auditor. */
export const anna = person('profile-anna', 'Anna Jensen', 'AJ', 'surveyor');
export const bo = person('profile-bo', 'Bo Ørsted', 'BØ', 'surveyor');
export const carl = person('profile-carl', 'Carl Mørk', 'CM', 'coordinator');
export const dora = person('profile-dora', 'Dora Ibsen', 'DI', 'auditor');
export const PEOPLE: readonly Profile[] = [anna, bo, carl, dora];

/** Stores profiles as rows (no PIN), as if they had been created on this device. */
export async function storeProfiles(db: BarometerDb, profiles: readonly Profile[] = PEOPLE): Promise<void> {
  const rows: ProfileRow[] = profiles.map(({ hasPin: _hasPin, ...p }) => ({ ...p, pin: null }));
  await db.profiles.bulkPut(rows);
}

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}
