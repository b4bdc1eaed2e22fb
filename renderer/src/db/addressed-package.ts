/**
 * Work that travels from the coordinator to one surveyor (package format 3, `manifest.recipient`):
 * the cases assigned to them with the frame's data, the attempts on those cases, the surveyor's
 * own responses as they stand here (a rejection with its comment, a coordinator's correction), the
 * questionnaire versions those use and the edition new responses are keyed in, and this computer's audit chain, which records each of those
 * decisions. Other surveyors' chains stay here. The surveyors a coordinator can address are those
 * whose packages were imported here (their profile ids are on their own computers).
 */
import type { AuditEntry } from '../core/audit/audit-entry';
import { buildPackage, packageBytes } from '../core/exchange';
import type { QuestionnaireDef } from '../core/questionnaire/model';
import { APP_VERSION } from '../host/app-version';
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { deviceSigner } from './device-keys';
import type { BuiltPackage } from './exchange-records';
import { fieldworkReadTables, readFieldworkFor } from './fieldwork-package';
import { reviewersOf } from './package-reviewers';
import { ACTIVE_KEY } from './questionnaire-repository';
import { isActiveEdition } from './settings-repository';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile } from './records';
import { packagedResponses, packageFileName } from './package-builder';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

/** A surveyor on another computer, known here from the packages imported from them. */
export interface KnownSurveyor {
  /** Their profile id on their computer: what a package to them is addressed to. */
  profileId: string;
  name: string;
  initials: string;
  /** The computer their last package came from, and when it was imported. */
  deviceId: string;
  lastImportAt: string;
}

/** Every surveyor whose package was imported here, the latest import first for each; local profiles left out. */
export async function knownSurveyors(db: BarometerDb): Promise<KnownSurveyor[]> {
  const [imports, profiles] = await Promise.all([db.imports.toArray(), db.profiles.toArray()]);
  const local = new Set(profiles.map((p) => p.id));
  const byId = new Map<string, KnownSurveyor>();
  for (const record of imports) {
    const { id, name, initials } = record.surveyor;
    if (local.has(id)) continue;
    const seen = byId.get(id);
    if (seen && seen.lastImportAt >= record.importedAt) continue;
    byId.set(id, { profileId: id, name, initials, deviceId: record.sourceDeviceId, lastImportAt: record.importedAt });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

const unknownRecipient = (profileId: string) =>
  new StoreError('not-found', `No surveyor ${profileId} is known here.`, [], {
    en: 'This surveyor is not known on this computer: import a package from them first.',
    da: 'Intervieweren kendes ikke på denne computer: indlæs først en pakke fra dem.',
  });

/** The package for one surveyor; nothing is recorded until `recordAddressedSent`. */
export async function buildAddressedPackage(db: BarometerDb, actor: Profile, recipientId: string): Promise<BuiltPackage> {
  const deviceId = await ensureDeviceId(db);
  const signer = await deviceSigner(db);
  const recipient = (await knownSurveyors(db)).find((s) => s.profileId === recipientId);
  const tables = [db.responses, db.revisions, db.audit, db.questionnaires, db.profiles, db.settings, ...fieldworkReadTables(db)];
  const snapshot = await db.transaction('r', tables, async () => {
    const row = await storedActor(db, actor);
    permit(row, 'send-to-surveyor');
    if (!recipient) throw unknownRecipient(recipientId);
    const responses = (await db.responses.toArray()).filter((r) => r.createdById === recipientId);
    const packaged = await packagedResponses(db, responses);
    // The edition new responses are keyed in travels too, so the surveyor keys in the coordinator's choice.
    const stored = (await db.settings.get(ACTIVE_KEY))?.value;
    const activeEdition = isActiveEdition(stored) && (await db.questionnaires.get([stored.id, stored.version])) ? { id: stored.id, version: stored.version } : null;
    const versions = new Set(responses.map((r) => JSON.stringify([r.questionnaireId, r.questionnaireVersion])));
    if (activeEdition) versions.add(JSON.stringify([activeEdition.id, activeEdition.version]));
    const questionnaires: QuestionnaireDef[] = (await db.questionnaires.toArray()).filter((q) => versions.has(JSON.stringify([q.id, q.version]))).map((q) => q.def);
    const entries: AuditEntry[] = await db.audit.where('[deviceId+deviceSeq]').between([deviceId, 0], [deviceId, Infinity]).toArray();
    const fieldwork = await readFieldworkFor(db, recipientId, new Set(responses.map((r) => r.id)));
    return { row, packaged, questionnaires, entries, fieldwork, activeEdition };
  });
  const last = snapshot.entries[snapshot.entries.length - 1];
  const createdAt = new Date().toISOString();
  const pkg = await buildPackage({
    deviceId,
    appVersion: APP_VERSION,
    surveyor: { id: snapshot.row.id, name: snapshot.row.name, initials: snapshot.row.initials },
    createdAt,
    since: null,
    questionnaires: snapshot.questionnaires,
    responses: snapshot.packaged,
    auditEntries: snapshot.entries,
    auditChainHeads: last ? [{ deviceId, deviceSeq: last.deviceSeq, hash: last.hash }] : [],
    fieldwork: snapshot.fieldwork,
    recipient: { profileId: recipient!.profileId, name: recipient!.name },
    reviewers: await reviewersOf(db),
    activeEdition: snapshot.activeEdition,
    signer,
  });
  const bytes = await packageBytes(pkg);
  if (!bytes.ok) throw new StoreError('package-invalid', bytes.error.message.en, [], bytes.error.message);
  return { bytes: bytes.value, manifest: pkg.manifest, fileName: packageFileName('til', recipient!.initials, createdAt, 'interviewer'), auditSeq: 0 };
}

/** After the file is saved: recorded in the audit log (what went to whom). */
export async function recordAddressedSent(db: BarometerDb, actor: Profile, built: BuiltPackage, savedAs: string): Promise<void> {
  assertWritable(db);
  const deviceId = await ensureDeviceId(db);
  await db.transaction('rw', [db.audit, db.profiles], async () => {
    const row = await storedActor(db, actor);
    permit(row, 'send-to-surveyor');
    const chain = await ChainWriter.open(db, deviceId);
    const { packageId, counts, recipient } = built.manifest;
    await chain.append(stampOf(row), new Date().toISOString(), {
      action: 'export',
      newValue: recipient?.name ?? null,
      details: {
        kind: 'package-to-surveyor',
        packageId,
        fileName: savedAs,
        recipientId: recipient?.profileId ?? null,
        responses: counts.responses,
        cases: counts.cases,
        attempts: counts.attempts,
        auditEntries: counts.auditEntries,
      },
    });
  });
}
