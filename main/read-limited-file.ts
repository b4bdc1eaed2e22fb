import type { IpcResult } from '../preload/contract';

/** The parts of node:fs/promises reading needs. */
export interface ReadFs {
  open(filePath: string, flags: string): Promise<ReadableHandle>;
}
export interface ReadableHandle {
  stat(): Promise<{ size: number; isFile(): boolean }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** A size as people read it: "812 bytes", "3.4 KB", "212.0 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a whole regular file if it is at most `limit` bytes. The size is checked on the open
 * handle before anything is read, so a huge file never reaches memory; a file that grows
 * while we read is refused too.
 */
export async function readLimitedFile(
  fs: ReadFs,
  filePath: string,
  displayName: string,
  limit: number,
): Promise<IpcResult<Uint8Array>> {
  let handle: ReadableHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    return { ok: false, error: `Could not open "${displayName}" (${messageOf(error)}).` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, error: `"${displayName}" is not a file.` };
    if (stat.size > limit) return tooLarge(displayName, stat.size, limit);
    // One spare byte tells us whether the file grew after the size check.
    const buffer = new Uint8Array(stat.size + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > stat.size) return { ok: false, error: `"${displayName}" changed while it was being read. Try again.` };
    }
    return { ok: true, value: buffer.subarray(0, total) };
  } catch (error) {
    return { ok: false, error: `Could not read "${displayName}" (${messageOf(error)}).` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(name: string, size: number, limit: number): IpcResult<never> {
  return {
    ok: false,
    error: `"${name}" is too large to open (${formatSize(size)}; the limit is ${formatSize(limit)}).`,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
