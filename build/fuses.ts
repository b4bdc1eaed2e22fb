/**
 * Electron fuses flipped in the packaged binary (electron-builder's `electronFuses`, which uses
 * @electron/fuses after packing and before signing, so the signature covers them). Each one closes
 * a way to run other code with the app's identity and the surveyors' data:
 *
 * - runAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed binary into a plain Node.
 * - enableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot preload code (--require).
 * - enableNodeCliInspectArguments off: --inspect cannot attach a debugger to the main process.
 * - enableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash in the binary
 *   (macOS, Windows).
 * - onlyLoadAppFromAsar on: the app is loaded only from app.asar, never from an app/ folder put beside it.
 * - enableCookieEncryption on: Chromium's cookie store is encrypted with the OS key (one-way).
 *
 * tests/node/packaging-config.test.ts fails if any of these is weakened. Playwright's Electron support
 * needs --inspect, so the Electron test tier drives the unpackaged build (fuses at their defaults).
 */
export const FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // Not needed by this app; left at Electron's defaults.
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

export type FuseSettings = typeof FUSES;
