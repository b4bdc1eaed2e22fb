/**
 * The application version shown by the browser host. It must equal package.json's version
 * (a test checks it); the Electron host reports the version from the main process instead.
 */
export const APP_VERSION = '0.1.0';
