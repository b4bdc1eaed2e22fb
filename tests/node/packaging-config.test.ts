/**
 * The installers' configuration, read as electron-builder reads it. These rules protect the
 * surveyors' data and the app's integrity; a change that weakens one must fail here first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import builderDefault, { APP_ID, PRODUCT_NAME, builderConfig } from '../../electron-builder.config';
import { FUSES } from '../../build/fuses';
import { packagedFileProblems } from '../../build/packaged-files';
import electronViteConfig from '../../electron.vite.config';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the app identity', () => {
  it('never changes: the user-data folder (and so every response) and the installed app depend on it', () => {
    // Written out on purpose. Changing either strands existing installations' data: do not.
    expect(APP_ID).toBe('dk.coi.barometer-entry');
    expect(PRODUCT_NAME).toBe('Barometer Entry');
    expect(builderDefault.appId).toBe('dk.coi.barometer-entry');
    expect(builderDefault.productName).toBe('Barometer Entry');
    // Electron names the user-data folder after package.json's productName when run from source.
    expect(pkg.productName).toBe('Barometer Entry');
    expect(pkg.name).toBe('barometer-entry');
  });
});

describe('the installers', () => {
  const config = builderConfig({});

  it('build NSIS for Windows: one click, per user, no administrator, data kept on uninstall', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false });
  });

  it('build a universal dmg for macOS, hardened runtime with JIT as its only entitlement', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(resolve(root, config.mac.entitlements), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('build AppImage and deb for Linux', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.executableName).toBe('barometer-entry');
  });

  it('carry a 512×512 PNG icon for every platform', () => {
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon]) expect(icon).toBe('build/icon.png');
    const png = readFileSync(resolve(root, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect([png[24], png[25]]).toEqual([8, 6]); // 8-bit RGBA
  });

  it('publish nothing and look for no update feed: updates are installers a coordinator hands out', () => {
    expect(config.publish).toBeNull();
  });

  it('sign and notarise nothing unless the environment configures it', () => {
    expect(config.forceCodeSigning).toBe(false);
    expect(config.mac.identity).toBeNull();
    expect(config.mac.notarize).toBe(false);

    const appleId = { APPLE_ID: 'a@b.dk', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' };
    // Notarisation credentials alone: still unsigned, so nothing to notarise.
    expect(builderConfig(appleId).mac).toMatchObject({ identity: null, notarize: false });
    // A certificate: signed (identity left to electron-builder), not notarised.
    expect(builderConfig({ CSC_LINK: '/secure/cert.p12', CSC_KEY_PASSWORD: 'pw' }).mac).toMatchObject({ identity: undefined, notarize: false });
    // Both: signed and notarised; an API key works as well as an Apple ID.
    expect(builderConfig({ CSC_LINK: '/secure/cert.p12', ...appleId }).mac.notarize).toBe(true);
    expect(builderConfig({ CSC_NAME: 'Developer ID Application: X', APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' }).mac.notarize).toBe(true);
    // An empty variable counts as unset.
    expect(builderConfig({ CSC_LINK: '' }).mac.identity).toBeNull();
  });
});

describe('hardened packaging', () => {
  const config = builderConfig({});

  it('flips the fuses that close other ways to run code as the app', () => {
    expect(config.electronFuses).toEqual({ ...FUSES, resetAdHocDarwinSignature: true });
    expect(FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    // Nothing granted beyond Electron's defaults.
    expect(FUSES.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('ships the built app in ASAR only: no node_modules, no source maps, nothing unpacked, nothing rebuilt', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([]);
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toEqual(['package.json', 'out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', '!**/*.map', '!node_modules/**/*']);
    expect(typeof config.afterPack).toBe('function');
  });

  it('builds main and preload self-contained and emits no source maps', () => {
    const vite = electronViteConfig as unknown as Record<'main' | 'preload' | 'renderer', { build: { externalizeDeps?: unknown; sourcemap?: unknown } }>;
    expect(vite.main.build.externalizeDeps).toBe(false);
    expect(vite.preload.build.externalizeDeps).toBe(false);
    for (const part of ['main', 'preload', 'renderer'] as const) expect(vite[part].build.sourcemap).toBe(false);
  });
});

describe('the packaged-files check (afterPack)', () => {
  const good = ['/package.json', '/out', '/out/main', '/out/main/index.js', '/out/preload', '/out/preload/index.cjs', '/out/renderer', '/out/renderer/index.html', '/out/renderer/assets', '/out/renderer/assets/index-ab12.js'];

  it('passes the built app and package.json', () => {
    expect(packagedFileProblems(good)).toEqual([]);
  });

  it('names source maps, node_modules, stray files and missing parts', () => {
    expect(
      packagedFileProblems([
        ...good.filter((p) => p !== '/out/preload/index.cjs'),
        '/out/renderer/assets/index-ab12.js.map',
        '/node_modules/zod/index.js',
        '/main/index.ts',
      ]),
    ).toEqual([
      'source map shipped: /out/renderer/assets/index-ab12.js.map',
      'node_modules shipped: /node_modules/zod/index.js',
      'unexpected file shipped: /main/index.ts',
      'missing from the package: /out/preload/index.cjs',
    ]);
  });
});
