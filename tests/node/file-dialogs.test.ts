import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dialogFilters, openFileFlow, portableFileName, saveFileFlow } from '../../main/file-dialogs';
import { readLimitedFile } from '../../main/read-limited-file';
import { FILE_SIZE_LIMIT_BYTES } from '../../preload/contract';

const data = new Uint8Array([1, 2, 3]);

describe('saving a file (file:save)', () => {
  const deps = (choice: { canceled: boolean; filePath?: string }) => ({
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => choice),
    writeAtomically: vi.fn(async () => ({ ok: true as const, value: null })),
    defaultDirectory: '/home/mette/Documents',
  });

  it('offers the suggested name in Documents, filtered by kind, with overwrite confirmation', async () => {
    const d = deps({ canceled: false, filePath: '/home/mette/Desktop/mine.xlsx' });
    const result = await saveFileFlow(d, { suggestedName: 'barometer.xlsx', kind: 'xlsx', data });
    expect(d.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home/mette/Documents', 'barometer.xlsx'),
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(d.writeAtomically).toHaveBeenCalledWith('/home/mette/Desktop/mine.xlsx', data);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'mine.xlsx' } });
  });

  it('writes nothing when the user cancels', async () => {
    const d = deps({ canceled: true, filePath: '' });
    expect(await saveFileFlow(d, { suggestedName: 'a.barometer', kind: 'package', data })).toEqual({ ok: true, value: { saved: false } });
    expect(d.writeAtomically).not.toHaveBeenCalled();
  });

  it('passes a write failure on as the user-facing message', async () => {
    const d = deps({ canceled: false, filePath: '/x/a.xlsx' });
    d.writeAtomically.mockResolvedValueOnce({ ok: false, error: 'the disk is full' } as never);
    expect(await saveFileFlow(d, { suggestedName: 'a.xlsx', kind: 'xlsx', data })).toEqual({ ok: false, error: 'the disk is full' });
  });

  it('suggests a name every file system accepts', async () => {
    expect(portableFileName('Eksport 2025-03-01 12:30.xlsx')).toBe('Eksport 2025-03-01 12-30.xlsx');
    const d = deps({ canceled: true });
    await saveFileFlow(d, { suggestedName: 'a?b*.xlsx', kind: 'xlsx', data });
    expect(d.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(path.join('/home/mette/Documents', 'a-b-.xlsx'));
  });

  it('offers a filter for every kind', () => {
    expect(dialogFilters('package')[0]?.extensions).toEqual(['barometer']);
    expect(dialogFilters('backup')[0]?.extensions).toEqual(['barometer-backup']);
    expect(dialogFilters('spreadsheet')[0]?.extensions).toEqual(['xlsx', 'csv']);
  });
});

describe('opening a file (file:open)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'open-file-'));
    writeFileSync(path.join(dir, 'small.barometer'), 'PK small');
    writeFileSync(path.join(dir, 'big.barometer'), Buffer.alloc(2048));
    mkdirSync(path.join(dir, 'folder.barometer'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const deps = (filePaths: string[], canceled = false) => ({
    showOpenDialog: vi.fn(async (_options: OpenDialogOptions) => ({ canceled, filePaths })),
    readLimited: vi.fn((p: string, name: string, limit: number) => readLimitedFile({ open }, p, name, limit)),
  });

  it('reads the chosen file and returns its name and bytes', async () => {
    const d = deps([path.join(dir, 'small.barometer')]);
    const result = await openFileFlow(d, { kind: 'package', maxBytes: 1024 });
    expect(d.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile'],
      filters: [{ name: 'Barometer package', extensions: ['barometer'] }],
    });
    expect(result.ok && result.value).toEqual({ name: 'small.barometer', data: new Uint8Array(Buffer.from('PK small')) });
  });

  it('returns null when the user cancels', async () => {
    expect(await openFileFlow(deps([], true), { kind: 'package', maxBytes: 1024 })).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the caller’s limit with a clear message', async () => {
    const result = await openFileFlow(deps([path.join(dir, 'big.barometer')]), { kind: 'package', maxBytes: 1024 });
    expect(result).toEqual({ ok: false, error: '"big.barometer" is too large to open (2.0 KB; the limit is 1.0 KB).' });
  });

  it('caps any limit at the hard maximum', async () => {
    const d = deps([path.join(dir, 'small.barometer')]);
    await openFileFlow(d, { kind: 'package', maxBytes: Number.MAX_SAFE_INTEGER });
    expect(d.readLimited).toHaveBeenCalledWith(expect.any(String), 'small.barometer', FILE_SIZE_LIMIT_BYTES);
  });

  it('refuses a folder and a missing file', async () => {
    expect(await openFileFlow(deps([path.join(dir, 'folder.barometer')]), { kind: 'package', maxBytes: 1024 })).toMatchObject({
      ok: false,
      error: '"folder.barometer" is not a file.',
    });
    expect(await openFileFlow(deps([path.join(dir, 'gone.barometer')]), { kind: 'package', maxBytes: 1024 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Could not open "gone.barometer"'),
    });
  });

  it('never reads a file that is too large (the size is checked first)', async () => {
    const read = vi.fn();
    const fakeFs = {
      open: async () => ({ stat: async () => ({ size: 300 * 1024 * 1024, isFile: () => true }), read, close: async () => undefined }),
    };
    const result = await readLimitedFile(fakeFs, '/x/huge.xlsx', 'huge.xlsx', FILE_SIZE_LIMIT_BYTES);
    expect(result).toEqual({ ok: false, error: '"huge.xlsx" is too large to open (300.0 MB; the limit is 200.0 MB).' });
    expect(read).not.toHaveBeenCalled();
  });
});
