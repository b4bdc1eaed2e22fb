/**
 * This installation's signing key pair (Ed25519), made once on first use and kept in `settings`:
 * IndexedDB stores the CryptoKey objects themselves, and the private one is not extractable, so no
 * script can read it out (the key material is in the browser profile on disk; see the README's
 * security notes). Every package and backup this device writes is signed with it.
 */
import { keyFingerprint, newDeviceKeys, signerFor, type DeviceSigner } from '../core/exchange';
import type { BarometerDb } from './database';
import { assertWritable } from './write-guard';

const KEYS_KEY = 'deviceSigningKeys';

interface StoredKeys {
  keys: CryptoKeyPair;
  createdAt: string;
}

const cache = new WeakMap<BarometerDb, Promise<DeviceSigner>>();

const isStored = (value: unknown): value is StoredKeys =>
  typeof value === 'object' && value !== null && 'keys' in value && typeof (value as StoredKeys).keys?.privateKey === 'object';

async function loadOrMake(db: BarometerDb): Promise<DeviceSigner> {
  const existing = (await db.settings.get(KEYS_KEY))?.value;
  if (isStored(existing)) return signerFor(existing.keys);
  assertWritable(db);
  const candidate: StoredKeys = { keys: await newDeviceKeys(), createdAt: new Date().toISOString() };
  // Read again inside the transaction: two first uses at once must agree on one key pair.
  const kept = await db.transaction('rw', db.settings, async () => {
    const row = (await db.settings.get(KEYS_KEY))?.value;
    if (isStored(row)) return row;
    await db.settings.put({ key: KEYS_KEY, value: candidate });
    return candidate;
  });
  return signerFor(kept.keys);
}

/** This device's signer (its key pair made on first use). */
export function deviceSigner(db: BarometerDb): Promise<DeviceSigner> {
  let signer = cache.get(db);
  if (!signer) {
    signer = loadOrMake(db);
    signer.catch(() => cache.delete(db));
    cache.set(db, signer);
  }
  return signer;
}

/** This device's fingerprint ("ab12 cd34 ef56 7890"), shown in About for the coordinator to compare. */
export async function deviceFingerprint(db: BarometerDb): Promise<string> {
  return keyFingerprint((await deviceSigner(db)).publicKey);
}
