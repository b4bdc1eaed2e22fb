import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openBarometerDb, type BarometerDb } from '../../../renderer/src/db/database';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import { QuestionnaireRepository } from '../../../renderer/src/db/questionnaire-repository';
import { SettingsRepository } from '../../../renderer/src/db/settings-repository';
import { seedResponses } from '../../../renderer/src/db/seed-responses';
import { StoreError } from '../../../renderer/src/db/store-error';
import { anna, rejectionOf, uniqueDbName } from './db-test-support';

/** Dexie version 99 is IndexedDB version 990. */
const FUTURE_NATIVE_VERSION = 990;

/**
 * A database as a future app version (schema 99) might leave it: our stores plus one we do not
 * know, and — unless `withAllIndexes` — one index fewer than ours.
 */
async function createFutureDb(name: string, withAllIndexes: boolean): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name, FUTURE_NATIVE_VERSION);
    req.onupgradeneeded = () => {
      const idb = req.result;
      idb.createObjectStore('questionnaires', { keyPath: ['id', 'version'] });
      const responses = idb.createObjectStore('responses', { keyPath: 'id' });
      responses.createIndex('key', 'key', { unique: true });
      for (const i of ['status', 'updatedAt', 'deletedAt']) responses.createIndex(i, i);
      const summaries = idb.createObjectStore('summaries', { keyPath: 'id' });
      const summaryIndexes = ['updatedAt', 'status', 'deleted', 'key', ...(withAllIndexes ? ['workplaceId'] : [])];
      for (const i of summaryIndexes) summaries.createIndex(i, i);
      const audit = idb.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
      audit.createIndex('id', 'id', { unique: true });
      for (const i of ['responseId', 'at', 'action']) audit.createIndex(i, i);
      audit.createIndex('[deviceId+deviceSeq]', ['deviceId', 'deviceSeq'], { unique: true });
      idb.createObjectStore('comments', { keyPath: 'id' }).createIndex('responseId', 'responseId');
      const { hasPin: _hasPin, ...annaRow } = anna;
      idb.createObjectStore('profiles', { keyPath: 'id' }).add({ ...annaRow, pin: null });
      idb.createObjectStore('settings', { keyPath: 'key' });
      idb.createObjectStore('revisions', { keyPath: 'id' }).createIndex('conflicted', 'conflicted');
      const imports = idb.createObjectStore('imports', { keyPath: 'fingerprint' });
      for (const i of ['importedAt', 'packageId']) imports.createIndex(i, i);
      idb.createObjectStore('frameVersions', { keyPath: 'version' });
      const cases = idb.createObjectStore('cases', { keyPath: 'id' });
      for (const i of ['stratum', 'assigneeId', 'inFrame']) cases.createIndex(i, i);
      const attempts = idb.createObjectStore('attempts', { keyPath: 'id' });
      for (const i of ['caseId', 'at']) attempts.createIndex(i, i);
      idb.createObjectStore('caseLinks', { keyPath: 'responseId' }).createIndex('caseId', 'caseId');
      idb.createObjectStore('verifications', { keyPath: 'responseId' }).createIndex('state', 'state');
      const sessions = idb.createObjectStore('keyingSessions', { keyPath: 'id' });
      for (const i of ['operatorId', 'start']) sessions.createIndex(i, i);
      idb.createObjectStore('futureThings', { keyPath: 'id' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

async function expectReadOnlyRefusal(promise: Promise<unknown>): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(StoreError);
  expect(error).toMatchObject({ code: 'read-only' });
  expect((error as StoreError).message).toMatch(/newer version/);
}

describe('data from a newer app version (downgrade)', () => {
  let db: BarometerDb | undefined;
  afterEach(() => db?.close());

  it('opens read-only, leaves the database untouched, and refuses every write', async () => {
    const name = uniqueDbName('downgrade');
    await createFutureDb(name, false);

    db = await openBarometerDb(name);
    expect(db.readOnly).toBe(true);
    expect(db.readOnlyReason).toMatch(/newer version of Barometer Entry.*99/);
    // Not "patched" to our schema: same version, the unknown store still there, no index added.
    expect(db.backendDB().version).toBe(FUTURE_NATIVE_VERSION);
    expect([...db.backendDB().objectStoreNames]).toContain('futureThings');
    expect([...db.backendDB().transaction('summaries').objectStore('summaries').indexNames]).not.toContain('workplaceId');

    // Reading still works.
    expect(await new ProfileRepository(db).list()).toEqual([anna]);

    await expectReadOnlyRefusal(new ProfileRepository(db).create({ name: 'Bo', initials: 'B' }));
    await expectReadOnlyRefusal(new SettingsRepository(db).set('language', 'en'));
    await expectReadOnlyRefusal(new SettingsRepository(db).deviceId());
    await expectReadOnlyRefusal(new QuestionnaireRepository(db).ensure({ id: 'q', version: '1' } as never));
    await expectReadOnlyRefusal(seedResponses(db, [], []));
    expect(await db.profiles.count()).toBe(1);
    expect(await db.settings.count()).toBe(0);
  });

  it('is detected after opening too, where the browser cannot list its databases', async () => {
    const name = uniqueDbName('downgrade-nolist');
    await createFutureDb(name, true);
    // An own property shadows the prototype's method; deleting it brings the method back.
    const factory = Dexie.dependencies.indexedDB as unknown as { databases?: unknown };
    factory.databases = undefined;
    try {
      db = await openBarometerDb(name);
    } finally {
      delete factory.databases;
    }
    expect(typeof (Dexie.dependencies.indexedDB as IDBFactory).databases).toBe('function');
    expect(db.readOnly).toBe(true);
    expect(db.backendDB().version).toBe(FUTURE_NATIVE_VERSION);
    await expectReadOnlyRefusal(new ProfileRepository(db).create({ name: 'Bo', initials: 'B' }));
  });
});
