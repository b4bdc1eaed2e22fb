import path from 'node:path';

/** The parts of node:fs/promises the bundle reader needs. */
export interface BundleFs {
  realpath(filePath: string): Promise<string>;
  readFile(filePath: string): Promise<Uint8Array>;
}

/**
 * Reads files of the renderer bundle for the app:// handler, refusing symlinks (issue 10, item 7):
 * a file is served only when its real path is its path inside the bundle's real root, so a link
 * planted in `out/renderer` (to a file or a folder anywhere) is never followed. The root itself may
 * be reached through a link (an install folder often is).
 */
export function bundleFiles(root: string, fs: BundleFs): { readFile(filePath: string): Promise<Uint8Array> } {
  let realRoot: Promise<string> | undefined;
  return {
    async readFile(filePath) {
      realRoot ??= fs.realpath(root);
      const inside = path.relative(path.resolve(root), path.resolve(filePath));
      const [real, base] = await Promise.all([fs.realpath(filePath), realRoot]);
      if (real !== path.join(base, inside)) throw new Error('The file is reached through a symbolic link: not served.');
      return fs.readFile(real);
    },
  };
}
