/**
 * What the exchange keeps in the store (schema 3) and what it reports: revision trees, import
 * records, the last package sent, and an import's outcome per file.
 */
import type { ImportReport, PackageError, PackageManifest, PackageSurveyor, PackageWarning } from '../core/exchange';
import type { LocalText } from '../core/questionnaire/model';
import type { FieldworkMergeOutcome } from './fieldwork-merge';
import type { RevisionTree } from '../core/revisions';

/**
 * A response's revision tree (schema 3), one row per response, written in the same transaction as
 * the response. `conflicted` marks a response whose histories diverged (0 or 1: IndexedDB cannot
 * index booleans) until a coordinator resolves it.
 */
export interface RevisionRow {
  /** The response id. */
  id: string;
  tree: RevisionTree;
  conflicted: 0 | 1;
}

/** One package imported on this computer (schema 3). Re-importing the same fingerprint changes nothing. */
export interface ImportRecord {
  /** `importFingerprint`: packageId + content checksum. */
  fingerprint: string;
  packageId: string;
  fileName: string;
  sourceDeviceId: string;
  surveyor: PackageSurveyor;
  /** When the package was written (the sender's clock). */
  packageCreatedAt: string;
  /** null: a package of all responses; a time: changes since the sender's previous package. */
  since: string | null;
  importedAt: string;
  importedById: string;
  importedByName: string;
  counts: ImportCounts;
}

export interface ImportCounts {
  responses: number;
  new: number;
  updated: number;
  unchanged: number;
  older: number;
  conflicts: number;
  refused: number;
  auditEntries: number;
}

/** The package this device sent last (settings key `exchange.lastPackage`): where "since last" starts. */
export interface LastPackageSent {
  packageId: string;
  createdAt: string;
  /** The highest local audit `seq` when it was built: changes after it are "since the last package". */
  auditSeq: number;
  fileName: string;
}

/** What "Send to coordinator" puts in the package. */
export interface PackageScope {
  scope: 'all' | 'since-last';
}

/** A package made and ready to save; nothing is recorded until `recordSent`. */
export interface BuiltPackage {
  bytes: Uint8Array;
  manifest: PackageManifest;
  /** A suggested bare file name, e.g. `barometer-AJ-2025-03-01T0930.barometer`. */
  fileName: string;
  /** The local audit `seq` the package reaches (pass back to `recordSent`). */
  auditSeq: number;
}

/** A file chosen for import. */
export interface ImportFile {
  name: string;
  data: Uint8Array;
}

/** How far an import has come: for the progress bar. `done` of `total` in the current phase. */
export interface ImportProgress {
  fileIndex: number;
  fileCount: number;
  fileName: string;
  phase: 'reading' | 'merging' | 'done';
  done: number;
  total: number;
}

/**
 * Who signed a restored backup, as the backup says: a restore checks that the signature is valid
 * but not whose key made it (a new computer trusts no key yet), so the restore's message names it.
 */
export interface BackupSigner {
  /** The computer that wrote it (`manifest.deviceId`) and the profile that made it. */
  deviceId: string;
  profileName: string;
  /** The signing key's fingerprint (`keyFingerprint`); null for an unsigned backup of format 1. */
  fingerprint: string | null;
  /** Signed with this computer's own signing key. */
  thisComputer: boolean;
}

/** What happened to one file. */
export type ImportOutcome =
  | {
      status: 'imported';
      fileName: string;
      manifest: Pick<PackageManifest, 'packageId' | 'deviceId' | 'surveyor' | 'createdAt' | 'since' | 'recipient'>;
      report: ImportReport;
      /** What of the fieldwork (cases, attempts, links, verifications, sessions, comments) was new or changed. */
      fieldwork: FieldworkMergeOutcome;
      warnings: PackageWarning[];
      /** A restore: who signed the backup. */
      signer?: BackupSigner;
    }
  | {
      /** The same package was imported before: nothing changed. */
      status: 'already-imported';
      fileName: string;
      previous: ImportRecord;
      /** A restore: who signed the backup. */
      signer?: BackupSigner;
    }
  | {
      /** Refused whole: nothing from this file was written. */
      status: 'refused';
      fileName: string;
      code: PackageError['code'] | 'forbidden' | 'read-only' | 'store-failed';
      message: LocalText;
      details?: string[];
    };

/** A response in conflict, for the list of conflicts. */
export interface ConflictListItem {
  responseId: string;
  key: string;
  workplaceName: string;
  /** How many sides (leaves) the conflict has: 2 or more. */
  sides: number;
}

/** Everything the side-by-side view needs for one response. */
export interface ConflictDetail {
  responseId: string;
  key: string;
  questionnaireId: string;
  questionnaireVersion: string;
  /** The whole tree: `leaves(tree)` gives the sides, winner (what the response shows now) first. */
  tree: RevisionTree;
}
