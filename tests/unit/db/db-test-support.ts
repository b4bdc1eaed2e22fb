/**
 * Shared by the store tests. Each test file imports 'fake-indexeddb/auto' FIRST (Dexie captures the
 * IndexedDB factory when it loads) and gives every test its own database name.
 */
import { openBarometerDb, type BarometerDb } from '../../../renderer/src/db/database';
import type { Profile } from '../../../renderer/src/db/records';

export function uniqueDbName(label = 'test'): string {
  return `barometer-${label}-${crypto.randomUUID()}`;
}

export async function openTestDb(label?: string): Promise<BarometerDb> {
  return openBarometerDb(uniqueDbName(label));
}

export const anna: Profile = { id: 'profile-anna', name: 'Anna Jensen', initials: 'AJ', createdAt: '2024-01-01T00:00:00.000Z' };
export const bo: Profile = { id: 'profile-bo', name: 'Bo Ørsted', initials: 'BØ', createdAt: '2024-01-01T00:00:00.000Z' };

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}
