import path from 'node:path';
import { lstat, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { app, dialog, safeStorage, type BrowserWindow } from 'electron';
import type { MenuLanguage } from '../preload/contract';
import { createAtomicWriter } from './atomic-write';
import { createBackupCodec, loadOrCreateBackupKey, once, readRecoveryPublicKey } from './backup-key';
import { createBackupStore } from './backup-store';
import { openKey, sealKey } from './key-seal';
import { openFileFlow, saveFileFlow } from './file-dialogs';
import type { IpcActions } from './ipc-handlers';
import { DEFAULT_TITLE } from './main-window';
import { readLimitedFile } from './read-limited-file';
import { chooseSaveDialog, NO_OVERRIDES, type TestOverrides } from './test-overrides';
import { sanitizeTitle } from './window-title';

/** Binds the IPC actions to Electron's dialogs, the file system and the main window. */
export function createHostActions(
  getWindow: () => BrowserWindow | null,
  setMenuLanguage: (lang: MenuLanguage) => void,
  onReadyToQuit: () => void = () => undefined,
  overrides: TestOverrides = NO_OVERRIDES,
): IpcActions {
  const writeAtomically = createAtomicWriter({ open, rename, unlink });
  const readLimited = (filePath: string, name: string, limit: number) => readLimitedFile({ open }, filePath, name, limit);
  // The one place backups go; the renderer never names a folder.
  // Backups encrypted at rest with this computer's key, kept by the OS (safeStorage); see backup-key.ts.
  const userData = app.getPath('userData');
  const backupKey = once(async () => {
    const state = await loadOrCreateBackupKey({
      safeStorage,
      platform: process.platform,
      keyFile: path.join(userData, 'backup-key.bin'),
      readFile: readIfPresent,
      writeAtomically,
      rename,
      now: () => new Date(),
    }).catch((error: unknown) => ({ protected: false as const, reason: error instanceof Error ? error.message : String(error) }));
    if (!state.protected) console.warn(`Backups are not encrypted: ${state.reason}.`);
    return state;
  });
  const recoveryKey = once(() =>
    readRecoveryPublicKey(
      [
        // Put into the installer by the coordinator who built it (BAROMETER_RECOVERY_PUBLIC_KEY at `npm run dist`).
        ...(app.isPackaged ? [path.join(process.resourcesPath, 'recovery-public-key.pem')] : []),
        path.join(userData, 'recovery-public-key.pem'),
      ],
      readIfPresent,
    ),
  );
  const backups = createBackupStore({
    folder: backupsFolder(),
    fs: { mkdir, readdir, lstat, unlink },
    writeAtomically,
    readLimited,
    now: () => new Date(),
    codec: createBackupCodec(backupKey, recoveryKey),
  });
  const liveWindow = () => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  return {
    mainWebContentsId: () => liveWindow()?.webContents.id,
    saveFile: (request) =>
      saveFileFlow(
        {
          showSaveDialog: chooseSaveDialog((options) => {
            const window = liveWindow();
            return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
          }, overrides),
          writeAtomically,
          defaultDirectory: documentsFolder(),
        },
        request,
      ),
    openFile: (request) =>
      openFileFlow(
        {
          showOpenDialog: (options) => {
            const window = liveWindow();
            return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
          },
          readLimited,
        },
        request,
      ),
    appInfo: () => ({
      version: app.getVersion(),
      userDataPath: app.getPath('userData'),
      platform: process.platform,
      electron: process.versions.electron ?? 'unknown',
    }),
    setTitle: (title) => liveWindow()?.setTitle(sanitizeTitle(title, DEFAULT_TITLE)),
    setMenuLanguage,
    writeBackup: (data) => backups.write(data),
    listBackups: () => backups.list(),
    readBackup: (name) => backups.read(name),
    readyToQuit: onReadyToQuit,
    sealKey: (data) => sealKey({ safeStorage, platform: process.platform }, data),
    openKey: (data) => openKey({ safeStorage, platform: process.platform }, data),
  };
}

/** `<userData>/backups`: beside the IndexedDB data it protects. */
export function backupsFolder(): string {
  return path.join(app.getPath('userData'), 'backups');
}

async function readIfPresent(filePath: string): Promise<Uint8Array | null> {
  try {
    return await readFile(filePath);
  } catch {
    return null;
  }
}

// Some Linux desktops define no Documents folder, and then getPath throws.
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}
