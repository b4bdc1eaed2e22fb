import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSaveDialog, readTestOverrides, type ShowSaveDialog } from '../../main/test-overrides';

const env = { BAROMETER_TEST_USER_DATA: '/tmp/profile', BAROMETER_TEST_SAVE_DIR: '/tmp/saved' };
const realDialog: ShowSaveDialog = async () => ({ canceled: true });

describe('the Electron tier switches', () => {
  it('are ignored by a packaged app, whatever the environment says', async () => {
    const overrides = readTestOverrides(true, env);
    expect(overrides).toEqual({ userDataDir: null, saveDir: null });
    const dialog = chooseSaveDialog(realDialog, overrides);
    expect(dialog).toBe(realDialog);
    expect(await dialog({ defaultPath: '/home/x/Documents/export.xlsx' })).toEqual({ canceled: true });
  });

  it('when running from source, move the user-data folder and make the save dialog accept the suggested name in the given folder', async () => {
    const overrides = readTestOverrides(false, env);
    expect(overrides).toEqual({ userDataDir: path.normalize('/tmp/profile'), saveDir: path.normalize('/tmp/saved') });
    const dialog = chooseSaveDialog(realDialog, overrides);
    expect(await dialog({ defaultPath: '/home/x/Documents/barometer-2026-12-02.xlsx' })).toEqual({
      canceled: false,
      filePath: path.join('/tmp/saved', 'barometer-2026-12-02.xlsx'),
    });
  });

  it('take only absolute paths, and nothing when unset', () => {
    expect(readTestOverrides(false, { BAROMETER_TEST_USER_DATA: 'relative/dir', BAROMETER_TEST_SAVE_DIR: '' })).toEqual({ userDataDir: null, saveDir: null });
    expect(readTestOverrides(false, {})).toEqual({ userDataDir: null, saveDir: null });
    expect(chooseSaveDialog(realDialog, readTestOverrides(false, {}))).toBe(realDialog);
  });
});
