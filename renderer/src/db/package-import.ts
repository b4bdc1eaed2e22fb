/**
 * Importing package files one after another: each is read and checked whole (in a Worker), then
 * merged in one transaction (package-merge.ts). A file's refusal never touches the store and never
 * stops the next file.
 */
import { BACKUP_PACKAGE_LIMITS, keyFingerprint, packageWarnings } from '../core/exchange';
import type { LocalText } from '../core/questionnaire/model';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { deviceSigner } from './device-keys';
import type { BackupSigner, ImportFile, ImportOutcome, ImportProgress } from './exchange-records';
import { MergeRefusal, mergePackage, NeedsEvaluation, type MergeInput, type MergeResult } from './package-merge';
import { evaluateInWorker, readPackageInWorker } from './package-read-client';
import { trustOf, type ConfirmDevice } from './package-trust';
import { can } from '../core/permissions/permissions';
import type { Package } from '../core/exchange';
import { permit, storedActor } from './permission-guard';
import type { Profile, ProfileRow } from './records';
import type { QuestionnaireLookup } from './response-write';
import { isStoreError } from './store-error';
import { assertWritable } from './write-guard';

const storeFailed = (detail: string): LocalText => ({
  en: `The package could not be saved on this computer (${detail}). Nothing from it was imported; try again.`,
  da: `Pakken kunne ikke gemmes på denne computer (${detail}). Intet fra den er importeret; prøv igen.`,
});

