/**
 * Exchange between computers: "Send to coordinator" (a package of this device's responses), import
 * of packages (coordinator), the imports made, conflicts and their resolution, and full backups.
 * Format: docs/exchange-format.md. Every write is one transaction with its audit entry.
 */
import { leaves } from '../core/revisions';
import type { ChosenContent } from '../core/revisions';
import type { BarometerDb } from './database';
import { resolveResponseConflict } from './conflict-resolution';
import type {
  BuiltPackage,
  ConflictDetail,
  ConflictListItem,
  ImportFile,
  ImportOutcome,
  ImportProgress,
  ImportRecord,
  LastPackageSent,
  PackageScope,
} from './exchange-records';
import { importPackageFiles } from './package-import';
import type { ConfirmDevice } from './package-trust';
import { deviceFingerprint, deviceKeyProtection } from './device-keys';
import { trustedDevices, type TrustedDevice } from './trusted-devices';
import { buildLocalPackage, lastPackageSent, recordPackageSent } from './package-builder';
import { buildAddressedPackage, knownSurveyors, recordAddressedSent, type KnownSurveyor } from './addressed-package';
import type { Profile, ResponseRecord } from './records';
import type { QuestionnaireLookup } from './response-write';

export type * from './exchange-records';
export type { ConfirmDevice } from './package-trust';
export type { KnownSurveyor } from './addressed-package';
export type { DeviceToConfirm, TrustedDevice } from './trusted-devices';

export class ExchangeRepository {
  constructor(
    private readonly db: BarometerDb,
    private readonly questionnaireFor: QuestionnaireLookup,
  ) {}

  /**
   * Builds a package of this device's responses: every one (`all`), or those changed since the last
   * package this device sent (`since-last`; all when none was sent). The manifest holds the chain
   * heads; the content holds each response's revision tree and the audit entries (each device's run
   * unbroken). Surveyors and coordinators; an auditor is refused. Writes nothing: call `recordSent`
   * once the file is saved.
   */
  buildPackage(actor: Profile, options: PackageScope): Promise<BuiltPackage> {
    return buildLocalPackage(this.db, actor, { ...options, backup: false });
  }

  /**
   * A full backup in the package format: every response (deleted ones too) and the whole audit log.
   * Any role may make one (it changes nothing and leaves the computer only as a file the user keeps).
   * Writes nothing, and is not recorded as "sent".
   */
  buildBackup(actor: Profile): Promise<BuiltPackage> {
    return buildLocalPackage(this.db, actor, { scope: 'all', backup: true });
  }

  /**
   * Records that a built package was saved: the next "since the last package" starts after it, and
   * an `export` audit entry (details: kind `package`, package id, counts, file name) is written.
   */
  recordSent(actor: Profile, built: BuiltPackage, savedAs: string): Promise<void> {
    return recordPackageSent(this.db, actor, built, savedAs);
  }

  /** The surveyors of other computers whose packages were imported here: whom a coordinator can send work. */
  knownSurveyors(): Promise<KnownSurveyor[]> {
    return knownSurveyors(this.db);
  }

  /**
   * A coordinator's package for one surveyor (by their profile id on their computer): the cases
   * assigned to them, attempts on those, their responses as they stand here (rejections, corrections)
   * and this computer's audit chain. Writes nothing: call `recordSentToSurveyor` once it is saved.
   */
  buildPackageFor(actor: Profile, recipientId: string): Promise<BuiltPackage> {
    return buildAddressedPackage(this.db, actor, recipientId);
  }

  /** Records that a package for a surveyor was saved (an `export` audit entry naming them). */
  recordSentToSurveyor(actor: Profile, built: BuiltPackage, savedAs: string): Promise<void> {
    return recordAddressedSent(this.db, actor, built, savedAs);
  }

  /** The last package this device sent, or undefined. */
  lastSent(): Promise<LastPackageSent | undefined> {
    return lastPackageSent(this.db);
  }

