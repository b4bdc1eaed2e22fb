/**
 * A coordinator imports each crafted bad package: each is refused with its own message in both
 * languages, within 5 s, the database is byte-for-byte unchanged (a digest of every table), and
 * Object.prototype is untouched.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decompressionBomb } from '../../../fixtures/packages/decompression-bomb';
import { BAD_PACKAGES } from '../../../fixtures/packages/make-bad-packages';
import { anna, carl } from '../db-test-support';
import { computer, digest, send, type Computer } from './exchange-support';

const DIR = join(import.meta.dirname, '../../../fixtures/packages');
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('a coordinator importing bad packages', () => {
  let coordinator: Computer;
  beforeAll(async () => {
    // A coordinator with data already: a response of its own and one imported package.
    coordinator = await computer('bad-packages');
    const surveyor = await computer('bad-packages-surveyor');
    const r = await surveyor.responses.create(anna, surveyor.q);
    await surveyor.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    await coordinator.responses.create(carl, coordinator.q);
    const [outcome] = await coordinator.exchange.importPackages(carl, [await send(surveyor, anna, 'all')]);
    expect(outcome?.status).toBe('imported');
  });

  const before = prototypeNames();
  for (const bad of BAD_PACKAGES) {
    it(`refuses ${bad.file} (${bad.story}) and changes nothing`, async () => {
      const start = await digest(coordinator.db);
      const started = performance.now();
      const data = new Uint8Array(readFileSync(join(DIR, bad.file)));
      const [outcome, ...more] = await coordinator.exchange.importPackages(carl, [{ name: bad.file, data }]);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(more).toEqual([]);
      expect(outcome).toMatchObject({ status: 'refused', fileName: bad.file, code: bad.code });
      if (outcome?.status !== 'refused') return;
      expect(outcome.message.en.length).toBeGreaterThan(30);
      expect(outcome.message.da).not.toBe(outcome.message.en);
      expect(await digest(coordinator.db)).toEqual(start);
      expect(prototypeNames()).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('refuses a decompression bomb (600 MB inflated) and changes nothing', async () => {
    const start = await digest(coordinator.db);
    const [outcome] = await coordinator.exchange.importPackages(carl, [{ name: 'bomb.barometer', data: await decompressionBomb(600) }]);
    expect(outcome).toMatchObject({ status: 'refused', code: 'inflated-too-large' });
    expect(await digest(coordinator.db)).toEqual(start);
  });

  it('gives each kind of defect its own message', async () => {
    const messages = new Map<string, string>();
    for (const bad of BAD_PACKAGES) {
      const data = new Uint8Array(readFileSync(join(DIR, bad.file)));
      const [outcome] = await coordinator.exchange.importPackages(carl, [{ name: bad.file, data }]);
      if (outcome?.status === 'refused') messages.set(outcome.code, outcome.message.en);
    }
    const codes = new Set(BAD_PACKAGES.map((bad) => bad.code));
    expect(new Set(messages.keys())).toEqual(codes);
    expect(new Set(messages.values()).size).toBe(codes.size);
  });
});
