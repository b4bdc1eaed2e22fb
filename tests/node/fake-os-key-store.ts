/** A stand-in for Electron's safeStorage in Node tests (the OS, not our code). */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../main/backup-key';

/**
 * An OS key store as safeStorage presents it: strings sealed with a key only this "computer" holds
 * (AES-256-GCM under a random OS key). Another instance is another computer (or OS user).
 */
export class FakeOsKeyStore implements SafeStorageLike {
  private readonly osKey = randomBytes(32);
  available = true;
  backend = 'gnome_libsecret';
  rotate = false;
  async isAsyncEncryptionAvailable() {
    return this.available;
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
  async encryptStringAsync(text: string) {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.osKey, iv);
    const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]);
  }
  async decryptStringAsync(sealed: Buffer) {
    const d = createDecipheriv('aes-256-gcm', this.osKey, sealed.subarray(0, 12));
    d.setAuthTag(sealed.subarray(12, 28));
    const result = Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    return { result, shouldReEncrypt: this.rotate };
  }
}

