import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openBarometerDb, type BarometerDb } from '../../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schema-versions';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import { uniqueDbName } from './db-test-support';

interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, { keyPath: string | string[]; unique: boolean }>;
}

/** What IndexedDB itself holds, read without Dexie's view of it. */
function installedSchema(db: BarometerDb): Record<string, StoreShape> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  const shape: Record<string, StoreShape> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: StoreShape['indexes'] = {};
    for (const indexName of [...store.indexNames]) {
      const index = store.index(indexName);
      indexes[indexName] = { keyPath: index.keyPath, unique: index.unique };
    }
    shape[name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  return shape;
}

const plain = (keyPath: string) => ({ keyPath, unique: false });

describe('the database schema', () => {
  let db: BarometerDb | undefined;
  afterEach(() => db?.close());

  it('opens a new database at the latest version, empty, with every table and index', async () => {
    db = await openBarometerDb(uniqueDbName('schema'));
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.readOnly).toBe(false);
    expect(db.readOnlyReason).toBeNull();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['audit', 'comments', 'imports', 'keyingSessions', 'profiles', 'questionnaires', 'responses', 'revisions', 'settings', 'summaries', 'verifications', 'frameVersions', 'cases', 'attempts', 'caseLinks'].sort(),
    );
    for (const table of db.tables) expect(await table.count()).toBe(0);

    expect(installedSchema(db)).toEqual({
      questionnaires: { keyPath: ['id', 'version'], autoIncrement: false, indexes: {} },
      responses: {
        keyPath: 'id',
        autoIncrement: false,
        indexes: { key: { keyPath: 'key', unique: true }, status: plain('status'), updatedAt: plain('updatedAt'), deletedAt: plain('deletedAt') },
      },
      summaries: {
        keyPath: 'id',
        autoIncrement: false,
        indexes: {
          updatedAt: plain('updatedAt'),
          status: plain('status'),
          deleted: plain('deleted'),
          key: plain('key'),
          workplaceId: plain('workplaceId'),
        },
      },
      audit: {
        keyPath: 'seq',
        autoIncrement: true,
        indexes: {
          id: { keyPath: 'id', unique: true },
          responseId: plain('responseId'),
          at: plain('at'),
          action: plain('action'),
          '[deviceId+deviceSeq]': { keyPath: ['deviceId', 'deviceSeq'], unique: true },
        },
      },
      comments: { keyPath: 'id', autoIncrement: false, indexes: { responseId: plain('responseId') } },
      profiles: { keyPath: 'id', autoIncrement: false, indexes: {} },
      settings: { keyPath: 'key', autoIncrement: false, indexes: {} },
      revisions: { keyPath: 'id', autoIncrement: false, indexes: { conflicted: plain('conflicted') } },
      imports: { keyPath: 'fingerprint', autoIncrement: false, indexes: { importedAt: plain('importedAt'), packageId: plain('packageId') } },
      frameVersions: { keyPath: 'version', autoIncrement: false, indexes: {} },
      cases: { keyPath: 'id', autoIncrement: false, indexes: { stratum: plain('stratum'), assigneeId: plain('assigneeId'), inFrame: plain('inFrame') } },
      attempts: { keyPath: 'id', autoIncrement: false, indexes: { caseId: plain('caseId'), at: plain('at') } },
      caseLinks: { keyPath: 'responseId', autoIncrement: false, indexes: { caseId: plain('caseId') } },
      verifications: { keyPath: 'responseId', autoIncrement: false, indexes: { state: plain('state') } },
      keyingSessions: { keyPath: 'id', autoIncrement: false, indexes: { operatorId: plain('operatorId'), start: plain('start') } },
    });
  });

  it('agrees with Dexie on the primary keys', async () => {
    db = await openBarometerDb(uniqueDbName('schema'));
    const primKeys = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.src]));
    expect(primKeys).toEqual({
      questionnaires: '[id+version]',
      responses: 'id',
      summaries: 'id',
      audit: '++seq',
      comments: 'id',
      profiles: 'id',
      settings: 'key',
      revisions: 'id',
      imports: 'fingerprint',
      frameVersions: 'version',
      cases: 'id',
      attempts: 'id',
      caseLinks: 'responseId',
      verifications: 'responseId',
      keyingSessions: 'id',
    });
  });

  it('keeps what was saved after the database is closed and opened again', async () => {
    const name = uniqueDbName('reopen');
    const first = await openBarometerDb(name);
    const saved = await new ProfileRepository(first).create({ name: 'Anna Jensen', initials: 'aj' });
    first.close();

    db = await openBarometerDb(name);
    expect(await new ProfileRepository(db).list()).toEqual([saved]);
  });
});
