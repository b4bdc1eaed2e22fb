import path from 'node:path';
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { app, dialog, type BrowserWindow } from 'electron';
import type { MenuLanguage } from '../preload/contract';
import { createAtomicWriter } from './atomic-write';
import { createBackupStore } from './backup-store';
import { openFileFlow, saveFileFlow } from './file-dialogs';
import type { IpcActions } from './ipc-handlers';
import { DEFAULT_TITLE } from './main-window';
import { readLimitedFile } from './read-limited-file';
import { sanitizeTitle } from './window-title';

/** Binds the IPC actions to Electron's dialogs, the file system and the main window. */
export function createHostActions(
  getWindow: () => BrowserWindow | null,
  setMenuLanguage: (lang: MenuLanguage) => void,
  onReadyToQuit: () => void = () => undefined,
): IpcActions {
  const writeAtomically = createAtomicWriter({ open, rename, unlink });
  const readLimited = (filePath: string, name: string, limit: number) => readLimitedFile({ open }, filePath, name, limit);
  // The one place backups go; the renderer never names a folder.
  const backups = createBackupStore({
    folder: backupsFolder(),
    fs: { mkdir, readdir, lstat, unlink },
    writeAtomically,
    readLimited,
    now: () => new Date(),
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
          showSaveDialog: (options) => {
            const window = liveWindow();
            return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
          },
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
  };
}

/** `<userData>/backups`: beside the IndexedDB data it protects. */
export function backupsFolder(): string {
  return path.join(app.getPath('userData'), 'backups');
}

// Some Linux desktops define no Documents folder, and then getPath throws.
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}
