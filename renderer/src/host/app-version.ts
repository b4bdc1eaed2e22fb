// Replaced at build time (Vite `define`, build/build-info.ts); absent when the code runs unbundled (tests).
declare const __APP_VERSION__: string | undefined;
declare const __BUILD_DATE__: string | undefined;

/**
 * The application version shown by the browser host and written into files. The build injects
 * package.json's version; the fallback must equal it too (a test checks it). The Electron host
 * reports the version from the main process instead.
 */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.1.0';

/** When this build was made (ISO 8601), or null when the code was not built (tests). */
export const BUILD_DATE: string | null = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : null;
