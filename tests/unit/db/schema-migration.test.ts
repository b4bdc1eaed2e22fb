/**
 * The migration harness: every schema version is opened from the one before it, with sample rows,
 * and the rows must come through. Adding a version means adding its entry to SAMPLES below.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BarometerDb, openBarometerDb } from '../../../renderer/src/db/database';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/src/db/schema-versions';
import { anna } from './db-test-support';
import { uniqueDbName } from './db-test-support';

interface VersionSample {
  /** Writes sample rows in this version's shape. */
  seed(db: BarometerDb): Promise<void>;
  /** Checks, in this version's shape, the rows any earlier version's `seed` wrote. */
  check(db: BarometerDb): Promise<void>;
}

const sampleResponse: ResponseRecord = {
  id: 'r-1',
  key: 'K7M-4QX',
  questionnaireId: 'q',
  questionnaireVersion: '1',
  status: 'draft',
  createdAt: '2024-03-01T10:00:00.000Z',
  createdById: anna.id,
  createdByName: anna.name,
  updatedAt: '2024-03-01T10:05:00.000Z',
  revision: 2,
  answers: { workplace_name: 'Aarhus Kommune', kinds: ['service', 'process'] },
  deletedAt: null,
};

const SAMPLES: Record<number, VersionSample> = {
  1: {
    async seed(db) {
      await db.responses.add(sampleResponse);
      await db.summaries.add({
        id: 'r-1', key: 'K7M-4QX', status: 'draft', workplaceName: 'Aarhus Kommune', workplaceId: '',
        createdByName: anna.name, createdAt: sampleResponse.createdAt, updatedAt: sampleResponse.updatedAt,
        deleted: 0, progress: 0.25,
      });
      await db.audit.add({
        id: 'a-1', at: sampleResponse.createdAt, deviceId: 'd-1', actorId: anna.id, actorName: anna.name,
        actorInitials: anna.initials, action: 'create', responseId: 'r-1', field: null, oldValue: null,
        newValue: null, reason: null,
      });
      await db.profiles.add(anna);
      await db.settings.put({ key: 'language', value: 'da' });
      await db.questionnaires.add({ id: 'q', version: '1', def: {} as never, storedAt: sampleResponse.createdAt });
    },
    async check(db) {
      expect(await db.responses.get('r-1')).toEqual(sampleResponse);
      expect(await db.responses.where('key').equals('K7M-4QX').count()).toBe(1);
      expect(await db.summaries.where('deleted').equals(0).primaryKeys()).toEqual(['r-1']);
      expect((await db.audit.where('responseId').equals('r-1').toArray()).map((a) => a.id)).toEqual(['a-1']);
      expect(await db.profiles.get(anna.id)).toEqual(anna);
      expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'da' });
      expect(await db.questionnaires.get(['q', '1'])).toBeDefined();
    },
  },
};

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
  // With only version 1 shipped there are no pairs yet; the loop runs as soon as version 2 exists.
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
