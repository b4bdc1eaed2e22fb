/**
 * This computer's signing key (issue 10, item 3): with the OS key store (the desktop host's `keys`)
 * only the sealed private key is stored, it opens again at the next start to the same key, and the
 * store alone cannot sign; without one (a browser) the key is a non-extractable CryptoKey pair. A
 * key made one way stays that way, so a device's fingerprint never changes.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { signPart, verifyPart } from '../../../renderer/src/core/exchange/package-signature';
import { openBarometerDb } from '../../../renderer/src/db/database';
import { deviceFingerprint, deviceKeyProtection, deviceSigner, registerKeySealer, type KeySealer } from '../../../renderer/src/db/device-keys';
import { uniqueDbName } from './db-test-support';

/**
 * The OS key store as the host presents it (a stand-in for safeStorage over IPC): AES-GCM under a
 * key only this "computer" has.
 */
async function osKeyStore(): Promise<KeySealer & { opened: number }> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const store = {
    opened: 0,
    async seal(data: Uint8Array) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const body = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(data)));
      return { ok: true as const, value: { sealed: true as const, data: new Uint8Array([...iv, ...body]) } };
    },
    async open(data: Uint8Array) {
      store.opened++;
      try {
        return { ok: true as const, value: new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: data.slice(0, 12) }, key, data.slice(12))) };
      } catch {
        return { ok: false as const, error: 'not sealed here' };
      }
    },
  };
  return store;
}

const part = { format: 'barometer-entry-package', formatVersion: 2, manifest: { packageId: 'p' } };

describe('the device signing key', () => {
  it('is kept sealed by the OS key store, and opens to the same key at the next start', async () => {
    const name = uniqueDbName('keys-sealed');
    const os = await osKeyStore();
    const db = await openBarometerDb(name);
    registerKeySealer(db, os);
    const signer = await deviceSigner(db);
    expect(await deviceKeyProtection(db)).toBe('sealed');
    const row = (await db.settings.get('deviceSigningKeys'))?.value as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['createdAt', 'publicKey', 'sealedPrivateKey']);
    expect(row['publicKey']).toBe(signer.publicKey);
    const fingerprint = await deviceFingerprint(db);
    db.close();

    // The next start: a new connection, the same OS store.
    const opensBefore = os.opened;
    const again = await openBarometerDb(name);
    registerKeySealer(again, os);
    const reopened = await deviceSigner(again);
    expect(reopened.publicKey).toBe(signer.publicKey);
    expect(await deviceFingerprint(again)).toBe(fingerprint);
    expect(await verifyPart(await signPart(reopened, part), part)).toBe(true);
    // Opened once per start, not per package.
    await deviceSigner(again);
    expect(os.opened - opensBefore).toBe(1);
    again.close();
  });

  it('cannot sign from a copy of the store on another computer: it says why', async () => {
    const name = uniqueDbName('keys-copied');
    const db = await openBarometerDb(name);
    registerKeySealer(db, await osKeyStore());
    await deviceSigner(db);
    db.close();
    const elsewhere = await openBarometerDb(name);
    registerKeySealer(elsewhere, await osKeyStore());
    await expect(deviceSigner(elsewhere)).rejects.toThrow(/kept sealed by the operating system's key store, which could not open it \(not sealed here\)/);
    elsewhere.close();
  });

  it('without a key store (a browser, or no keyring) it is a non-extractable key pair, kept so', async () => {
    const name = uniqueDbName('keys-browser');
    const db = await openBarometerDb(name);
    const refusing: KeySealer = {
      seal: () => Promise.resolve({ ok: true, value: { sealed: false, reason: 'no keyring' } }),
      open: () => Promise.resolve({ ok: false, error: 'never' }),
    };
    registerKeySealer(db, refusing);
    const signer = await deviceSigner(db);
    expect(await deviceKeyProtection(db)).toBe('browser');
    const row = (await db.settings.get('deviceSigningKeys'))?.value as { keys: CryptoKeyPair };
    expect(row.keys.privateKey.extractable).toBe(false);
    expect(await verifyPart(await signPart(signer, part), part)).toBe(true);
    db.close();
    // Later a key store appears: the key stays as it is (coordinators trust this one).
    const later = await openBarometerDb(name);
    registerKeySealer(later, await osKeyStore());
    expect((await deviceSigner(later)).publicKey).toBe(signer.publicKey);
    expect(await deviceKeyProtection(later)).toBe('browser');
    later.close();
  });
});
