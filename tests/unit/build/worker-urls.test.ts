import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A Worker's script is named by `new URL('<path>', import.meta.url)`; a wrong path only shows when the
// build resolves it. This finds every such reference in the renderer and checks the file is there, so a
// moved module fails here, in seconds, rather than in the browser tests' build.
const rendererSrc = fileURLToPath(new URL('../../../renderer/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const references = sourceFiles(rendererSrc).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/new URL\(\s*'([^']+)'\s*,\s*import\.meta\.url\s*\)/g)].map((m) => ({
    file,
    target: m[1] ?? '',
  })),
);

describe('worker script references', () => {
  it('finds the Worker references (at least the seven known ones)', () => {
    expect(references.length).toBeGreaterThanOrEqual(7);
  });

  it.each(references.map((r) => [r.file.slice(rendererSrc.length + 1), r.target] as const))(
    '%s → %s exists',
    (file, target) => {
      expect(existsSync(resolve(dirname(join(rendererSrc, file)), target))).toBe(true);
    },
  );
});
