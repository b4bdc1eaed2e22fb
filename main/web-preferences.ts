import type { WebPreferences } from 'electron';

/**
 * The webPreferences every window of ours gets. The renderer is treated as untrusted web content:
 * isolated from the preload, sandboxed, without Node, with web security on and no <webview>.
 * Spellcheck is off: it would underline codes and names, and Chromium's spellchecker may fetch
 * dictionaries over the network.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
