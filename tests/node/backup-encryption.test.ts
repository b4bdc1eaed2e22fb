/**
 * Backups encrypted at rest: the file format, this computer's key under the OS key store (a stand-in
 * for Electron's safeStorage), the backups folder writing and reading encrypted files, and the
 * coordinator's recovery key opening a backup on another computer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter } from '../../main/atomic-write';
import { generateRecoveryKeyPair, isEncryptedBackup, openBackup, openWithRecoveryKey, sealBackup } from '../../main/backup-crypto';
import { createBackupCodec, loadOrCreateBackupKey, once, readRecoveryPublicKey, type SafeStorageLike } from '../../main/backup-key';
import { FakeOsKeyStore } from './fake-os-key-store';
import { createBackupStore } from '../../main/backup-store';
import { readLimitedFile } from '../../main/read-limited-file';
import { builderConfig } from '../../electron-builder.config';

const PACKAGE = new TextEncoder().encode('{"responses":[{"workplace_name":"Sundhedshuset Vest"}]}');
const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'backup-crypto-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writeAtomically = createAtomicWriter({ open: fsp.open, rename: fsp.rename, unlink: fsp.unlink });
const readIfPresent = async (filePath: string) => {
  try {
    return await fsp.readFile(filePath);
  } catch {
    return null;
  }
};
const keyDeps = (safeStorage: SafeStorageLike, platform = 'linux') => ({
  safeStorage,
  platform,
  keyFile: path.join(dir, 'backup-key.bin'),
  readFile: readIfPresent,
  writeAtomically,
  rename: fsp.rename,
  now: () => new Date('2026-12-02T14:05:00.000Z'),
});

describe('the encrypted backup format', () => {
  const key = randomBytes(32);

  it('hides the content, starts with its magic and a readable header, and opens to the exact bytes', () => {
    const sealed = sealBackup(PACKAGE, { dataKey: key });
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(isEncryptedBackup(PACKAGE)).toBe(false);
    expect(Buffer.from(sealed.subarray(0, 8)).toString('ascii')).toBe('BAROENC1');
    const n = Buffer.from(sealed).readUInt32BE(8);
    const header = JSON.parse(Buffer.from(sealed.subarray(12, 12 + n)).toString('utf8')) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 1, alg: 'AES-256-GCM', recovery: null });
    expect(Buffer.from(String(header.iv), 'base64')).toHaveLength(12);
    // Magic, length, header, ciphertext as long as the content, 16-byte tag.
    expect(sealed.byteLength).toBe(12 + n + PACKAGE.byteLength + 16);
    expect(contains(sealed, 'Sundhedshuset')).toBe(false);
    expect(openBackup(sealed, key)).toEqual({ ok: true, value: PACKAGE });
  });

  it('uses a fresh IV each time: the same backup sealed twice gives different files', () => {
    const a = sealBackup(PACKAGE, { dataKey: key });
    const b = sealBackup(PACKAGE, { dataKey: key });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('refuses a changed byte anywhere (content, tag, header) and a cut file', () => {
    const sealed = sealBackup(PACKAGE, { dataKey: key });
    const damaged = 'The backup file is damaged or incomplete: it cannot be opened.';
    const flip = (at: number) => {
      const copy = new Uint8Array(sealed);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      return copy;
    };
    const n = Buffer.from(sealed).readUInt32BE(8);
    expect(openBackup(flip(12 + n + 3), key)).toEqual({ ok: false, error: damaged }); // content
    expect(openBackup(flip(sealed.length - 1), key)).toEqual({ ok: false, error: damaged }); // tag
    // A header byte: the header is authenticated too (a space added inside the JSON keeps it parseable).
    const header = Buffer.from(sealed.subarray(12, 12 + n)).toString('utf8').replace('"format":1', '"format": 1');
    const headerBytes = Buffer.from(header, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(headerBytes.length);
    const rebuilt = Buffer.concat([Buffer.from(sealed.subarray(0, 8)), length, headerBytes, Buffer.from(sealed.subarray(12 + n))]);
    expect(openBackup(rebuilt, key)).toEqual({ ok: false, error: damaged });
    expect(openBackup(sealed.subarray(0, sealed.length - 20), key)).toEqual({ ok: false, error: damaged });
    expect(openBackup(sealed.subarray(0, 10), key)).toEqual({ ok: false, error: damaged });
  });

  it('says so when another computer\'s key wrote it, and points to the recovery key', () => {
    const opened = openBackup(sealBackup(PACKAGE, { dataKey: key }), randomBytes(32));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatch(/^This backup was encrypted on another computer.*Your coordinator can open it with the recovery key\.$/);
  });
});

// Two coordinators' recovery keys (RSA 3072: made once, they take a moment).
let recovery: ReturnType<typeof generateRecoveryKeyPair>;
let other: ReturnType<typeof generateRecoveryKeyPair>;
beforeAll(() => {
  recovery = generateRecoveryKeyPair('correct horse battery staple');
  other = generateRecoveryKeyPair('another long passphrase');
}, 60_000);

describe('the coordinator\'s recovery key', () => {
  it('opens a backup from a computer whose key is gone, with its passphrase', () => {
    const sealed = sealBackup(PACKAGE, { dataKey: randomBytes(32), recoveryPublicKeyPem: recovery.publicKeyPem });
    expect(recovery.privateKeyPem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(openWithRecoveryKey(sealed, recovery.privateKeyPem, 'correct horse battery staple')).toEqual({ ok: true, value: PACKAGE });
  });

  it('refuses a wrong passphrase, another recovery key, and a backup written without one', () => {
    const sealed = sealBackup(PACKAGE, { dataKey: randomBytes(32), recoveryPublicKeyPem: recovery.publicKeyPem });
    expect(openWithRecoveryKey(sealed, recovery.privateKeyPem, 'wrong passphrase!!')).toEqual({
      ok: false,
      error: 'The recovery key could not be read (a wrong passphrase, or not a private key).',
    });
    expect(openWithRecoveryKey(sealed, other.privateKeyPem, 'another long passphrase')).toEqual({
      ok: false,
      error: `This backup was written for another recovery key (${recovery.keyId}), not this one (${other.keyId}).`,
    });
    expect(openWithRecoveryKey(sealBackup(PACKAGE, { dataKey: randomBytes(32) }), recovery.privateKeyPem, 'correct horse battery staple')).toEqual({
      ok: false,
      error: 'This backup was written without a recovery key, so only the computer that wrote it can open it.',
    });
  });

  it('wants a passphrase of at least 12 characters', () => {
    expect(() => generateRecoveryKeyPair('short', 2048)).toThrow('at least 12 characters');
  });

  it('is read from the first place that has one, and only if it is a strong RSA public key', async () => {
    const installer = path.join(dir, 'resources', 'recovery-public-key.pem');
    const userData = path.join(dir, 'recovery-public-key.pem');
    writeFileSync(userData, other.publicKeyPem);
    const warnings: string[] = [];
    expect(await readRecoveryPublicKey([installer, userData], readIfPresent, (m) => warnings.push(m))).toBe(other.publicKeyPem);
    await fsp.mkdir(path.dirname(installer));
    writeFileSync(installer, recovery.publicKeyPem);
    expect(await readRecoveryPublicKey([installer, userData], readIfPresent)).toBe(recovery.publicKeyPem);
    // A private key, or a weak one, is never used.
    writeFileSync(installer, generateRecoveryKeyPair('a passphrase of 12+', 2048).publicKeyPem);
    expect(await readRecoveryPublicKey([installer, userData], readIfPresent, (m) => warnings.push(m))).toBeNull();
    writeFileSync(installer, 'not a key');
    expect(await readRecoveryPublicKey([installer], readIfPresent, (m) => warnings.push(m))).toBeNull();
    expect(warnings).toEqual([`Ignored ${installer}: not an RSA public key of at least 3072 bits.`, `Ignored ${installer}: not a public key.`]);
    expect(await readRecoveryPublicKey([path.join(dir, 'none.pem')], readIfPresent)).toBeNull();
  });

  it('goes into the installer only when the coordinator building it names one', () => {
    expect(builderConfig({}).extraResources).toEqual([]);
    expect(builderConfig({ BAROMETER_RECOVERY_PUBLIC_KEY: '/secure/recovery-public-key.pem' }).extraResources).toEqual([
      { from: '/secure/recovery-public-key.pem', to: 'recovery-public-key.pem' },
    ]);
  });
});

describe('this computer\'s backup key', () => {
  it('is made on first use, stored only as the OS key store sealed it, and the same afterwards', async () => {
    const os = new FakeOsKeyStore();
    const first = await loadOrCreateBackupKey(keyDeps(os));
    expect(first.protected).toBe(true);
    if (!first.protected) return;
    const stored = readFileSync(path.join(dir, 'backup-key.bin'));
    expect(stored.includes(first.dataKey)).toBe(false);
    expect(stored.includes(Buffer.from(first.dataKey.toString('base64')))).toBe(false);
    const again = await loadOrCreateBackupKey(keyDeps(os));
    expect(again).toEqual(first);
  });

  it('is not used where the OS has no real key store: backups stay unencrypted and the reason is given', async () => {
    const noKeyring = new FakeOsKeyStore();
    noKeyring.backend = 'basic_text';
    expect(await loadOrCreateBackupKey(keyDeps(noKeyring, 'linux'))).toEqual({
      protected: false,
      reason: 'no keyring (GNOME Keyring / libsecret or KWallet) is running, so there is nowhere safe to keep the key',
    });
    // basic_text is a Linux notion; Windows' DPAPI is always there once the app is ready.
    expect((await loadOrCreateBackupKey(keyDeps(noKeyring, 'win32'))).protected).toBe(true);
    const none = new FakeOsKeyStore();
    none.available = false;
    expect(await loadOrCreateBackupKey(keyDeps(none, 'darwin'))).toEqual({ protected: false, reason: 'the operating system offers no key store to this app' });
  });

  it('that another computer cannot unlock is set aside, never overwritten, and a new key is made', async () => {
    const laptop = await loadOrCreateBackupKey(keyDeps(new FakeOsKeyStore()));
    const copiedTo = await loadOrCreateBackupKey(keyDeps(new FakeOsKeyStore()));
    expect(laptop.protected && copiedTo.protected).toBe(true);
    if (!laptop.protected || !copiedTo.protected) return;
    expect(copiedTo.dataKey.equals(laptop.dataKey)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['backup-key.bin', 'backup-key.bin.unreadable-20261202T140500000Z']);
  });

  it('is stored again when the OS rotated its own key', async () => {
    const os = new FakeOsKeyStore();
    const first = await loadOrCreateBackupKey(keyDeps(os));
    const before = readFileSync(path.join(dir, 'backup-key.bin'));
    os.rotate = true;
    const again = await loadOrCreateBackupKey(keyDeps(os));
    expect(again).toEqual(first);
    expect(readFileSync(path.join(dir, 'backup-key.bin')).equals(before)).toBe(false);
  });
});

describe('the backups folder, encrypted', () => {
  const folder = () => path.join(dir, 'backups');
  const storeWith = (os: SafeStorageLike, recoveryPem: string | null = null) =>
    createBackupStore({
      folder: folder(),
      fs: { mkdir: fsp.mkdir, readdir: fsp.readdir, lstat: fsp.lstat, unlink: fsp.unlink },
      writeAtomically,
      readLimited: (filePath, name, limit) => readLimitedFile({ open: fsp.open }, filePath, name, limit),
      now: () => new Date('2026-12-02T14:05:00.000Z'),
      codec: createBackupCodec(once(() => loadOrCreateBackupKey(keyDeps(os))), async () => recoveryPem),
    });

  it('writes files a copy elsewhere cannot read, and reads them back here as the package they hold', async () => {
    const store = storeWith(new FakeOsKeyStore());
    const written = await store.write(PACKAGE);
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    const onDisk = readFileSync(path.join(folder(), written.value.name));
    expect(isEncryptedBackup(onDisk)).toBe(true);
    expect(contains(onDisk, 'Sundhedshuset')).toBe(false);
    expect(written.value.bytes).toBe(onDisk.length);
    expect(await store.read(written.value.name)).toEqual({ ok: true, value: { name: written.value.name, data: PACKAGE } });
  });

  it('still reads a plain backup written before encryption, and writes plain where there is no key store', async () => {
    await fsp.mkdir(folder());
    const old = 'barometer-backup-20261201T080000000Z.barometer-backup';
    writeFileSync(path.join(folder(), old), PACKAGE);
    const os = new FakeOsKeyStore();
    expect(await storeWith(os).read(old)).toEqual({ ok: true, value: { name: old, data: PACKAGE } });
    const noKeyring = new FakeOsKeyStore();
    noKeyring.backend = 'basic_text';
    const written = await storeWith(noKeyring).write(PACKAGE);
    if (!written.ok) throw new Error(written.error);
    expect(readFileSync(path.join(folder(), written.value.name)).equals(Buffer.from(PACKAGE))).toBe(true);
  });

  it('on a new computer: the backup does not open there, the coordinator\'s recovery key opens it', async () => {
    const written = await storeWith(new FakeOsKeyStore(), recovery.publicKeyPem).write(PACKAGE);
    if (!written.ok) throw new Error(written.error);
    // The folder copied to a new computer, whose OS store cannot unlock the old key file.
    const elsewhere = await storeWith(new FakeOsKeyStore()).read(written.value.name);
    expect(elsewhere.ok).toBe(false);
    if (!elsewhere.ok) expect(elsewhere.error).toMatch(/^This backup was encrypted on another computer/);
    const file = readFileSync(path.join(folder(), written.value.name));
    expect(openWithRecoveryKey(file, recovery.privateKeyPem, 'correct horse battery staple')).toEqual({ ok: true, value: PACKAGE });
  });
});
