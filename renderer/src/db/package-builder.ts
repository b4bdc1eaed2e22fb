/**
 * Making a package of this device's data: "Send to coordinator" (all responses, or those changed
 * since the last package) and full backups. Everything is read in one read-only transaction, so the
 * responses, their trees, the audit entries and the chain heads are one consistent snapshot.
 */
import type { AuditEntry, ChainHead } from '../core/audit/audit-entry';
import { BACKUP_PACKAGE_LIMITS, buildPackage, packageBytes, PACKAGE_EXTENSION, type PackageResponse } from '../core/exchange';
import type { QuestionnaireDef } from '../core/questionnaire/model';
import { APP_VERSION } from '../host/app-version';
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { deviceSigner } from './device-keys';
import type { BuiltPackage, LastPackageSent } from './exchange-records';
import { stampOf, storedActor } from './permission-guard';
import type { Profile, ResponseRecord } from './records';
import { firstTreeOf } from './revision-write';
import { fieldworkReadTables, readFieldwork } from './fieldwork-package';
import { reviewersOf } from './package-reviewers';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

const LAST_PACKAGE_KEY = 'exchange.lastPackage';

export interface BuildOptions {
  scope: 'all' | 'since-last';
  /** A backup: any role, every response, not recorded as sent. */
  backup: boolean;
}

const auditorRefusal = {
  en: 'An auditor reviews data and sends no packages: sign in as the surveyor whose work it is.',
  da: 'En revisor gennemgår data og sender ingen pakker: log ind som den interviewer, arbejdet tilhører.',
};

export async function lastPackageSent(db: BarometerDb): Promise<LastPackageSent | undefined> {
  const row = await db.settings.get(LAST_PACKAGE_KEY);
  return (row?.value as LastPackageSent | undefined) ?? undefined;
}

/**
 * Each device's entries in chain order, and where each chain ends. A chain with a gap (a coordinator
 * that imported a device's later package before its earlier one) keeps only the run ending at its
 * head: a package must hold unbroken runs, and the head is what later entries are checked against.
 */
function unbrokenRuns(entries: readonly AuditEntry[]): { entries: AuditEntry[]; heads: ChainHead[] } {
  const byDevice = new Map<string, AuditEntry[]>();
  for (const entry of entries) {
    const list = byDevice.get(entry.deviceId);
    if (list) list.push(entry);
    else byDevice.set(entry.deviceId, [entry]);
  }
  const kept: AuditEntry[] = [];
  const heads: ChainHead[] = [];
  for (const [deviceId, list] of byDevice) {
    list.sort((a, b) => a.deviceSeq - b.deviceSeq);
    let start = list.length - 1;
    while (start > 0 && (list[start - 1] as AuditEntry).deviceSeq === (list[start] as AuditEntry).deviceSeq - 1) start--;
    const run = list.slice(start);
    kept.push(...run);
    const last = run[run.length - 1] as AuditEntry;
    heads.push({ deviceId, deviceSeq: last.deviceSeq, hash: last.hash });
  }
  return { entries: kept, heads };
}

const asciiInitials = (initials: string): string => initials.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').slice(0, 8);

/**
 * A package's suggested file name: `barometer-<kind>-<initials>-<YYYYMMDDTHHMM>.barometer`, the
 * initials in ASCII (`fallback` when none are left, else left out).
 */
export function packageFileName(kind: 'pakke' | 'backup' | 'til', initials: string, at: string, fallback = ''): string {
  const stamp = at.slice(0, 16).replace(/[-:]/g, '');
  const who = asciiInitials(initials) || fallback;
  return `barometer-${kind}${who ? `-${who}` : ''}-${stamp}${PACKAGE_EXTENSION}`;
}

