/**
 * Every schema version the app has ever shipped, oldest first. Never edit or remove a shipped entry:
 * add a new one (with an `upgrade` when existing rows need new fields), plus sample rows for it in
 * tests/unit/db/schema-samples.ts, which the migration harness (schema-migration.test.ts) opens
 * from the version before.
 */
import type { Transaction } from 'dexie';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, `&` unique, `++` auto-increment, `[a+b]` compound; null drops a store. */
  stores: Readonly<Record<string, string | null>>;
  /** Runs inside the upgrade transaction; a throw leaves the database at the previous version, data intact. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      questionnaires: '[id+version]',
      responses: 'id, &key, status, updatedAt, deletedAt',
      summaries: 'id, updatedAt, status, deleted, key, workplaceId',
      audit: '++seq, &id, responseId, at, action',
      profiles: 'id',
      settings: 'key',
    },
  },
  {
    // Roles and PINs (profiles), the review workflow (statuses approved/rejected, comments, review
    // facts on summaries) and the audit hash chain: [deviceId+deviceSeq] is unique, so a device's
    // chain cannot hold one place twice, and an imported entry cannot be stored twice.
    version: 2,
    stores: {
      audit: '++seq, &id, responseId, at, action, &[deviceId+deviceSeq]',
      comments: 'id, responseId',
    },
    upgrade: upgradeToV2,
  },
  {
    // Exchange: each response's revision tree with its conflict mark (revisions), and the packages
    // imported here (imports, keyed by fingerprint, so a re-import is recognised).
    version: 3,
    stores: {
      revisions: 'id, conflicted',
      imports: 'fingerprint, importedAt, packageId',
    },
    upgrade: upgradeToV3,
  },
  {
    // Fieldwork: the sample frame's versions, one case per sampled workplace (stratum and responsible
    // surveyor indexed for the block assignment and "Mine opgaver"), the attempts on each case, and
    // the link from a response to its case. New stores only: no existing row changes.
    version: 4,
    stores: {
      frameVersions: 'version',
      cases: 'id, stratum, assigneeId, inFrame',
      attempts: 'id, caseId, at',
      caseLinks: 'responseId, caseId',
    },
  },
  {
    // Double-entry verification: one row per response marked for verification (second keying,
    // errors, disagreements, resolutions; keyed by the response's id, indexed by state), and the
    // keying sessions behind the keyer statistics (counts and times only). Version 4 is fieldwork's.
    version: 5,
    stores: {
      verifications: 'responseId, state',
      keyingSessions: 'id, operatorId, start',
    },
  },
];

export const LATEST_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