function refusedByStore(fileName: string, error: unknown): ImportOutcome {
  if (error instanceof MergeRefusal) {
    const { code, message, details } = error.error;
    return { status: 'refused', fileName, code, message, ...(details ? { details } : {}) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'refused', fileName, code: 'store-failed', message: storeFailed(detail) };
}

const surveyorPackageForCoordinator: LocalText = {
  en: "This is a surveyor's package for the coordinator: a coordinator imports it. A surveyor imports only the coordinator's packages addressed to them.",
  da: 'Dette er en interviewers pakke til koordinatoren: en koordinator indlæser den. En interviewer indlæser kun pakker fra koordinatoren, der er til netop dem.',
};

/** Why the actor may not import this package (addressed to someone else, or a surveyor's package for a coordinator). */
/** Who signed a backup (its signature was verified on reading), and whether it was this computer's key. */
function signerOf(pkg: Package, ownPublicKey: string): BackupSigner {
  const publicKey = pkg.signature?.publicKey;
  return {
    deviceId: pkg.manifest.deviceId,
    profileName: pkg.manifest.surveyor.name,
    fingerprint: publicKey === undefined ? null : keyFingerprint(publicKey),
    thisComputer: publicKey !== undefined && publicKey === ownPublicKey,
  };
}

function notForActor(row: ProfileRow, action: 'import' | 'import-addressed' | 'restore-backup', pkg: Package): LocalText | undefined {
  if (action === 'restore-backup') return undefined;
  const recipient = pkg.manifest.recipient;
  const decision = can(row.role, action, { addressedToActor: recipient?.profileId === row.id });
  if (decision.allowed) return undefined;
  if (action === 'import' && row.role === 'surveyor') return surveyorPackageForCoordinator;
  if (recipient) {
    return {
      en: `This package from the coordinator is for ${recipient.name}, not for ${row.name}: sign in as ${recipient.name} to import it. Nothing was imported.`,
      da: `Denne pakke fra koordinatoren er til ${recipient.name}, ikke til ${row.name}: log ind som ${recipient.name} for at indlæse den. Intet er indlæst.`,
    };
  }
  return decision.message;
}

/** Rounds of evaluating off the window what the merge lacked; another window changing the same responses meanwhile is all that makes a second one. */
const EVALUATION_ROUNDS = 3;

/**
 * Merges with every winner's progress computed off the window: what the merge lacks (a local leaf
 * that wins, an incoming one in another edition) rolls it back before any write, is evaluated in a
 * Worker, and the merge runs again. Only when the responses keep changing under it does the last
 * round evaluate on this thread (bounded, a chunk at a time).
 */
async function mergeEvaluatedElsewhere(db: BarometerDb, input: MergeInput): Promise<MergeResult> {
  const progress = new Map(input.leafProgress ?? []);
  for (let round = 0; round < EVALUATION_ROUNDS; round++) {
    try {
      return await mergePackage(db, { ...input, leafProgress: progress, missingProgress: 'roll-back' });
    } catch (error) {
      if (!(error instanceof NeedsEvaluation)) throw error;
      const evaluated = await evaluateInWorker({ evaluate: error.leaves, definitions: error.definitions });
      for (const [key, ratio] of evaluated) progress.set(key, ratio);
      // A leaf no stored or embedded definition evaluates (an edition only the app's own lookup knows): the merge does.
      if (evaluated.size < error.leaves.length) break;
    }
  }
  return mergePackage(db, { ...input, leafProgress: progress, missingProgress: 'evaluate-here' });
}

export async function importPackageFiles(
  db: BarometerDb,
  appLookup: QuestionnaireLookup,
  actor: Profile,
  files: readonly ImportFile[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
  action: 'import' | 'restore-backup' = 'import',
  confirmDevice?: ConfirmDevice,
): Promise<ImportOutcome[]> {
  assertWritable(db);
  // Refused before any file is read: an auditor imports nothing (anyone restores an own backup). A
  // coordinator imports surveyors' packages; a surveyor, the coordinator's packages addressed to them.
  const actorRow = await storedActor(db, actor);
  if (action === 'restore-backup' || actorRow.role === 'auditor') permit(actorRow, action);
  // This computer's device id and key, made on first need: a file refused before its merge writes nothing.
  let own: { deviceId: string; publicKey: string } | undefined;
  const ownDevice = async () => (own ??= { deviceId: await ensureDeviceId(db), publicKey: (await deviceSigner(db)).publicKey });
  const outcomes: ImportOutcome[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const report = (phase: ImportProgress['phase'], done: number, total: number) =>
      onProgress({ fileIndex, fileCount: files.length, fileName: file.name, phase, done, total });
    report('reading', 0, file.data.byteLength);
    const stored = await db.questionnaires.toArray();
    const known = stored.map((row) => JSON.stringify([row.id, row.version]));
    const definitions = stored.map((row) => row.def);
    // Every answer is checked against its questionnaire version in the Worker; a restore of this
    // computer's own backup is not (its data was here already: it must always come back).
    const restore = action === 'restore-backup' ? { checkAnswers: false, limits: { ...BACKUP_PACKAGE_LIMITS } } : {};
    const request = { bytes: file.data, known, definitions, ...restore };
    const { result: read, leafProgress } = await readPackageInWorker(request, (done, total) => report('reading', done, total));
    if (!read.ok) {
      const { code, message, details } = read.error;
      outcomes.push({ status: 'refused', fileName: file.name, code, message, ...(details ? { details } : {}) });
      continue;
    }
    const pkg = read.value;
    const fileAction = action === 'restore-backup' ? action : pkg.manifest.recipient ? 'import-addressed' : 'import';
    const refusedHere = notForActor(actorRow, fileAction, pkg);
    if (refusedHere) {
      outcomes.push({ status: 'refused', fileName: file.name, code: 'forbidden', message: refusedHere });
      report('done', 1, 1);
      continue;
    }
    // A restore brings back this computer's own data (its signature, if any, was checked on reading,
    // but not whose key made it: a new computer trusts no key yet; the outcome names the signer);
    // an import must come from this computer, from a trusted device, or from one confirmed now.
    const trust = action === 'restore-backup' ? { ok: true as const, value: { kind: 'restore' as const } } : await trustOf(db, pkg, file.name, await ownDevice(), confirmDevice);
    const signer = action === 'restore-backup' ? { signer: signerOf(pkg, (await ownDevice()).publicKey) } : {};
    if (!trust.ok) {
      outcomes.push({ status: 'refused', fileName: file.name, code: trust.error.code, message: trust.error.message });
      report('done', 1, 1);
      continue;
    }
    try {
      report('merging', 0, pkg.content.responses.length);
      const merged = await mergeEvaluatedElsewhere(db, {
        pkg,
        fileName: file.name,
        deviceId: (await ownDevice()).deviceId,
        actor,
        appLookup,
        onProgress: (done, total) => report('merging', done, total),
        action: fileAction,
        trust: trust.value,
        leafProgress,
      });
      if (merged.kind === 'already-imported') {
        outcomes.push({ status: 'already-imported', fileName: file.name, previous: merged.previous, ...signer });
      } else {
        const { packageId, deviceId: source, surveyor, createdAt, since } = pkg.manifest;
        outcomes.push({
          status: 'imported',
          fileName: file.name,
          manifest: { packageId, deviceId: source, surveyor, createdAt, since, recipient: pkg.manifest.recipient },
          report: merged.plan.report,
          fieldwork: merged.fieldwork,
          warnings: packageWarnings(pkg, new Date()),
          ...signer,
        });
      }
    } catch (error) {
      if (isStoreError(error, 'forbidden')) throw error;
      outcomes.push(refusedByStore(file.name, error));
    }
    report('done', 1, 1);
  }
  return outcomes;
}
