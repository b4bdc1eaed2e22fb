/**
 * The IndexedDB database (Dexie). Only renderer/src/db/ imports Dexie; the UI goes through the
 * repositories. Opening detects a downgrade (a newer app version upgraded the data) and then
 * stays read-only, since writing rows without the newer version's fields would corrupt them.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEntry, CommentRecord, ProfileRow, ResponseRecord, ResponseSummary, SettingRow, StoredQuestionnaire } from './records';
import type { ImportRecord, RevisionRow } from './exchange-records';
import type { AttemptRow, CaseLinkRow, CaseRow, FrameVersionRow } from './fieldwork-records';
import type { KeyingSessionRow, VerificationRecord } from './verification-records';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { requestPersistentStorage } from './storage-persistence';

export const DEFAULT_DB_NAME = 'barometer-entry';

export class BarometerDb extends Dexie {
  // `declare`, not fields: Dexie puts the tables on the instance, and class fields would overwrite them.
  declare questionnaires: Table<StoredQuestionnaire, [string, string]>;
  declare responses: EntityTable<ResponseRecord, 'id'>;
  declare summaries: EntityTable<ResponseSummary, 'id'>;
  declare audit: EntityTable<AuditEntry, 'seq'>;
  declare profiles: EntityTable<ProfileRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare comments: EntityTable<CommentRecord, 'id'>;
  /** Schema 3: each response's revision tree and conflict mark. */
  declare revisions: EntityTable<RevisionRow, 'id'>;
  /** Schema 3: the packages imported here. */
  declare imports: EntityTable<ImportRecord, 'fingerprint'>;
  /** Schema 4: the sample frame's versions, its cases, their attempts, and responses' links to cases. */
  declare frameVersions: EntityTable<FrameVersionRow, 'version'>;
  declare cases: EntityTable<CaseRow, 'id'>;
  declare attempts: EntityTable<AttemptRow, 'id'>;
  declare caseLinks: EntityTable<CaseLinkRow, 'responseId'>;
  /** Schema 5: responses marked for verification, their second keying and its outcome. */
  declare verifications: EntityTable<VerificationRecord, 'responseId'>;
  /** Schema 5: keying sessions (counts and times) for the keyer statistics. */
  declare keyingSessions: EntityTable<KeyingSessionRow, 'id'>;

  /** True when the stored data was made by a newer app version: every repository write is refused. */
  readOnly = false;
  readOnlyReason: string | null = null;

  /**
   * `versions` defaults to every shipped version; tests pass a prefix to build older databases.
   * An empty list opens the database as stored, without any upgrade (used after a downgrade).
   */
  constructor(name: string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // Chromium defaults to relaxed durability: a power cut could lose an acknowledged answer.
    super(name, { chromeTransactionDurability: 'strict' });
    // Nothing here reads through liveQuery (lint refuses it), so Dexie's query cache and change
    // tracking would only cost every write: about 0.4 ms of a 3 ms answer commit (`npm run bench`).
    this.unuse({ stack: 'dbcore', name: 'Cache' });
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }

  /** Opened as stored (no schema declared), Dexie lists the tables but does not put them on the instance. */
  bindStoredTables(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const table of this.tables) if (self[table.name] === undefined) self[table.name] = table;
  }

  markReadOnly(reason: string): void {
    this.readOnly = true;
    this.readOnlyReason = reason;
  }
}

/** Dexie stores version n as IndexedDB version 10·n. */
const NATIVE_VERSION_FACTOR = 10;

function downgradeReason(storedVersion: number): string {
  return (
    `This data was last opened by a newer version of Barometer Entry (database version ${storedVersion}; ` +
    `this version knows up to ${LATEST_SCHEMA_VERSION}). It is shown read-only so nothing is damaged: ` +
    'install the newer version to keep working.'
  );
}

/** The stored Dexie version without opening (or creating) the database, when the browser can tell. */
async function storedVersionOf(name: string): Promise<number | undefined> {
  const factory = Dexie.dependencies.indexedDB as IDBFactory | undefined;
  if (!factory || typeof factory.databases !== 'function') return undefined;
  try {
    const found = (await factory.databases()).find((d) => d.name === name);
    return found?.version === undefined ? undefined : found.version / NATIVE_VERSION_FACTOR;
  } catch {
    return undefined;
  }
}

/**
 * Opens (creating or upgrading) the app's database and asks for persistent storage. A database from a
 * newer app version is opened as stored, untouched, with `readOnly` set.
 */
export async function openBarometerDb(name: string = DEFAULT_DB_NAME): Promise<BarometerDb> {
  const stored = await storedVersionOf(name);
  const newer = stored !== undefined && stored > LATEST_SCHEMA_VERSION;
  // Declaring our schema on a newer database would make Dexie "patch" it to match ours: open it as stored.
  const db = new BarometerDb(name, newer ? [] : SCHEMA_VERSIONS);
  await db.open();
  if (newer) db.bindStoredTables();
  // Without `databases()` Dexie falls back to opening the newer version anyway: check afterwards too.
  const opened = db.backendDB().version / NATIVE_VERSION_FACTOR;
  if (opened > LATEST_SCHEMA_VERSION) db.markReadOnly(downgradeReason(opened));
  void requestPersistentStorage();
  return db;
}
