import path from 'node:path';
import type { SaveDialogOptions } from 'electron';

/**
 * Switches for the Electron test tier (tests/electron), read from environment variables. They are
 * honoured only when the app runs from source (`app.isPackaged` false): an installed app ignores
 * them whatever the environment says, so nobody can redirect a surveyor's data or silence the save
 * dialog of an installed copy by setting a variable.
 */
export const TEST_USER_DATA_ENV = 'BAROMETER_TEST_USER_DATA';
/** A folder: the save dialog is replaced by one that "chooses" the suggested name in this folder. */
export const TEST_SAVE_DIR_ENV = 'BAROMETER_TEST_SAVE_DIR';

export interface TestOverrides {
  /** The user-data folder to use instead of the platform's (an absolute path). */
  userDataDir: string | null;
  /** Where the stub save dialog puts files (an absolute path), or null for the real dialog. */
  saveDir: string | null;
}

export const NO_OVERRIDES: TestOverrides = Object.freeze({ userDataDir: null, saveDir: null });

/** The overrides in force: none at all in a packaged app; otherwise absolute paths from `env`. */
export function readTestOverrides(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): TestOverrides {
  if (isPackaged) return NO_OVERRIDES;
  const absolute = (value: string | undefined): string | null =>
    value !== undefined && value !== '' && path.isAbsolute(value) ? path.normalize(value) : null;
  return { userDataDir: absolute(env[TEST_USER_DATA_ENV]), saveDir: absolute(env[TEST_SAVE_DIR_ENV]) };
}

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/**
 * The save dialog to use: the real one, or (tests only) a stub that accepts the suggested file
 * name inside `saveDir`, as a user pressing Enter in the dialog would.
 */
export function chooseSaveDialog(real: ShowSaveDialog, overrides: TestOverrides): ShowSaveDialog {
  const dir = overrides.saveDir;
  if (dir === null) return real;
  return async (options) => {
    const suggested = path.basename(options.defaultPath ?? 'export');
    return { canceled: false, filePath: path.join(dir, suggested) };
  };
}
