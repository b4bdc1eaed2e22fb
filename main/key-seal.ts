/**
 * Seals this computer's private signing key (packages and backups are signed with it) with the OS
 * key store through Electron's safeStorage (macOS Keychain, Windows DPAPI, Linux libsecret/KWallet),
 * so the key kept in the app's store is useless on another computer or to another OS user. Where the
 * OS has no real key store the renderer is told why and keeps its key as before (a non-extractable
 * key in IndexedDB). safeStorage is passed in, so this is tested in Node.
 */
import type { IpcResult, OpenKeyResponse, SealKeyResponse } from '../preload/contract';
import { osKeyStore, type SafeStorageLike } from './backup-key';

export interface KeySealDeps {
  safeStorage: SafeStorageLike;
  platform: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function sealKey(deps: KeySealDeps, data: Uint8Array): Promise<IpcResult<SealKeyResponse>> {
  const store = await osKeyStore(deps.safeStorage, deps.platform);
  if (!store.ok) return { ok: true, value: { sealed: false, reason: store.reason } };
  try {
    const sealed = await deps.safeStorage.encryptStringAsync(Buffer.from(data).toString('base64'));
    return { ok: true, value: { sealed: true, data: new Uint8Array(sealed) } };
  } catch (error) {
    return { ok: true, value: { sealed: false, reason: `the key store refused the key (${message(error)})` } };
  }
}

export async function openKey(deps: KeySealDeps, data: Uint8Array): Promise<IpcResult<OpenKeyResponse>> {
  try {
    const { result } = await deps.safeStorage.decryptStringAsync(Buffer.from(data));
    const bytes = Buffer.from(result, 'base64');
    if (bytes.byteLength === 0 || bytes.toString('base64') !== result) return { ok: false, error: 'The sealed signing key did not open to a key.' };
    return { ok: true, value: { data: new Uint8Array(bytes) } };
  } catch (error) {
    return { ok: false, error: `The sealed signing key could not be opened on this computer (${message(error)}).` };
  }
}
