/**
 * Persistent storage: without it a browser may evict IndexedDB under storage pressure, the most
 * common way survey tools lose data. Electron grants it; a plain browser may ask or refuse.
 */

export interface StorageState {
  /** Whether the browser promises to keep the data; 'unknown' where it cannot say. */
  persisted: boolean | 'unknown';
  /** Bytes used and available to this origin, when the browser reports them. */
  usage?: number;
  quota?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks for persistent storage; true when granted. Never throws. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** For the About / data safety panel. Never throws. */
export async function storageState(): Promise<StorageState> {
  const storage = storageManager();
  const state: StorageState = { persisted: 'unknown' };
  if (!storage) return state;
  try {
    if (typeof storage.persisted === 'function') state.persisted = await storage.persisted();
  } catch {
    // Leave 'unknown'.
  }
  try {
    if (typeof storage.estimate === 'function') {
      const { usage, quota } = await storage.estimate();
      if (usage !== undefined) state.usage = usage;
      if (quota !== undefined) state.quota = quota;
    }
  } catch {
    // Leave usage and quota out.
  }
  return state;
}
