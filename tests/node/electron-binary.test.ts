import { describe, expect, it } from 'vitest';
import { findElectronBinary, skipLine, type BinaryProbe } from '../electron/support/electron-binary';

/** A file system of a few files: path → text; `executable` lists the runnable ones. */
function probe(files: Record<string, string>, executable: string[], env: Record<string, string> = {}): BinaryProbe {
  return {
    env,
    packageDir: '/p/node_modules/electron',
    readText: (filePath) => files[filePath] ?? null,
    isExecutableFile: (filePath) => executable.includes(filePath),
  };
}

describe('finding the Electron binary for the Electron tier', () => {
  it('uses the binary the package installed (path.txt names it under dist/)', () => {
    const found = findElectronBinary(probe({ '/p/node_modules/electron/path.txt': 'electron' }, ['/p/node_modules/electron/dist/electron']));
    expect(found).toEqual({ found: true, path: '/p/node_modules/electron/dist/electron' });
  });

  it('reports a package that never downloaded its binary, as on this machine', () => {
    const found = findElectronBinary(probe({}, []));
    expect(found).toEqual({ found: false, reason: 'node_modules/electron/path.txt is missing: the package has not downloaded its binary' });
  });

  it('reports a named binary that is missing or cannot be run', () => {
    const found = findElectronBinary(probe({ '/p/node_modules/electron/path.txt': 'electron\n' }, []));
    expect(found).toEqual({ found: false, reason: '/p/node_modules/electron/dist/electron is missing or not executable' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const found = findElectronBinary(probe({}, ['/custom/dist/electron'], { ELECTRON_OVERRIDE_DIST_PATH: '/custom/dist' }));
    expect(found).toEqual({ found: true, path: '/custom/dist/electron' });
  });

  it('says in one line why the tier is skipped and how to get a binary', () => {
    const line = skipLine('no binary here');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/^Electron tests skipped: no Electron binary \(no binary here\); get one with `npm install`/);
    expect(line).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });
});
