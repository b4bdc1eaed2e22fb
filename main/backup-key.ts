/**
 * This computer's backup key: 32 random bytes, stored in `<userData>/backup-key.bin` only as
 * Electron's safeStorage made it (macOS Keychain, Windows DPAPI, Linux libsecret/KWallet), so the key
 * file is useless on another computer or to another OS user. Where the OS offers no such store (Linux
 * without a keyring: safeStorage's "basic_text" backend, which would use a fixed password) backups
 * stay unencrypted and the reason is reported: that is not protection, and saying so is better.
 *
 * The safeStorage and file functions are passed in, so all of this is tested in Node.
 */
import type { IpcResult } from '../preload/contract';
import type { AtomicWriter } from './atomic-write';
import { createPublicKey } from 'node:crypto';
import { DATA_KEY_BYTES, isEncryptedBackup, newDataKey, openBackup, sealBackup } from './backup-crypto';

/** The async half of Electron's safeStorage. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only. */
  getSelectedStorageBackend?(): string;
}

export type BackupKeyState = { protected: true; dataKey: Buffer } | { protected: false; reason: string };

export interface BackupKeyDeps {
  safeStorage: SafeStorageLike;
  platform: string;
  /** `<userData>/backup-key.bin` */
  keyFile: string;
  /** The file's bytes, or null when there is none. */
  readFile(filePath: string): Promise<Uint8Array | null>;
  writeAtomically: AtomicWriter;
  rename(from: string, to: string): Promise<void>;
  now(): Date;
}

const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

/** Whether the OS offers a real key store for safeStorage; the reason when it does not. */
export async function osKeyStore(safeStorage: SafeStorageLike, platform: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  let available = false;
  try {
    available = await safeStorage.isAsyncEncryptionAvailable();
  } catch {
    available = false;
  }
  if (!available) return { ok: false, reason: 'the operating system offers no key store to this app' };
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (WEAK_LINUX_BACKENDS.has(backend)) {
      return { ok: false, reason: 'no keyring (GNOME Keyring / libsecret or KWallet) is running, so there is nowhere safe to keep the key' };
    }
  }
  return { ok: true };
}

/**
 * Loads this computer's key, or makes one on first use. A key file that the OS store can no longer
 * unlock (the OS was reinstalled, the profile copied to another computer) is kept aside, never
 * overwritten, and a new key is made: older backups then open only with the recovery key.
 */
export async function loadOrCreateBackupKey(deps: BackupKeyDeps): Promise<BackupKeyState> {
  const store = await osKeyStore(deps.safeStorage, deps.platform);
  if (!store.ok) return { protected: false, reason: store.reason };
  const existing = await deps.readFile(deps.keyFile);
  if (existing) {
    const unlocked = await unlock(deps, existing);
    if (unlocked) return { protected: true, dataKey: unlocked };
    const aside = `${deps.keyFile}.unreadable-${deps.now().toISOString().replace(/[-:.]/g, '')}`;
    await deps.rename(deps.keyFile, aside);
  }
  const dataKey = newDataKey();
  try {
    const sealed = await deps.safeStorage.encryptStringAsync(dataKey.toString('base64'));
    const written = await deps.writeAtomically(deps.keyFile, new Uint8Array(sealed));
    if (!written.ok) return { protected: false, reason: `the backup key could not be saved (${written.error})` };
  } catch (error) {
    return { protected: false, reason: `the key store refused the backup key (${error instanceof Error ? error.message : String(error)})` };
  }
  return { protected: true, dataKey };
}

async function unlock(deps: BackupKeyDeps, sealed: Uint8Array): Promise<Buffer | null> {
  try {
    const { result, shouldReEncrypt } = await deps.safeStorage.decryptStringAsync(Buffer.from(sealed));
    const key = Buffer.from(result, 'base64');
    if (key.length !== DATA_KEY_BYTES) return null;
    if (shouldReEncrypt) {
      // The OS rotated its key: store ours again under the new one (best effort; the old blob still works).
      const resealed = await deps.safeStorage.encryptStringAsync(result);
      await deps.writeAtomically(deps.keyFile, new Uint8Array(resealed));
    }
    return key;
  } catch {
    return null;
  }
}

/**
 * The coordinator's recovery public key, from the first of `candidates` that exists (the installer's
 * resources first, then the user-data folder). Anything but an RSA public key of at least 3072 bits
 * is refused with a warning rather than used.
 */
export async function readRecoveryPublicKey(
  candidates: readonly string[],
  readFile: (filePath: string) => Promise<Uint8Array | null>,
  warn: (message: string) => void = console.warn,
): Promise<string | null> {
  for (const candidate of candidates) {
    const bytes = await readFile(candidate);
    if (!bytes) continue;
    const pem = Buffer.from(bytes).toString('utf8');
    try {
      const key = createPublicKey(pem);
      const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
      if (key.type === 'public' && key.asymmetricKeyType === 'rsa' && bits >= 3072) return pem;
      warn(`Ignored ${candidate}: not an RSA public key of at least 3072 bits.`);
    } catch {
      warn(`Ignored ${candidate}: not a public key.`);
    }
    return null;
  }
  return null;
}

/** What the backups folder does with the bytes it stores. */
export interface BackupCodec {
  seal(plain: Uint8Array): Promise<Uint8Array>;
  open(stored: Uint8Array): Promise<IpcResult<Uint8Array>>;
}

/**
 * Encrypts backups when the key is protected by the OS; writes them as they are otherwise. Reads both
 * kinds: a plain file (written before encryption, or where there is no key store) passes through.
 */
export function createBackupCodec(key: () => Promise<BackupKeyState>, recoveryPublicKey: () => Promise<string | null>): BackupCodec {
  return {
    async seal(plain) {
      const state = await key();
      if (!state.protected) return plain;
      return sealBackup(plain, { dataKey: state.dataKey, recoveryPublicKeyPem: await recoveryPublicKey() });
    },
    async open(stored) {
      if (!isEncryptedBackup(stored)) return { ok: true, value: stored };
      const state = await key();
      if (!state.protected) return { ok: false, error: `This backup is encrypted, but this computer cannot unlock its key now: ${state.reason}.` };
      return openBackup(stored, state.dataKey);
    },
  };
}

/** Runs `load` once, on first use, and keeps its answer. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
}
