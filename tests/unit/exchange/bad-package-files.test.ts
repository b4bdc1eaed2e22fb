/**
 * Every crafted bad package in `tests/fixtures/packages/` is refused with its own code and a
 * message in both languages, quickly, and leaves `Object.prototype` untouched.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../renderer/src/core/exchange/read-package';
import { BAD_PACKAGES } from '../../fixtures/packages/make-bad-packages';

const DIR = join(import.meta.dirname, '../../fixtures/packages');
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

if (process.env.UPDATE_PACKAGE_FIXTURES) {
  mkdirSync(DIR, { recursive: true });
  for (const bad of BAD_PACKAGES) writeFileSync(join(DIR, bad.file), bad.bytes());
}

describe('bad package files', () => {
  it('has at least 30 files, one per listed case, each name once', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.bepkg')).sort();
    expect(files).toEqual(BAD_PACKAGES.map((bad) => bad.file).sort());
    expect(new Set(files).size).toBeGreaterThanOrEqual(30);
  });

  const before = prototypeNames();
  for (const bad of BAD_PACKAGES) {
    it(`refuses ${bad.file} (${bad.story}) as ${bad.code}`, async () => {
      const started = performance.now();
      const result = await readPackage(new Uint8Array(readFileSync(join(DIR, bad.file))));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(bad.code);
      expect(result.error.message.en.length).toBeGreaterThan(30);
      expect(result.error.message.da.length).toBeGreaterThan(30);
      expect(result.error.message.da).not.toBe(result.error.message.en);
      expect(prototypeNames()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('gives each kind of defect its own message', async () => {
    const messages = new Map<string, string>();
    for (const bad of BAD_PACKAGES) {
      const result = await readPackage(new Uint8Array(readFileSync(join(DIR, bad.file))));
      if (!result.ok) messages.set(result.error.code, result.error.message.en);
    }
    const codes = new Set(BAD_PACKAGES.map((bad) => bad.code));
    expect(messages.size).toBe(codes.size);
    expect(new Set(messages.values()).size).toBe(codes.size);
  });
});
