import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IpcResult } from '../preload/contract';

/** The parts of node:fs/promises an atomic write needs (injectable, so tests can make them fail). */
export interface AtomicWriteFs {
  open(filePath: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}
export interface WritableHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteOptions {
  /** Extra rename attempts after EPERM/EBUSY/EACCES: on Windows, virus scanners briefly lock new files. */
  renameRetries?: number;
  retryDelayMs?: number;
}

export type AtomicWriter = (target: string, data: Uint8Array) => Promise<IpcResult<null>>;

/**
 * Writes a file so that the target holds either its old content or the complete new content,
 * never a mix: write a temp file in the same folder, fsync it, rename it over the target, fsync
 * the folder. On any failure the temp file is removed and the old file is untouched.
 */
export function createAtomicWriter(fs: AtomicWriteFs, options: AtomicWriteOptions = {}): AtomicWriter {
  const retries = options.renameRetries ?? (process.platform === 'win32' ? 4 : 0);
  const delayMs = options.retryDelayMs ?? 100;
  return async (target, data) => {
    const dir = path.dirname(target);
    const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let handle: WritableHandle | undefined;
    let tempCreated = false;
    try {
      handle = await fs.open(temp, 'wx', 0o666);
      tempCreated = true;
      await handle.writeFile(data);
      await handle.sync();
      const h = handle;
      handle = undefined;
      await h.close();
      await renameWithRetry(fs, temp, target, retries, delayMs);
      tempCreated = false;
    } catch (error) {
      if (handle) await handle.close().catch(() => undefined);
      if (tempCreated) await fs.unlink(temp).catch(() => undefined);
      return { ok: false, error: describeWriteError(error, path.basename(target)) };
    }
    await syncDirectory(fs, dir);
    return { ok: true, value: null };
  };
}

async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string, retries: number, delayMs: number) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const transient = ['EPERM', 'EBUSY', 'EACCES'].includes(errorCode(error));
      if (!transient || attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * (attempt + 1)));
    }
  }
}

// Makes the rename itself durable. Best effort: Windows cannot open a folder this way.
async function syncDirectory(fs: AtomicWriteFs, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // The file content is already safe on disk; only the rename's durability is unconfirmed.
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** A message the user can act on. */
export function describeWriteError(error: unknown, fileName: string): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return `Could not save "${fileName}": it is open in another program (close it, e.g. in Excel) or the folder is not writable. The previous file, if any, is unchanged.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not save "${fileName}": the disk is full. The previous file, if any, is unchanged.`;
    case 'EROFS':
      return `Could not save "${fileName}": the drive is read-only. Choose another folder.`;
    case 'ENOENT':
      return `Could not save "${fileName}": the folder no longer exists. Choose another folder.`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Could not save "${fileName}" (${detail}). The previous file, if any, is unchanged.`;
    }
  }
}
