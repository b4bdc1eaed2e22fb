/**
 * The app:// handler and the backups folder refuse symlinks (issue 10, item 7): a link planted in
 * the bundle (to a file or a folder) is not served, a linked backup is not listed (so it cannot be
 * restored), and a backups folder that is itself a link is refused. Real files are unaffected.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter } from '../../main/atomic-write';
import { backupName } from '../../main/backup-names';
import { createBackupStore } from '../../main/backup-store';
import { bundleFiles } from '../../main/bundle-files';
import { readLimitedFile } from '../../main/read-limited-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'symlinks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundle reader behind app://', () => {
  it('serves real files and refuses a file or a folder reached through a link', async () => {
    const root = path.join(dir, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<p>ok</p>');
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'x.js'), 'x');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'leak.js'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(root, 'linked'));
    const files = bundleFiles(root, fsp);
    expect(new TextDecoder().decode(await files.readFile(path.join(root, 'index.html')))).toBe('<p>ok</p>');
    await expect(files.readFile(path.join(root, 'assets', 'leak.js'))).rejects.toThrow(/symbolic link/);
    await expect(files.readFile(path.join(root, 'linked', 'x.js'))).rejects.toThrow(/symbolic link/);
  });

  it('a root reached through a link is fine', async () => {
    const real = path.join(dir, 'real-root');
    mkdirSync(real);
    writeFileSync(path.join(real, 'index.html'), 'hi');
    symlinkSync(real, path.join(dir, 'root-link'));
    const files = bundleFiles(path.join(dir, 'root-link'), fsp);
    expect(new TextDecoder().decode(await files.readFile(path.join(dir, 'root-link', 'index.html')))).toBe('hi');
  });
});

describe('the backups folder', () => {
  const store = (folder: string) =>
    createBackupStore({
      folder,
      fs: { mkdir: fsp.mkdir, readdir: fsp.readdir, lstat: fsp.lstat, unlink: fsp.unlink },
      writeAtomically: createAtomicWriter({ open: fsp.open, rename: fsp.rename, unlink: fsp.unlink }),
      readLimited: (filePath, name, limit) => readLimitedFile({ open: fsp.open }, filePath, name, limit),
      now: () => new Date('2025-03-01T09:30:00.000Z'),
    });

  it('does not list (so cannot restore) a backup that is a link', async () => {
    const folder = path.join(dir, 'backups');
    mkdirSync(folder);
    writeFileSync(path.join(dir, 'foreign.barometer'), 'not ours');
    const linked = backupName(new Date('2025-02-01T08:00:00.000Z'), 0);
    symlinkSync(path.join(dir, 'foreign.barometer'), path.join(folder, linked));
    const real = backupName(new Date('2025-02-02T08:00:00.000Z'), 0);
    writeFileSync(path.join(folder, real), 'ours');
    const listed = await store(folder).list();
    expect(listed.ok && listed.value.backups.map((b) => b.name)).toEqual([real]);
    expect(await store(folder).read(linked)).toMatchObject({ ok: false });
  });

  it('refuses a backups folder that is itself a link, for writing and listing', async () => {
    mkdirSync(path.join(dir, 'target'));
    const folder = path.join(dir, 'backups');
    symlinkSync(path.join(dir, 'target'), folder);
    expect(await store(folder).write(new TextEncoder().encode('x'))).toMatchObject({ ok: false, error: expect.stringMatching(/symbolic link/) });
    expect(await store(folder).list()).toMatchObject({ ok: false, error: expect.stringMatching(/symbolic link/) });
  });
});
