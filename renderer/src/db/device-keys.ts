/**
 * This installation's signing key pair (Ed25519), made once on first use and kept in `settings`.
 * Every package and backup this device writes is signed with it.
 *
 * - With an OS key store (the desktop app: a `KeySealer` over Electron's safeStorage, registered at
 *   start), the private key is kept only sealed by it: the store holds PKCS #8 bytes the OS user's
 *   key store must open, so a copy of the app's data is useless on another computer. Opened at each
 *   start into a non-extractable key.
 * - Without one (a plain browser, or an OS without a keyring), IndexedDB keeps the CryptoKey objects
 *   themselves, the private one not extractable, so no script can read it out; the key material is
 *   then in the browser profile on disk (see the README's security notes).
 *
 * A key made one way stays that way: a device's key never changes (coordinators trust it).
 */
import { keyFingerprint, newDeviceKeys, signerFor, signerWith, type DeviceSigner } from '../core/exchange';
import type { BarometerDb } from './database';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

const KEYS_KEY = 'deviceSigningKeys';
const ALGORITHM = { name: 'Ed25519' } as const;

/** Seals and opens bytes with the OS key store (the host's `keys`). */
export interface KeySealer {
  seal(data: Uint8Array): Promise<{ ok: true; value: { sealed: true; data: Uint8Array } | { sealed: false; reason: string } } | { ok: false; error: string }>;
  open(data: Uint8Array): Promise<{ ok: true; value: Uint8Array } | { ok: false; error: string }>;
}

interface StoredKeys {
  keys: CryptoKeyPair;
  createdAt: string;
}

interface SealedKeys {
  /** The PKCS #8 private key as the OS key store sealed it. */
  sealedPrivateKey: Uint8Array;
  /** The raw public key, 64 hex digits. */
  publicKey: string;
  createdAt: string;
}

const cache = new WeakMap<BarometerDb, Promise<DeviceSigner>>();
const sealers = new WeakMap<BarometerDb, KeySealer>();

/** At start, where the host has an OS key store: keys made from now on are kept sealed by it. */
export function registerKeySealer(db: BarometerDb, sealer: KeySealer | undefined): void {
  if (sealer) sealers.set(db, sealer);
  else sealers.delete(db);
}

const isStored = (value: unknown): value is StoredKeys =>
  typeof value === 'object' && value !== null && 'keys' in value && typeof (value as StoredKeys).keys?.privateKey === 'object';

const isSealed = (value: unknown): value is SealedKeys =>
  typeof value === 'object' && value !== null && (value as SealedKeys).sealedPrivateKey instanceof Uint8Array && typeof (value as SealedKeys).publicKey === 'string';

/** A non-extractable private key from its PKCS #8 bytes. */
const privateKeyOf = (pkcs8: Uint8Array): Promise<CryptoKey> => crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), ALGORITHM, false, ['sign']);

async function openSealed(sealer: KeySealer | undefined, stored: SealedKeys): Promise<DeviceSigner> {
  const opened = sealer ? await sealer.open(stored.sealedPrivateKey) : { ok: false as const, error: 'this computer offers no key store now' };
  if (!opened.ok) {
    const text = {
      en: `This computer's signing key is kept sealed by the operating system's key store, which could not open it (${opened.error}). Packages and backups cannot be signed until it can; the data itself is unharmed.`,
      da: `Computerens signeringsnøgle er forseglet af styresystemets nøglering, som ikke kunne åbne den (${opened.error}). Pakker og sikkerhedskopier kan ikke signeres, før den kan; selve dataene er uskadte.`,
    };
    throw new StoreError('signing-key-unavailable', text.en, [], text);
  }
  return signerWith(await privateKeyOf(opened.value), stored.publicKey);
}

/** A new key pair: sealed when the OS key store takes it, else kept as non-extractable CryptoKeys. */
async function makeKeys(sealer: KeySealer | undefined): Promise<StoredKeys | SealedKeys> {
  const createdAt = new Date().toISOString();
  if (!sealer) return { keys: await newDeviceKeys(), createdAt };
  const extractable = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', extractable.privateKey));
  const publicKey = (await signerFor(extractable)).publicKey;
  const sealed = await sealer.seal(pkcs8);
  const kept: StoredKeys | SealedKeys =
    sealed.ok && sealed.value.sealed
      ? { sealedPrivateKey: sealed.value.data, publicKey, createdAt }
      : { keys: { privateKey: await privateKeyOf(pkcs8), publicKey: extractable.publicKey }, createdAt };
  pkcs8.fill(0);
  return kept;
}

async function signerOf(value: StoredKeys | SealedKeys, sealer: KeySealer | undefined): Promise<DeviceSigner> {
  return isSealed(value) ? openSealed(sealer, value) : signerFor(value.keys);
}

async function loadOrMake(db: BarometerDb): Promise<DeviceSigner> {
  const sealer = sealers.get(db);
  const existing = (await db.settings.get(KEYS_KEY))?.value;
  if (isStored(existing) || isSealed(existing)) return signerOf(existing, sealer);
  assertWritable(db);
  const candidate = await makeKeys(sealer);
  // Read again inside the transaction: two first uses at once must agree on one key pair.
  const kept = await db.transaction('rw', db.settings, async () => {
    const row = (await db.settings.get(KEYS_KEY))?.value;
    if (isStored(row) || isSealed(row)) return row;
    await db.settings.put({ key: KEYS_KEY, value: candidate });
    return candidate;
  });
  return signerOf(kept, sealer);
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

/** How this device's private key is kept, for the About panel. */
export async function deviceKeyProtection(db: BarometerDb): Promise<'sealed' | 'browser' | 'none'> {
  const value = (await db.settings.get(KEYS_KEY))?.value;
  return isSealed(value) ? 'sealed' : isStored(value) ? 'browser' : 'none';
}

/** This device's fingerprint ("ab12 cd34 ef56 7890"), shown in About for the coordinator to compare. */
export async function deviceFingerprint(db: BarometerDb): Promise<string> {
  return keyFingerprint((await deviceSigner(db)).publicKey);
}
