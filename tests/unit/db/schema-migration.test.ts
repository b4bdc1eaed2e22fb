/**
 * The migration harness: every schema version is opened from the one before it, with sample rows,
 * and the rows must come through. Adding a version means adding its entry to SAMPLES (schema-samples.ts).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BarometerDb, openBarometerDb } from '../../../renderer/src/db/database';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/src/db/schema-versions';
import { uniqueDbName } from './db-test-support';
import { SAMPLES, type VersionSample } from './schema-samples';

const upTo = (v: SchemaVersion) => SCHEMA_VERSIONS.filter((s) => s.version <= v.version);
const sampleFor = (v: SchemaVersion): VersionSample => {
  const sample = SAMPLES[v.version];
  if (!sample) throw new Error(`No sample rows for schema version ${v.version}`);
  return sample;
};

describe('schema versions', () => {
  it('are numbered upwards from 1, and each has sample rows for the harness', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    numbers.forEach((n, i) => i > 0 && expect(n).toBeGreaterThan(numbers[i - 1] ?? 0));
    expect(Object.keys(SAMPLES).map(Number)).toEqual(numbers);
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version, v] as const))(
    'version %i opens from nothing and keeps sample rows across a reopen',
    async (_n, version) => {
      const name = uniqueDbName(`v${version.version}`);
      const created = new BarometerDb(name, upTo(version));
      await created.open();
      expect(created.verno).toBe(version.version);
      await sampleFor(version).seed(created);
      created.close();

      const reopened = new BarometerDb(name, upTo(version));
      await reopened.open();
      await sampleFor(version).check(reopened);
      reopened.close();
    },
  );

  // Each consecutive pair: created at the older version with sample rows, opened by the newer.
  const steps = SCHEMA_VERSIONS.slice(1).map((newer, i) => [SCHEMA_VERSIONS[i] as SchemaVersion, newer] as const);
  for (const [older, newer] of steps) {
    it(`upgrades version ${older.version} to ${newer.version} keeping the rows`, async () => {
      const name = uniqueDbName(`v${older.version}-v${newer.version}`);
      const before = new BarometerDb(name, upTo(older));
      await before.open();
      await sampleFor(older).seed(before);
      before.close();

      const after = new BarometerDb(name, upTo(newer));
      await after.open();
      expect(after.verno).toBe(newer.version);
      await sampleFor(newer).check(after);
      after.close();
    });
  }

  it('has one upgrade step per version after the first', () => {
    expect(steps).toHaveLength(SCHEMA_VERSIONS.length - 1);
  });

  it('the app opens a database made by the oldest version and keeps its rows', async () => {
    const oldest = SCHEMA_VERSIONS[0] as SchemaVersion;
    const name = uniqueDbName('oldest');
    const before = new BarometerDb(name, upTo(oldest));
    await before.open();
    await sampleFor(oldest).seed(before);
    before.close();

    const db = await openBarometerDb(name);
    expect(db.readOnly).toBe(false);
    await sampleFor(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1] as SchemaVersion).check(db);
    db.close();
  });
});
