import type { HostBridge } from '../../../preload/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    barometerHost?: HostBridge;
  }
}

/** The Electron host when the preload bridge is present, else the browser host. */
export function getHost(): Host {
  return window.barometerHost ? createElectronHost(window.barometerHost) : createBrowserHost();
}
