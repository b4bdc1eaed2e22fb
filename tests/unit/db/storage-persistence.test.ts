import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, storageState } from '../../../renderer/src/db/storage-persistence';

afterEach(() => vi.unstubAllGlobals());

describe('persistent storage', () => {
  it('asks the browser to keep the data, unless it already promised to', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();

    const persistAgain = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist: persistAgain } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persistAgain).not.toHaveBeenCalled();
  });

  it('reports a refusal or a missing API as false, never as an error', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => false } });
    expect(await requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: async () => Promise.reject(new Error('denied')) } });
    expect(await requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistentStorage()).toBe(false);
  });

  it('tells the data safety panel whether the data is kept, and how much space is used', async () => {
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => true, estimate: async () => ({ usage: 1_234, quota: 5_000_000 }) },
    });
    expect(await storageState()).toEqual({ persisted: true, usage: 1_234, quota: 5_000_000 });
  });

  it('says "unknown" where the browser cannot tell', async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await storageState()).toEqual({ persisted: 'unknown' });
    vi.stubGlobal('navigator', { storage: { persisted: async () => Promise.reject(new Error('x')), estimate: async () => ({}) } });
    expect(await storageState()).toEqual({ persisted: 'unknown' });
  });
});
