import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// zod probes `new Function` on first use unless `z.config({ jitless: true })` ran first, and the CSP
// (script-src 'self') reports that probe as a violation (issue 10, item 7). ES modules run their
// imports in order, so every entry — the window's and each Worker's — whose imports reach zod must
// import `zod-config` before anything else. The browser tests watch the window; this covers the Workers.
const rendererSrc = fileURLToPath(new URL('../../../renderer/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports, in order (type-only imports left out: they vanish). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

/** Whether `entry`'s imports reach the zod package. */
function reachesZod(entry: string): boolean {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiers(file)) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
      const local = resolveLocal(file, specifier);
      if (local) stack.push(local);
    }
  }
  return false;
}

const entries = [join(rendererSrc, 'main.tsx'), ...sourceFiles(rendererSrc).filter((f) => f.endsWith('.worker.ts'))];

describe('z.config before any module that uses zod', () => {
  it('finds the window’s entry and the Workers (at least eight of them)', () => {
    expect(entries.length).toBeGreaterThanOrEqual(9);
  });

  it.each(entries.map((file) => [relative(rendererSrc, file), file] as const))('%s imports zod-config first, if it reaches zod', (_name, file) => {
    if (!reachesZod(file)) return;
    const first = specifiers(file)[0] ?? '';
    expect(resolveLocal(file, first)).toBe(join(rendererSrc, 'zod-config.ts'));
  });
});
