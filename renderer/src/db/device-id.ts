import type { BarometerDb } from './database';
import { assertWritable } from './write-guard';

const DEVICE_ID_KEY = 'deviceId';
const cache = new WeakMap<BarometerDb, string>();

/**
 * This installation's id, made once as a UUID on first use and recorded in every audit entry,
 * so merged audit logs tell devices apart.
 */
export async function ensureDeviceId(db: BarometerDb): Promise<string> {
  const cached = cache.get(db);
  if (cached) return cached;
  const existing = await db.settings.get(DEVICE_ID_KEY);
  let id = typeof existing?.value === 'string' ? existing.value : undefined;
  if (!id) {
    assertWritable(db);
    const candidate = crypto.randomUUID();
    // Read again inside the transaction: two first uses at once must agree on one id.
    id = await db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(DEVICE_ID_KEY);
      if (typeof row?.value === 'string') return row.value;
      await db.settings.put({ key: DEVICE_ID_KEY, value: candidate });
      return candidate;
    });
  }
  cache.set(db, id);
  return id;
}