export async function buildLocalPackage(db: BarometerDb, actor: Profile, options: BuildOptions): Promise<BuiltPackage> {
  const deviceId = await ensureDeviceId(db);
  const signer = await deviceSigner(db);
  const tables = [db.responses, db.revisions, db.audit, db.settings, db.questionnaires, db.profiles, ...fieldworkReadTables(db)];
  const snapshot = await db.transaction('r', tables, async () => {
    const row = await storedActor(db, actor);
    if (!options.backup && row.role === 'auditor') throw new StoreError('forbidden', auditorRefusal.en, [], auditorRefusal);
    const last = options.scope === 'since-last' && !options.backup ? await lastPackageSent(db) : undefined;
    const topSeq = ((await db.audit.orderBy('seq').lastKey()) as number | undefined) ?? 0;
    let responses: ResponseRecord[];
    let entries: AuditEntry[];
    if (last === undefined) {
      responses = await db.responses.toArray();
      entries = await db.audit.toArray();
    } else {
      entries = await db.audit.where('seq').above(last.auditSeq).toArray();
      const ids = [...new Set(entries.map((e) => e.responseId).filter((id): id is string => id !== null))];
      responses = (await db.responses.bulkGet(ids)).filter((r): r is ResponseRecord => r !== undefined);
    }
    const versions = new Set(responses.map((r) => JSON.stringify([r.questionnaireId, r.questionnaireVersion])));
    const questionnaires: QuestionnaireDef[] = (await db.questionnaires.toArray())
      .filter((q) => versions.has(JSON.stringify([q.id, q.version])))
      .map((q) => q.def);
    const packaged = await packagedResponses(db, responses);
    // Heads of every device, also those with no entry in a "since" package.
    const allHeads = last === undefined ? undefined : unbrokenRuns(await headEntries(db)).heads;
    // The fieldwork and double entry travel whole (small beside the responses; merging them is idempotent).
    const fieldwork = await readFieldwork(db, options.backup);
    return { row, last, topSeq, packaged, entries, questionnaires, allHeads, fieldwork };
  });
  const runs = unbrokenRuns(snapshot.entries);
  const createdAt = new Date().toISOString();
  const pkg = await buildPackage({
    deviceId,
    appVersion: APP_VERSION,
    surveyor: { id: snapshot.row.id, name: snapshot.row.name, initials: snapshot.row.initials },
    createdAt,
    since: snapshot.last?.createdAt ?? null,
    questionnaires: snapshot.questionnaires,
    responses: snapshot.packaged,
    auditEntries: runs.entries,
    auditChainHeads: snapshot.allHeads ?? runs.heads,
    fieldwork: snapshot.fieldwork,
    reviewers: await reviewersOf(db),
    signer,
  });
  // A backup may be larger than a package (the whole log); both bounds come from core/limits.
  const bytes = await packageBytes(pkg, options.backup ? BACKUP_PACKAGE_LIMITS : {});
  if (!bytes.ok) throw new StoreError('package-invalid', bytes.error.message.en, [], bytes.error.message);
  return { bytes: bytes.value, manifest: pkg.manifest, fileName: packageFileName(options.backup ? 'backup' : 'pakke', snapshot.row.initials, createdAt), auditSeq: snapshot.topSeq };
}

/** Responses as a package carries them: each with its revision tree (read inside the caller's transaction). */
export async function packagedResponses(db: BarometerDb, responses: readonly ResponseRecord[]): Promise<PackageResponse[]> {
  const trees = await db.revisions.bulkGet(responses.map((r) => r.id));
  return responses.map((r, index) => ({
    id: r.id,
    key: r.key,
    questionnaireId: r.questionnaireId,
    questionnaireVersion: r.questionnaireVersion,
    createdAt: r.createdAt,
    createdById: r.createdById,
    createdByName: r.createdByName,
    revisions: trees[index]?.tree ?? firstTreeOf(r),
  }));
}

/** The last entry of every device's chain (read inside the caller's transaction). */
async function headEntries(db: BarometerDb): Promise<AuditEntry[]> {
  const keys = (await db.audit.orderBy('[deviceId+deviceSeq]').keys()) as unknown as [string, number][];
  const last = new Map<string, number>();
  for (const [deviceId, seq] of keys) last.set(deviceId, Math.max(seq, last.get(deviceId) ?? 0));
  const found = await Promise.all([...last].map(([d, s]) => db.audit.where('[deviceId+deviceSeq]').equals([d, s]).first()));
  return found.filter((e): e is AuditEntry => e !== undefined);
}

/** After the file is saved: "since the last package" starts here; recorded in the audit log. */
export async function recordPackageSent(db: BarometerDb, actor: Profile, built: BuiltPackage, savedAs: string): Promise<void> {
  assertWritable(db);
  const deviceId = await ensureDeviceId(db);
  await db.transaction('rw', [db.settings, db.audit, db.profiles], async () => {
    const row = await storedActor(db, actor);
    const chain = await ChainWriter.open(db, deviceId);
    const now = new Date().toISOString();
    const { packageId, counts, since } = built.manifest;
    await chain.append(stampOf(row), now, {
      action: 'export',
      details: { kind: 'package', packageId, fileName: savedAs, since, responses: counts.responses, auditEntries: counts.auditEntries },
    });
    const sent: LastPackageSent = { packageId, createdAt: built.manifest.createdAt, auditSeq: built.auditSeq, fileName: savedAs };
    await db.settings.put({ key: LAST_PACKAGE_KEY, value: sent });
  });
}
