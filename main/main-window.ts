import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './app-origin';
import { secureWebPreferences } from './web-preferences';

export const DEFAULT_TITLE = 'Barometer Entry';

/**
 * The single application window. It always loads app://bundle/index.html, in development too,
 * because IndexedDB is tied to that origin (see app-origin.ts).
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: DEFAULT_TITLE,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  // The title is set by the main process (window:set-title) and names the working profile;
  // a <title> change in the page must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(APP_INDEX_URL);
  return window;
}
