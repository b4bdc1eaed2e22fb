import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuLanguage } from '../preload/contract';

const LABELS = {
  da: {
    file: 'Filer', newResponse: 'Ny besvarelse', export: 'Eksportér…', language: 'Sprog',
    quit: 'Afslut', edit: 'Rediger', undo: 'Fortryd', redo: 'Annuller fortryd', cut: 'Klip',
    copy: 'Kopiér', paste: 'Sæt ind', selectAll: 'Markér alt', help: 'Hjælp',
    about: 'Om / datasikkerhed', view: 'Vis', devTools: 'Udviklerværktøjer',
    hide: 'Skjul', hideOthers: 'Skjul andre', unhide: 'Vis alle', window: 'Vindue',
    go: 'Gå', back: 'Tilbage', forward: 'Frem',
  },
  en: {
    file: 'File', newResponse: 'New response', export: 'Export…', language: 'Language',
    quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut',
    copy: 'Copy', paste: 'Paste', selectAll: 'Select all', help: 'Help',
    about: 'About / data safety', view: 'View', devTools: 'Developer tools',
    hide: 'Hide', hideOthers: 'Hide others', unhide: 'Show all', window: 'Window',
    go: 'Go', back: 'Back', forward: 'Forward',
  },
} as const;

export interface MenuOptions {
  lang: MenuLanguage;
  platform: string;
  appName: string;
  /** Adds developer tools; only when running from source. */
  isDevelopment: boolean;
  /** Sends a command to the renderer (menu:command). */
  send(command: MenuCommand): void;
  /** Rebuilds the menu in the chosen language. */
  onLanguage(lang: MenuLanguage): void;
}

/**
 * The application menu in Danish or English. Menu items only send commands to the renderer,
 * which owns the screens. The Edit menu matters: without it macOS has no copy/paste shortcuts.
 * Electron's default menu (with Reload, which would drop unsaved input) is replaced.
 */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[o.lang];
  const mac = o.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t.about, click: () => o.send('about') };
  const language = (lang: MenuLanguage, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: o.lang === lang,
    click: () => {
      o.send(lang === 'da' ? 'lang-da' : 'lang-en');
      o.onLanguage(lang);
    },
  });
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newResponse, accelerator: 'CmdOrCtrl+N', click: () => o.send('new-response') },
      { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => o.send('export') },
      { type: 'separator' },
      { label: t.language, submenu: [language('da', 'Dansk'), language('en', 'English')] },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: t.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: o.appName,
    submenu: [
      about,
      { type: 'separator' },
      { label: t.hide, role: 'hide' },
      { label: t.hideOthers, role: 'hideOthers' },
      { label: t.unhide, role: 'unhide' },
      { type: 'separator' },
      { label: t.quit, role: 'quit' },
    ],
  };
  // Back and forward in the app's own history. Not Alt+←/→: the page handles those itself, and in
  // the entry form they move between sections (a menu accelerator would take them from the page).
  const go: MenuItemConstructorOptions = {
    label: t.go,
    submenu: [
      { label: t.back, accelerator: 'CmdOrCtrl+[', click: () => o.send('back') },
      { label: t.forward, accelerator: 'CmdOrCtrl+]', click: () => o.send('forward') },
    ],
  };
  const view: MenuItemConstructorOptions = { label: t.view, submenu: [{ label: t.devTools, role: 'toggleDevTools' }] };
  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    go,
    ...(o.isDevelopment ? [view] : []),
    ...(mac ? [{ label: t.window, role: 'windowMenu' } as const] : []),
    { label: t.help, role: 'help', submenu: [about] },
  ];
}
