/**
 * What may be inside the packaged app.asar: the built app (out/main, out/preload, out/renderer) and
 * package.json, nothing else: no source maps, no node_modules (everything the main process needs is
 * bundled, so neither dependencies nor devDependencies are shipped), no sources or tests.
 * Pure, so the rule is tested in Node; electron-builder's afterPack hook applies it to the real archive.
 */
const ALLOWED_TOP = ['/out/main/', '/out/preload/', '/out/renderer/'];

/** The problems with a list of archive paths (as @electron/asar lists them: '/out/main/index.js'). */
export function packagedFileProblems(paths: readonly string[]): string[] {
  const problems: string[] = [];
  const normal = paths.map((p) => `/${p.replace(/\\/g, '/').replace(/^\/+/, '')}`);
  for (const p of normal) {
    if (p.endsWith('.map')) problems.push(`source map shipped: ${p}`);
    else if (p.split('/').includes('node_modules')) problems.push(`node_modules shipped: ${p}`);
    else if (p !== '/package.json' && !ALLOWED_TOP.some((top) => p.startsWith(top) || `${p}/` === top || top.startsWith(`${p}/`))) {
      problems.push(`unexpected file shipped: ${p}`);
    }
  }
  for (const needed of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
    if (!normal.includes(needed)) problems.push(`missing from the package: ${needed}`);
  }
  return problems;
}
