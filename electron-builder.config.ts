/**
 * Installers (electron-builder): Windows NSIS per-user without admin rights, macOS dmg (universal),
 * Linux AppImage and deb. `npm run dist` builds the app (electron-vite) and then the installers for
 * the platform it runs on (`npm run dist -- --win`, `--mac`, `--linux` to choose).
 *
 * Signing and notarisation are OFF unless their environment variables are set (see README):
 * CSC_LINK + CSC_KEY_PASSWORD (or CSC_NAME on macOS) sign; APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD +
 * APPLE_TEAM_ID, or APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER, notarise a signed mac build.
 *
 * APP_ID and PRODUCT_NAME must never change after the first release: the user-data folder (where
 * IndexedDB keeps every response) is named after the product, and Windows and macOS tie the installed
 * app, its shortcuts and its keychain entries to the id. tests/node/packaging-config.test.ts pins them.
 */
import { FUSES } from './build/fuses';
import { packagedFileProblems } from './build/packaged-files';

export const APP_ID = 'dk.coi.barometer-entry';
export const PRODUCT_NAME = 'Barometer Entry';
/** Linux executable and package name: no spaces. */
export const EXECUTABLE_NAME = 'barometer-entry';

type Env = Readonly<Record<string, string | undefined>>;

/** The context electron-builder hands the afterPack hook (the parts used here). */
interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string } };
}

const has = (env: Env, ...names: string[]) => names.every((name) => (env[name] ?? '') !== '');

/** Whether a signing identity is configured (a certificate file/URL or, on macOS, a keychain identity name). */
export function signingConfigured(env: Env): boolean {
  return has(env, 'CSC_LINK') || has(env, 'CSC_NAME');
}

export function notarisationConfigured(env: Env): boolean {
  return (
    has(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
    has(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
    has(env, 'APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE')
  );
}

/** The packaged app.asar, by platform. */
function asarPath(context: AfterPackContext): string {
  const resources =
    context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
      ? `${context.appOutDir}/${context.packager.appInfo.productFilename}.app/Contents/Resources`
      : `${context.appOutDir}/resources`;
  return `${resources}/app.asar`;
}

/** Fails the build when the archive holds anything but the built app (source maps, node_modules, sources). */
async function checkPackagedFiles(context: AfterPackContext): Promise<void> {
  // @electron/asar comes with electron-builder (app-builder-lib depends on it).
  type Asar = { listPackage(archive: string, options: { isPack: boolean }): string[] };
  const loaded = (await import('@electron/asar' as string)) as Partial<Asar> & { default?: Asar };
  const asar: Asar = loaded.listPackage ? (loaded as Asar) : (loaded.default as Asar);
  const problems = packagedFileProblems(asar.listPackage(asarPath(context), { isPack: false }));
  if (problems.length > 0) throw new Error(`The packaged app holds what it must not:\n${problems.join('\n')}`);
}

export function builderConfig(env: Env = process.env) {
  const sign = signingConfigured(env);
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Center for Offentlig Innovation',
    directories: { output: 'dist', buildResources: 'build' },
    // Only the built app: electron-vite bundles everything main needs (no externalised dependencies),
    // so no node_modules, dependencies or devDependencies, are shipped. No source maps either.
    files: ['package.json', 'out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', '!**/*.map', '!node_modules/**/*'],
    asar: true,
    // No native modules: nothing to rebuild, nothing to unpack from the archive.
    npmRebuild: false,
    asarUnpack: [] as string[],
    // The coordinator's recovery public key (see README, "Backups encrypted at rest"), when the one
    // building the installers names it; the app reads it from its resources folder.
    extraResources: env.BAROMETER_RECOVERY_PUBLIC_KEY ? [{ from: env.BAROMETER_RECOVERY_PUBLIC_KEY, to: 'recovery-public-key.pem' }] : [],
    // resetAdHocDarwinSignature: an unsigned Apple-silicon build would not start once the fuses changed
    // its binary; a signed build is signed again right after anyway.
    electronFuses: { ...FUSES, resetAdHocDarwinSignature: true },
    afterPack: checkPackagedFiles,
    // Updates are installers a coordinator hands out: no update feed, nothing published.
    publish: null,
    forceCodeSigning: false,
    win: {
      target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
      icon: 'build/icon.png',
    },
    nsis: {
      // One click, per user, into %LOCALAPPDATA%\Programs: no administrator rights asked for.
      oneClick: true,
      perMachine: false,
      // The surveyors' data stays when the app is removed (an update is an uninstall + install).
      deleteAppDataOnUninstall: false,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: PRODUCT_NAME,
      artifactName: '${productName}-Setup-${version}.${ext}',
    },
    mac: {
      target: [{ target: 'dmg', arch: ['universal'] }],
      category: 'public.app-category.productivity',
      icon: 'build/icon.png',
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      // null: do not sign (nor look for an identity in the keychain) unless one is configured.
      identity: sign ? undefined : null,
      notarize: sign && notarisationConfigured(env),
    },
    dmg: { artifactName: '${productName}-${version}-universal.${ext}' },
    linux: {
      target: [
        { target: 'AppImage', arch: ['x64'] },
        { target: 'deb', arch: ['x64'] },
      ],
      category: 'Office',
      icon: 'build/icon.png',
      executableName: EXECUTABLE_NAME,
      maintainer: 'Center for Offentlig Innovation',
      synopsis: 'Offline data entry for the Innovation Barometer',
    },
    appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
    deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
  };
}

export default builderConfig();
