/**
 * Encryption at rest of the backup files (format 1). Pure node:crypto, so it is tested in Node.
 *
 *   bytes 0–7   "BAROENC1"
 *   bytes 8–11  n, the header's length (uint32, big-endian)
 *   next n      the header, JSON (UTF-8): algorithm, IV, the data key's id, and (when a recovery key is
 *               configured) the data key wrapped with the coordinator's recovery public key
 *   then        the AES-256-GCM ciphertext of the backup (the package bytes), then its 16-byte tag
 *
 * The tag also covers bytes 0–(12+n) (as additional authenticated data), so a changed header, a
 * changed byte or a cut file all fail to open. Each backup has a fresh random 96-bit IV; the 256-bit
 * data key is this computer's (kept by backup-key.ts under the OS's safeStorage).
 *
 * Recovery: the data key is also wrapped with RSA-OAEP (SHA-256) for the coordinator's recovery key,
 * whose private half never reaches the surveyors' computers. With it a coordinator opens a backup on
 * any computer (`openWithRecoveryKey`), e.g. after a surveyor's laptop was replaced.
 */
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import type { IpcResult } from '../preload/contract';

export const MAGIC = Buffer.from('BAROENC1', 'ascii');
export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 64 * 1024;

interface Header {
  format: 1;
  alg: 'AES-256-GCM';
  iv: string;
  /** First 16 hex digits of SHA-256 of the data key: tells "another computer's key" apart from damage. */
  keyId: string;
  recovery: { alg: 'RSA-OAEP-SHA256'; keyId: string; wrappedKey: string } | null;
}

export interface SealOptions {
  dataKey: Uint8Array;
  /** The coordinator's recovery public key (PEM, SPKI), when one is configured. */
  recoveryPublicKeyPem?: string | null;
}

/** Whether these bytes are an encrypted backup (rather than a plain one written before encryption, or elsewhere). */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.byteLength >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

export function dataKeyId(dataKey: Uint8Array): string {
  return createHash('sha256').update(dataKey).digest('hex').slice(0, 16);
}

/** The id of a recovery key: from its public half, so a computer can name it without the private half. */
export function recoveryKeyId(key: KeyObject | string): string {
  const publicKey = typeof key === 'string' ? createPublicKey(key) : key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function sealBackup(plain: Uint8Array, options: SealOptions): Uint8Array {
  if (options.dataKey.byteLength !== DATA_KEY_BYTES) throw new Error('The backup key must be 32 bytes.');
  const iv = randomBytes(IV_BYTES);
  let recovery: Header['recovery'] = null;
  if (options.recoveryPublicKeyPem) {
    const publicKey = createPublicKey(options.recoveryPublicKeyPem);
    if (publicKey.asymmetricKeyType !== 'rsa') throw new Error('The recovery key must be an RSA public key.');
    const wrapped = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, options.dataKey);
    recovery = { alg: 'RSA-OAEP-SHA256', keyId: recoveryKeyId(publicKey), wrappedKey: wrapped.toString('base64') };
  }
  const header: Header = { format: 1, alg: 'AES-256-GCM', iv: iv.toString('base64'), keyId: dataKeyId(options.dataKey), recovery };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const prefix = Buffer.concat([MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', options.dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return new Uint8Array(Buffer.concat([prefix, body, cipher.getAuthTag()]));
}

interface Parsed {
  header: Header;
  prefix: Buffer;
  body: Buffer;
  tag: Buffer;
}

const DAMAGED = 'The backup file is damaged or incomplete: it cannot be opened.';

function parse(bytes: Uint8Array): IpcResult<Parsed> {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isEncryptedBackup(all)) return { ok: false, error: 'This is not an encrypted backup.' };
  if (all.length < MAGIC.length + 4) return { ok: false, error: DAMAGED };
  const n = all.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (n > MAX_HEADER_BYTES || all.length < start + n + TAG_BYTES) return { ok: false, error: DAMAGED };
  let header: Header;
  try {
    header = JSON.parse(all.subarray(start, start + n).toString('utf8')) as Header;
  } catch {
    return { ok: false, error: DAMAGED };
  }
  if (header.format !== 1 || header.alg !== 'AES-256-GCM' || typeof header.iv !== 'string' || typeof header.keyId !== 'string') {
    return { ok: false, error: 'The backup was written in a format this version does not know: open it with a newer version.' };
  }
  return {
    ok: true,
    value: { header, prefix: all.subarray(0, start + n), body: all.subarray(start + n, all.length - TAG_BYTES), tag: all.subarray(all.length - TAG_BYTES) },
  };
}

function decrypt(parsed: Parsed, dataKey: Uint8Array): IpcResult<Uint8Array> {
  try {
    const iv = Buffer.from(parsed.header.iv, 'base64');
    if (iv.length !== IV_BYTES) return { ok: false, error: DAMAGED };
    const decipher = createDecipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(parsed.prefix);
    decipher.setAuthTag(parsed.tag);
    return { ok: true, value: new Uint8Array(Buffer.concat([decipher.update(parsed.body), decipher.final()])) };
  } catch {
    return { ok: false, error: DAMAGED };
  }
}

/** Opens a backup with this computer's data key. */
export function openBackup(bytes: Uint8Array, dataKey: Uint8Array): IpcResult<Uint8Array> {
  const parsed = parse(bytes);
  if (!parsed.ok) return parsed;
  if (parsed.value.header.keyId !== dataKeyId(dataKey)) {
    return {
      ok: false,
      error:
        'This backup was encrypted on another computer (or before this computer\'s key was replaced), so it cannot be opened here. ' +
        'Your coordinator can open it with the recovery key.',
    };
  }
  return decrypt(parsed.value, dataKey);
}

/** Opens a backup with the coordinator's recovery private key (PEM; encrypted PEM with its passphrase). */
export function openWithRecoveryKey(bytes: Uint8Array, privateKeyPem: string, passphrase?: string): IpcResult<Uint8Array> {
  const parsed = parse(bytes);
  if (!parsed.ok) return parsed;
  const recovery = parsed.value.header.recovery;
  if (!recovery) return { ok: false, error: 'This backup was written without a recovery key, so only the computer that wrote it can open it.' };
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(passphrase === undefined ? privateKeyPem : { key: privateKeyPem, passphrase });
  } catch {
    return { ok: false, error: 'The recovery key could not be read (a wrong passphrase, or not a private key).' };
  }
  if (recoveryKeyId(privateKey) !== recovery.keyId) {
    return { ok: false, error: `This backup was written for another recovery key (${recovery.keyId}), not this one (${recoveryKeyId(privateKey)}).` };
  }
  let dataKey: Buffer;
  try {
    dataKey = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(recovery.wrappedKey, 'base64'));
  } catch {
    return { ok: false, error: DAMAGED };
  }
  if (dataKey.length !== DATA_KEY_BYTES || dataKeyId(dataKey) !== parsed.value.header.keyId) return { ok: false, error: DAMAGED };
  return decrypt(parsed.value, dataKey);
}

/** A coordinator's recovery key pair: the public half goes into the installers, the private half stays with the coordinator. */
export function generateRecoveryKeyPair(passphrase: string, modulusLength = 3072): { publicKeyPem: string; privateKeyPem: string; keyId: string } {
  if (passphrase.length < 12) throw new Error('The passphrase must be at least 12 characters.');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey, keyId: recoveryKeyId(publicKey) };
}
