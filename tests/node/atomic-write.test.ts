import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter, type AtomicWriteFs } from '../../main/atomic-write';

let dir: string;
let target: string;
const OLD = Buffer.from('the coordinator’s previous export, byte for byte');
const NEW = new TextEncoder().encode('the new export');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
  target = path.join(dir, 'barometer.xlsx');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const realFs: AtomicWriteFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };
const noTempFiles = () => expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

describe('the atomic file write', () => {
  it('writes a new file', async () => {
    expect(await createAtomicWriter(realFs)(target, NEW)).toEqual({ ok: true, value: null });
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    noTempFiles();
  });

  it('replaces an existing file completely', async () => {
    writeFileSync(target, OLD);
    expect(await createAtomicWriter(realFs)(target, NEW)).toMatchObject({ ok: true });
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    noTempFiles();
  });

  it('writes the temp file next to the target, then renames it over the target', async () => {
    const steps: string[] = [];
    const tracing: AtomicWriteFs = {
      open: async (p, flags, mode) => {
        steps.push(`open ${path.dirname(p) === dir ? 'in target folder' : p} ${flags}`);
        const handle = await fsp.open(p, flags, mode);
        return {
          writeFile: (d) => (steps.push('write'), handle.writeFile(d)),
          sync: () => (steps.push('fsync'), handle.sync()),
          close: () => (steps.push('close'), handle.close()),
        };
      },
      rename: (from, to) => (steps.push(`rename ${path.dirname(from) === dir} -> ${to === target}`), fsp.rename(from, to)),
      unlink: fsp.unlink,
    };
    await createAtomicWriter(tracing)(target, NEW);
    expect(steps.slice(0, 5)).toEqual(['open in target folder wx', 'write', 'fsync', 'close', 'rename true -> true']);
  });

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    writeFileSync(target, OLD);
    const failingRename: AtomicWriteFs = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
    };
    const result = await createAtomicWriter(failingRename, { renameRetries: 2, retryDelayMs: 1 })(target, NEW);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('open in another program') });
    expect(readFileSync(target).equals(OLD)).toBe(true);
    noTempFiles();
  });

  it('leaves the old file intact and no temp file when the disk fills up halfway', async () => {
    writeFileSync(target, OLD);
    const diskFull: AtomicWriteFs = {
      ...realFs,
      open: async (p, flags, mode) => {
        const handle = await fsp.open(p, flags, mode);
        return {
          writeFile: async (data) => {
            await handle.writeFile(data.subarray(0, 3));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const result = await createAtomicWriter(diskFull)(target, NEW);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('disk is full') });
    expect(readFileSync(target).equals(OLD)).toBe(true);
    noTempFiles();
  });

  it('retries a briefly locked rename (a virus scanner on Windows) and then succeeds', async () => {
    writeFileSync(target, OLD);
    let failures = 2;
    const flaky: AtomicWriteFs = {
      ...realFs,
      rename: async (from, to) => {
        if (failures-- > 0) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
        return fsp.rename(from, to);
      },
    };
    expect(await createAtomicWriter(flaky, { renameRetries: 3, retryDelayMs: 1 })(target, NEW)).toMatchObject({ ok: true });
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    noTempFiles();
  });

  it('fails cleanly when the target is a folder, leaving it and no temp file', async () => {
    const folder = path.join(dir, 'exports');
    await fsp.mkdir(folder);
    writeFileSync(path.join(folder, 'keep.txt'), 'keep');
    expect(await createAtomicWriter(realFs, { renameRetries: 0 })(folder, NEW)).toMatchObject({ ok: false });
    expect(readFileSync(path.join(folder, 'keep.txt'), 'utf8')).toBe('keep');
    noTempFiles();
  });

  it('reports a folder that no longer exists', async () => {
    const gone = path.join(dir, 'gone', 'x.xlsx');
    expect(await createAtomicWriter(realFs)(gone, NEW)).toMatchObject({ ok: false, error: expect.stringContaining('no longer exists') });
    expect(existsSync(path.dirname(gone))).toBe(false);
  });
});
