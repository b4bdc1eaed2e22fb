// Application lifecycle only: every decision lives in the modules imported here, which take
// Electron's objects as parameters so they can be tested in plain Node.
import path from 'node:path';
import { readFile, realpath } from 'node:fs/promises';
import { bundleFiles } from './bundle-files';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  QUIT_BACKUP_WAIT_MS,
  QUIT_REQUEST_CHANNEL,
  type MenuCommand,
  type MenuLanguage,
} from '../preload/contract';
import { isAppUrl } from './app-origin';
import { buildMenuTemplate } from './app-menu';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { createHostActions } from './host-actions';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { createQuitGate, type QuitGate } from './quit-gate';
import { readTestOverrides } from './test-overrides';
import { applyPermissionPolicy, hardenWebContents } from './web-contents-security';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_ROOT = path.join(here, '../renderer');
const PRELOAD_PATH = path.join(here, '../preload/index.cjs');

// Test-tier switches (tests/electron); an installed app ignores them.
const overrides = readTestOverrides(app.isPackaged, process.env);
// Before anything reads the user-data folder (the single-instance lock lives in it).
if (overrides.userDataDir) app.setPath('userData', overrides.userDataDir);

// Both must happen before `ready`.
registerAppScheme(protocol);
app.enableSandbox();

// One instance only: a second one would open the same IndexedDB store from another process.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let menuLanguage: MenuLanguage | null = null;
  let quitGate: QuitGate | null = null;

  const sendMenuCommand = (command: MenuCommand): void => {
    const contents = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
    if (contents && isAppUrl(contents.getURL())) contents.send(MENU_COMMAND_CHANNEL, command);
  };
  const setMenuLanguage = (lang: MenuLanguage): void => {
    if (lang === menuLanguage) return;
    menuLanguage = lang;
    const template = buildMenuTemplate({
      lang,
      platform: process.platform,
      appName: app.getName(),
      isDevelopment: !app.isPackaged,
      send: sendMenuCommand,
      onLanguage: setMenuLanguage,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // One window, one job: closing it ends the app on every platform, macOS included.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    installAppProtocol(protocol, RENDERER_ROOT, bundleFiles(RENDERER_ROOT, { readFile, realpath }));
    applyPermissionPolicy(session.defaultSession);
    registerIpcHandlers(ipcMain, createHostActions(() => mainWindow, setMenuLanguage, () => quitGate?.onReady(), overrides));
    // Danish until the renderer reports the user's language (menu:set-language).
    setMenuLanguage('da');
    mainWindow = createMainWindow(PRELOAD_PATH);
    const window = mainWindow;
    // A last backup before the window goes: asked for, waited on for at most QUIT_BACKUP_WAIT_MS.
    quitGate = createQuitGate({
      askRenderer: () => {
        const contents = window.isDestroyed() ? null : window.webContents;
        if (!contents || contents.isCrashed() || !isAppUrl(contents.getURL())) return false;
        contents.send(QUIT_REQUEST_CHANNEL);
        return true;
      },
      close: () => {
        if (!window.isDestroyed()) window.close();
      },
      startTimer: (callback, ms) => {
        const timer = setTimeout(callback, ms);
        return () => clearTimeout(timer);
      },
      waitMs: QUIT_BACKUP_WAIT_MS,
    });
    mainWindow.on('close', (event) => {
      if (quitGate?.onClose()) event.preventDefault();
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
