import path from 'node:path';
import { FILE_SIZE_LIMIT_BYTES, type BackupFile, type BackupListing, type IpcResult, type ReadBackupResponse } from '../preload/contract';
import type { AtomicWriter } from './atomic-write';
import type { BackupCodec } from './backup-key';
import { backupName, backupTime } from './backup-names';
import { backupsToRemove, type RotationPolicy } from './backup-rotation';

/** The parts of node:fs/promises the backups folder needs (injectable, so Node tests use a temp dir or fakes). */
export interface BackupFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  /** Not following symlinks (`fs.lstat`): a symlink is never taken for a backup or for the folder. */
  lstat(filePath: string): Promise<{ size: number; isFile(): boolean; isSymbolicLink(): boolean }>;
  unlink(filePath: string): Promise<void>;
}

export interface BackupStoreDeps {
  /** `<userData>/backups`: fixed by the main process, never taken from the renderer. */
  folder: string;
  fs: BackupFs;
  writeAtomically: AtomicWriter;
  readLimited(filePath: string, displayName: string, limit: number): Promise<IpcResult<Uint8Array>>;
  now(): Date;
  policy?: RotationPolicy;
  /** Encryption at rest (backup-key.ts); the bytes are stored as they are without one. */
  codec?: BackupCodec;
}

/** Room for the encryption's header and tag on top of the size limit of the backup itself. */
const STORED_OVERHEAD_BYTES = 1024 * 1024;

export interface BackupStore {
  write(data: Uint8Array): Promise<IpcResult<BackupFile>>;
  list(): Promise<IpcResult<BackupListing>>;
  read(name: string): Promise<IpcResult<ReadBackupResponse>>;
}

/** Writes, lists, rotates and reads back the automatic backups in one folder. */
export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { folder, fs } = deps;

  /** The folder must be a real folder, not a symlink to somewhere else (issue 10, item 7). */
  const refuseLinkedFolder = async (): Promise<void> => {
    try {
      if ((await fs.lstat(folder)).isSymbolicLink()) throw new Error(`${folder} is a symbolic link; backups are kept only in a real folder`);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  };

  const listFiles = async (): Promise<BackupFile[]> => {
    let names: string[];
    await refuseLinkedFolder();
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []; // no backup written yet
      throw error;
    }
    const files: BackupFile[] = [];
    for (const name of names) {
      const writtenAt = backupTime(name); // temp files and anything not ours are skipped
      if (!writtenAt) continue;
      try {
        const stat = await fs.lstat(path.join(folder, name));
        if (stat.isFile() && !stat.isSymbolicLink()) files.push({ name, writtenAt: writtenAt.toISOString(), bytes: stat.size });
      } catch {
        // Removed between listing and stat: not there any more.
      }
    }
    return files.sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : a.writtenAt > b.writtenAt ? -1 : a.name < b.name ? 1 : -1));
  };

  const rotate = async (): Promise<void> => {
    const files = await listFiles();
    const dated = files.map((f) => ({ name: f.name, writtenAt: new Date(f.writtenAt) }));
    for (const name of backupsToRemove(dated, deps.now(), deps.policy)) {
      await fs.unlink(path.join(folder, name)).catch(() => undefined); // retried at the next rotation
    }
  };

  // One write at a time: the free name is chosen from the folder's listing, so two writes at once
  // could choose the same one.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const write = async (data: Uint8Array): Promise<IpcResult<BackupFile>> => {
    if (data.byteLength === 0) return { ok: false, error: 'The backup is empty; nothing was written.' };
    if (data.byteLength > FILE_SIZE_LIMIT_BYTES) return { ok: false, error: 'The backup is too large to write.' };
    try {
      await refuseLinkedFolder();
      await fs.mkdir(folder, { recursive: true });
      const at = deps.now();
      const taken = new Set(await fs.readdir(folder));
      let serial = 0;
      while (taken.has(backupName(at, serial))) serial++;
      const name = backupName(at, serial);
      const stored = deps.codec ? await deps.codec.seal(data) : data;
      const written = await deps.writeAtomically(path.join(folder, name), stored);
      if (!written.ok) return written;
      await rotate().catch(() => undefined); // a failed clean-up never fails the backup itself
      return { ok: true, value: { name, writtenAt: at.toISOString(), bytes: stored.byteLength } };
    } catch (error) {
      return { ok: false, error: `The backup could not be written to ${folder} (${messageOf(error)}).` };
    }
  };

  const list = async (): Promise<IpcResult<BackupListing>> => {
    try {
      return { ok: true, value: { folder, backups: await listFiles() } };
    } catch (error) {
      return { ok: false, error: `The backups in ${folder} could not be listed (${messageOf(error)}).` };
    }
  };

  const read = async (name: string): Promise<IpcResult<ReadBackupResponse>> => {
    // Only a name the listing holds: the pattern check (ipc-schemas) already excludes paths; this
    // also excludes names of files that are not there.
    const listed = await list();
    if (!listed.ok) return listed;
    if (!listed.value.backups.some((file) => file.name === name)) return { ok: false, error: `There is no backup named "${name}".` };
    const bytes = await deps.readLimited(path.join(folder, name), name, FILE_SIZE_LIMIT_BYTES + STORED_OVERHEAD_BYTES);
    if (!bytes.ok) return bytes;
    const opened = deps.codec ? await deps.codec.open(bytes.value) : bytes;
    return opened.ok ? { ok: true, value: { name, data: opened.value } } : opened;
  };

  return { write: (data) => serially(() => write(data)), list, read };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