  /**
   * Imports packages one after another (coordinator only: permission `import`). Each file is read
   * and checked whole before anything is written, then merged in ONE transaction (responses,
   * summaries, revision trees, incoming audit entries, the import record and an `import` audit
   * entry): all of it or nothing. A package imported before changes nothing and says so. Never
   * throws for a bad file: its outcome says why it was refused. `onProgress` drives a progress bar.
   */
  importPackages(
    actor: Profile,
    files: readonly ImportFile[],
    onProgress?: (progress: ImportProgress) => void,
    confirmDevice?: ConfirmDevice,
  ): Promise<ImportOutcome[]> {
    return importPackageFiles(this.db, this.questionnaireFor, actor, files, onProgress, 'import', confirmDevice);
  }

  /**
   * Packages are signed (format 2). A package from a device this computer does not know yet is
   * imported only when `confirmDevice` (the coordinator, comparing fingerprints) says yes; later ones
   * must be signed with the same key. Every device trusted here, by surveyor name.
   */
  trustedDevices(): Promise<TrustedDevice[]> {
    return trustedDevices(this.db);
  }

  /** This computer's own fingerprint, for its About panel: the coordinator compares it at the first import. */
  fingerprint(): Promise<string> {
    return deviceFingerprint(this.db);
  }

  /** How the private signing key is kept here: sealed by the OS key store, in the browser's store, or not made yet. */
  keyProtection(): Promise<'sealed' | 'browser' | 'none'> {
    return deviceKeyProtection(this.db);
  }

  /**
   * Restores a backup this computer's host read from its own backups folder (Electron; main reads
   * only from there): the same checks and one-transaction merge as an import, open to every role
   * (permission `restore-backup`), so a surveyor whose store was lost gets their work back.
   */
  restoreBackup(actor: Profile, file: ImportFile, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome[]> {
    return importPackageFiles(this.db, this.questionnaireFor, actor, [file], onProgress, 'restore-backup');
  }

  /** Every import on this computer, newest first. */
  async listImports(): Promise<ImportRecord[]> {
    return (await this.db.imports.orderBy('importedAt').reverse().toArray());
  }

  /** The responses in conflict, by key. */
  async conflicts(): Promise<ConflictListItem[]> {
    const rows = await this.db.revisions.where('conflicted').equals(1).toArray();
    const summaries = await this.db.summaries.bulkGet(rows.map((row) => row.id));
    return rows
      .map((row, index) => ({
        responseId: row.id,
        key: summaries[index]?.key ?? row.id,
        workplaceName: summaries[index]?.workplaceName ?? '',
        sides: leaves(row.tree).length,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** How many responses are in conflict (for a badge). */
  conflictCount(): Promise<number> {
    return this.db.revisions.where('conflicted').equals(1).count();
  }

  /** One response's conflict (its tree: the sides with their answers), or undefined when it has none. */
  async conflictFor(responseId: string): Promise<ConflictDetail | undefined> {
    const [row, response] = await Promise.all([this.db.revisions.get(responseId), this.db.responses.get(responseId)]);
    if (!row || row.conflicted !== 1 || !response) return undefined;
    return {
      responseId,
      key: response.key,
      questionnaireId: response.questionnaireId,
      questionnaireVersion: response.questionnaireVersion,
      tree: row.tree,
    };
  }

  /**
   * Closes a conflict with what the coordinator chose, field by field (permission
   * `resolve-conflict`): a revision whose parents are all the sides, so every computer that merges
   * it sees the conflict closed. Written with its `conflict-resolution` audit entry (one per field
   * that changes the shown value, plus one naming the sides) in one transaction. `expectedSides`,
   * the revs the person saw, refuses the resolution when the conflict changed meanwhile.
   */
  resolveConflict(
    actor: Profile,
    responseId: string,
    chosen: ChosenContent,
    options: { reason?: string; expectedSides?: readonly string[] } = {},
  ): Promise<ResponseRecord> {
    return resolveResponseConflict(this.db, this.questionnaireFor, actor, responseId, chosen, options);
  }
}
