/**
 * Finds the Electron binary for the Electron test tier WITHOUT `require('electron')`: requiring the
 * package starts its download when the binary is missing, which hangs on a machine that cannot reach
 * the download host. Instead this reads what the package's install step leaves behind
 * (`node_modules/electron/path.txt` naming a file under `dist/`), as electron's own index.js does.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export interface BinaryProbe {
  env: Readonly<Record<string, string | undefined>>;
  /** node_modules/electron */
  packageDir: string;
  readText(filePath: string): string | null;
  /** True for an existing regular file this user may execute. */
  isExecutableFile(filePath: string): boolean;
}

/**
 * The binary the electron package resolves to, as its index.js does: `dist/<path.txt>`, or the same
 * name under ELECTRON_OVERRIDE_DIST_PATH. playwright-core launches exactly that one (it asks the
 * package), together with its loader; so the tier never names a binary of its own.
 */
export function findElectronBinary(probe: BinaryProbe): ElectronBinary {
  const named = probe.readText(join(probe.packageDir, 'path.txt'))?.trim();
  const distDir = probe.env.ELECTRON_OVERRIDE_DIST_PATH || join(probe.packageDir, 'dist');
  if (!named && !probe.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { found: false, reason: 'node_modules/electron/path.txt is missing: the package has not downloaded its binary' };
  }
  const binary = join(distDir, named || 'electron');
  return probe.isExecutableFile(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `${binary} is missing or not executable` };
}

export const SKIP_HINT =
  'get one with `npm install` (or `node node_modules/electron/install.js`) where Electron\'s download host is reachable, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build';

/** The one line printed when the tier is skipped. */
export function skipLine(reason: string): string {
  return `Electron tests skipped: no Electron binary (${reason}); ${SKIP_HINT}.`;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** The binary on this machine, probed on the real file system. */
export function electronBinaryHere(env: Readonly<Record<string, string | undefined>> = process.env): ElectronBinary {
  return findElectronBinary({
    env,
    packageDir: join(PROJECT_ROOT, 'node_modules', 'electron'),
    readText: (filePath) => (existsSync(filePath) ? readFileSync(filePath, 'utf8') : null),
    isExecutableFile: (filePath) => {
      try {
        if (!statSync(filePath).isFile()) return false;
        accessSync(filePath, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  });
}

export { PROJECT_ROOT };
