/** Packages made to cause harm: a decompression bomb, oversized files, prototype pollution. */
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../renderer/src/core/exchange/read-package';
import { DEFAULT_PACKAGE_LIMITS } from '../../../renderer/src/core/exchange/package-limits';
import { decompressionBomb } from '../../fixtures/packages/decompression-bomb';
import { gz, sampleDocument } from '../../fixtures/packages/make-bad-packages';

describe('hostile packages', () => {
  it('refuses a decompression bomb of 600 MB within seconds, without inflating it all', async () => {
    const bomb = await decompressionBomb(600);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const result = await readPackage(bomb);
    const seconds = (performance.now() - started) / 1000;
    expect(result.ok ? 'ok' : result.error.code).toBe('inflated-too-large');
    expect(seconds).toBeLessThan(5);
    console.info(`decompression bomb (600 MB inflated, ${(bomb.byteLength / 1024).toFixed(0)} KB) refused in ${seconds.toFixed(2)} s`);
  }, 60_000);

  it('stops inflating at the configured cap', async () => {
    const bomb = await decompressionBomb(20);
    const result = await readPackage(bomb, { limits: { maxInflatedBytes: 1024 * 1024 } });
    expect(result.ok ? 'ok' : result.error.code).toBe('inflated-too-large');
    if (!result.ok) expect(result.error.message.en).toContain('1.0 MB');
  }, 30_000);

  it('refuses a file larger than a package may be before looking inside it', async () => {
    const result = await readPackage(new Uint8Array(2048), { limits: { maxFileBytes: 1024 } });
    expect(result.ok ? 'ok' : result.error.code).toBe('file-too-large');
    expect(DEFAULT_PACKAGE_LIMITS.maxFileBytes).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('never pollutes Object.prototype, whatever the keys', async () => {
    const names = Object.getOwnPropertyNames(Object.prototype).sort();
    const texts = [
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
      JSON.stringify(sampleDocument()).replace('"surveyor":{', '"surveyor":{"__proto__":{"isAdmin":true},'),
    ];
    for (const text of texts) {
      const result = await readPackage(gz(text));
      expect(result.ok ? 'ok' : result.error.code).toBe('dangerous-key');
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(names);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
  });

  it('refuses, rather than throws, when a check fails unexpectedly', async () => {
    const document = sampleDocument();
    document.manifest.questionnaires = [];
    const result = await readPackage(gz(JSON.stringify(document)), {
      isKnownQuestionnaire: () => {
        throw new Error('store unavailable');
      },
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('unreadable');
    if (!result.ok) expect(result.error.details).toEqual(['Error: store unavailable']);
  });

  it('names where a forbidden key was found', async () => {
    const text = JSON.stringify(sampleDocument()).replace('"surveyor":{', '"surveyor":{"__proto__":{"isAdmin":true},');
    const result = await readPackage(gz(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe('manifest.surveyor');
  });
});
