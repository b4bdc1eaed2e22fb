import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter } from '../../main/atomic-write';
import { backupName } from '../../main/backup-names';
import { createBackupStore } from '../../main/backup-store';
import { readLimitedFile } from '../../main/read-limited-file';

let userData: string;
let folder: string;
let clock: Date;

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'backup-store-'));
  folder = path.join(userData, 'backups');
  clock = new Date('2025-03-01T09:30:00.000Z');
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

function store(policy?: { keepLast: number; keepDays: number }) {
  return createBackupStore({
    folder,
    fs: { mkdir: fsp.mkdir, readdir: fsp.readdir, lstat: fsp.lstat, unlink: fsp.unlink },
    writeAtomically: createAtomicWriter({ open: fsp.open, rename: fsp.rename, unlink: fsp.unlink }),
    readLimited: (filePath, name, limit) => readLimitedFile({ open: fsp.open }, filePath, name, limit),
    now: () => clock,
    ...(policy ? { policy } : {}),
  });
}
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the backups folder', () => {
  it('is created under the user-data folder on the first backup, which lands in it and nowhere else', async () => {
    expect(existsSync(folder)).toBe(false);
    const written = await store().write(bytes('backup one'));
    expect(written).toEqual({
      ok: true,
      value: { name: 'barometer-backup-20250301T093000000Z.barometer-backup', writtenAt: '2025-03-01T09:30:00.000Z', bytes: 10 },
    });
    expect(readdirSync(userData)).toEqual(['backups']);
    expect(readdirSync(folder)).toEqual(['barometer-backup-20250301T093000000Z.barometer-backup']);
    expect(readFileSync(path.join(folder, 'barometer-backup-20250301T093000000Z.barometer-backup'), 'utf8')).toBe('backup one');
  });

  it('lists backups newest first with their time and size, ignoring temp files and strangers', async () => {
    const s = store();
    await s.write(bytes('first'));
    clock = new Date('2025-03-01T09:35:00.000Z');
    await s.write(bytes('second!'));
    writeFileSync(path.join(folder, '.barometer-backup-20250301T094000000Z.barometer-backup.abc.tmp'), 'half');
    writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');
    expect(await s.list()).toEqual({
      ok: true,
      value: {
        folder,
        backups: [
          { name: 'barometer-backup-20250301T093500000Z.barometer-backup', writtenAt: '2025-03-01T09:35:00.000Z', bytes: 7 },
          { name: 'barometer-backup-20250301T093000000Z.barometer-backup', writtenAt: '2025-03-01T09:30:00.000Z', bytes: 5 },
        ],
      },
    });
  });

  it('lists nothing (not an error) before the first backup', async () => {
    expect(await store().list()).toEqual({ ok: true, value: { folder, backups: [] } });
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const s = store();
    await s.write(bytes('a'));
    const second = await s.write(bytes('b'));
    expect(second).toMatchObject({ ok: true, value: { name: backupName(clock, 1) } });
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('writes two backups asked for at once side by side, never one over the other', async () => {
    const s = store();
    const [a, b] = await Promise.all([s.write(bytes('first')), s.write(bytes('second'))]);
    expect(a.ok && b.ok && a.value.name !== b.value.name).toBe(true);
    expect(readdirSync(folder).map((n) => readFileSync(path.join(folder, n), 'utf8')).sort()).toEqual(['first', 'second']);
  });

  it('rotates after each write', async () => {
    const s = store({ keepLast: 3, keepDays: 1 });
    for (let i = 0; i < 6; i++) {
      clock = new Date(Date.UTC(2025, 2, 1, 9, 30 + i));
      await s.write(bytes(`backup ${i}`));
    }
    const listed = await s.list();
    expect(listed.ok && listed.value.backups.map((b) => b.writtenAt)).toEqual([
      '2025-03-01T09:35:00.000Z',
      '2025-03-01T09:34:00.000Z',
      '2025-03-01T09:33:00.000Z',
    ]);
  });

  it('reads a listed backup back, byte for byte', async () => {
    const s = store();
    const written = await s.write(bytes('restore me'));
    if (!written.ok) throw new Error(written.error);
    const read = await s.read(written.value.name);
    expect(read.ok && new TextDecoder().decode(read.value.data)).toBe('restore me');
  });

  it('refuses to read a name that is not in the listing, and so anything outside the folder', async () => {
    writeFileSync(path.join(userData, 'secret.barometer-backup'), 'outside');
    const s = store();
    await s.write(bytes('inside'));
    for (const name of ['../secret.barometer-backup', backupName(new Date('2020-01-01T00:00:00.000Z')), 'notes.txt']) {
      expect(await s.read(name)).toMatchObject({ ok: false, error: expect.stringContaining('no backup named') });
    }
  });

  it('refuses an empty backup and writes nothing', async () => {
    expect(await store().write(new Uint8Array(0))).toMatchObject({ ok: false, error: expect.stringContaining('empty') });
    expect(existsSync(folder)).toBe(false);
  });

  it('says where it failed when the folder cannot be made', async () => {
    writeFileSync(folder, 'a file where the folder should be');
    const result = await store().write(bytes('x'));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(folder) });
  });
});
