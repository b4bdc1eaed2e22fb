/**
 * Merging one checked package into the store in ONE transaction: responses, summaries, revision
 * trees, incoming audit entries (kept in their device's chain), new questionnaire versions, the
 * import record and an `import` audit entry. Everything inside is Dexie or synchronous, so the
 * transaction cannot commit early; a throw anywhere rolls all of it back. The work is done in
 * chunks, each awaiting the store, so the window repaints between them.
 */
import { evaluateResponse } from '../core/engine/evaluate-response';
import { keyFingerprint, planImportInChunks, type ImportPlan, type Package, type PackageError, type PlanItem, type ResponseTreeState } from '../core/exchange';
import type { QuestionnaireDef } from '../core/questionnaire/model';
import { winner } from '../core/revisions';
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import type { ImportCounts, ImportRecord } from './exchange-records';
import { importLookup } from './import-questionnaires';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile, ResponseRecord, ResponseSummary } from './records';
import { summarise } from './response-summary';
import type { QuestionnaireLookup } from './response-write';
import { localStates, storedAuditHashes } from './merge-local-state';
import { leafKey, type LeafToEvaluate } from './package-read-client';
import { revisionRow } from './revision-write';
import { keyChanged, type Trust } from './package-trust';
import { trustedDevice, trustKey, type TrustedDevice } from './trusted-devices';
import { fieldworkTables, isNewerPackage, mergeFieldwork, type FieldworkMergeOutcome } from './fieldwork-merge';
import { recordActiveEdition } from './questionnaire-repository';

// Small enough that building one chunk's rows stays a short task on the window's thread (bench, when
// each response was still evaluated here: longest task 500 ms at 500, 55 ms at 50, same total time).
export const MERGE_CHUNK = 50;
/** A settings key never written: reading it is the merge's pause between chunks of the plan. */
const PLAN_PAUSE_KEY = 'merge.plan-pause';

/** Thrown inside the transaction to roll it back with a package-level refusal. */
export class MergeRefusal extends Error {
  constructor(readonly error: PackageError) {
    super(error.message.en);
  }
}

/**
 * Thrown inside the transaction, before anything is written, when winners lack their progress
 * (`leafProgress`) and the merge may not evaluate them itself: the caller has them evaluated off the
 * window (`evaluateInWorker`, with these definitions) and merges again.
 */
export class NeedsEvaluation extends Error {
  constructor(
    readonly leaves: LeafToEvaluate[],
    readonly definitions: QuestionnaireDef[],
  ) {
    super(`${leaves.length} incoming responses need their progress evaluated.`);
  }
}

export type MergeResult = { kind: 'imported'; plan: ImportPlan; fieldwork: FieldworkMergeOutcome } | { kind: 'already-imported'; previous: ImportRecord };

export interface MergeInput {
  pkg: Package;
  fileName: string;
  deviceId: string;
  actor: Profile;
  appLookup: QuestionnaireLookup;
  onProgress: (done: number, total: number) => void;
  /**
   * `import` (coordinators: a package for whoever imports it), `import-addressed` (the profile a
   * coordinator's package names) or `restore-backup` (anyone, a backup from this computer's folder).
   */
  action: 'import' | 'import-addressed' | 'restore-backup';
  /** What the signature established (`package-trust.ts`); re-checked inside the transaction. */
  trust: Trust;
  /** Leaves' progress, computed where the package was read or by `evaluateInWorker` (`leafKey`). */
  leafProgress?: ReadonlyMap<string, number>;
  /**
   * A winner whose progress is neither in `leafProgress` nor the stored summary's (a local winner
   * unchanged in its edition): `roll-back` throws `NeedsEvaluation` (the import's way: nothing from a
   * file is evaluated on the window's thread); `evaluate-here` evaluates it on this thread (the default,
   * and the import's last resort when another window keeps changing the responses meanwhile).
   */
  missingProgress?: 'roll-back' | 'evaluate-here';
}

const keyClash = (key: string) => ({
  en: `Another response on this computer already has the key ${key}. The incoming one was not imported; ask the surveyor to check it.`,
  da: `En anden besvarelse på denne computer har allerede nøglen ${key}. Den indkommende er ikke importeret; bed intervieweren undersøge den.`,
});

/** New responses whose key another local response holds are refused one by one (keys are unique here). */
async function refuseKeyClashes(db: BarometerDb, plan: ImportPlan): Promise<PlanItem[]> {
  const fresh = plan.writes.filter((item) => item.classification === 'new');
  const taken = new Set((await db.responses.where('key').anyOf(fresh.map((i) => i.header.key)).toArray()).map((r) => r.key));
  const seen = new Set<string>();
  return plan.writes.filter((item) => {
    if (item.classification !== 'new') return true;
    const clash = taken.has(item.header.key) || seen.has(item.header.key);
    seen.add(item.header.key);
    if (!clash) return true;
    plan.report.new--;
    if (item.conflicted) plan.report.conflicted--;
    plan.report.refused.push({ id: item.header.id, key: item.header.key, reason: keyClash(item.header.key) });
    return false;
  });
}

/**
 * The progress of each write's winner without evaluating anything: an incoming leaf's as the reader
 * computed it, a local winner's (same revision, same edition) from its stored summary. The rest is
 * `missing`.
 */
async function knownProgress(
  db: BarometerDb,
  writes: readonly PlanItem[],
  local: ReadonlyMap<string, ResponseTreeState>,
  leafProgress: ReadonlyMap<string, number>,
): Promise<{ progress: Map<string, number>; missing: LeafToEvaluate[] }> {
  const progress = new Map<string, number>();
  const unknown: { id: string; leaf: LeafToEvaluate }[] = [];
  const storedIds: string[] = [];
  for (const item of writes) {
    const top = winner(item.merged);
    if (!top) continue;
    const { id, questionnaireId, questionnaireVersion, createdAt } = item.header;
    const key = leafKey(id, top.rev, questionnaireVersion);
    const ratio = leafProgress.get(key);
    if (ratio !== undefined) {
      progress.set(id, ratio);
      continue;
    }
    const mine = local.get(id);
    if (mine && mine.header.questionnaireVersion === questionnaireVersion && winner(mine.tree)?.rev === top.rev) storedIds.push(id);
    unknown.push({ id, leaf: { key, questionnaireId, questionnaireVersion, answers: top.content.answers, createdAt } });
  }
  const summaries = new Map((await db.summaries.bulkGet(storedIds)).filter((s): s is ResponseSummary => s !== undefined).map((s) => [s.id, s.progress]));
  for (const [id, ratio] of summaries) progress.set(id, ratio);
  const missing = unknown.filter(({ id }) => !progress.has(id)).map(({ leaf }) => leaf);
  return { progress, missing };
}

function recordsOf(item: PlanItem, lookup: () => QuestionnaireLookup, progress: ReadonlyMap<string, number>): { record: ResponseRecord; summary: ResponseSummary } {
  const top = winner(item.merged);
  if (!top) throw new Error(`Response ${item.header.key} arrived without revisions.`);
  const { content } = top;
  const record: ResponseRecord = {
    ...item.header,
    status: content.status,
    updatedAt: content.updatedAt,
    revision: Number(top.rev.slice(0, top.rev.indexOf('-'))),
    answers: content.answers,
    deletedAt: content.deletedAt,
  };
  const ratio = progress.get(record.id) ?? evaluateResponse(lookup()(record.questionnaireId, record.questionnaireVersion), record.answers, record).progress.ratio;
  return { record, summary: summarise(record, ratio) };
}

export function countsOf(pkg: Package, plan: ImportPlan): ImportCounts {
  const { report } = plan;
  return {
    responses: pkg.content.responses.length,
    new: report.new,
    updated: report.updated,
    unchanged: report.unchanged,
    older: report.older,
    conflicts: report.conflicts,
    refused: report.refused.length,
    auditEntries: plan.auditEntries.length,
  };
}

/** Of the devices with entries in the package other than its sender: those trusted or with entries here. */
async function knownDevices(db: BarometerDb, pkg: Package): Promise<Set<string>> {
  const others = new Set(pkg.content.auditEntries.map((e) => e.deviceId));
  others.delete(pkg.manifest.deviceId);
  const known = new Set<string>();
  for (const deviceId of others) {
    const stored = await db.audit.where('[deviceId+deviceSeq]').between([deviceId, 0], [deviceId, Infinity]).first();
    if (stored !== undefined || (await trustedDevice(db, deviceId)) !== undefined) known.add(deviceId);
  }
  return known;
}

/**
 * The trust established before the transaction, checked again inside it (another window may have
 * trusted the device meanwhile); for a device confirmed now, the record to write.
 */
async function recheckTrust(db: BarometerDb, pkg: Package, trust: Trust): Promise<Omit<TrustedDevice, 'trustedAt' | 'trustedById' | 'trustedByName'> | undefined> {
  if (trust.kind === 'restore' || trust.kind === 'own') return undefined;
  const { deviceId, surveyor } = pkg.manifest;
  const current = await trustedDevice(db, deviceId);
  if (current && current.publicKey !== trust.publicKey) throw new MergeRefusal(keyChanged(pkg, current.publicKey).error);
  if (current) return undefined;
  if (trust.kind === 'known') throw new MergeRefusal(keyChanged(pkg, trust.publicKey).error);
  return { deviceId, publicKey: trust.publicKey, fingerprint: keyFingerprint(trust.publicKey), surveyorName: surveyor.name };
}

export async function mergePackage(db: BarometerDb, input: MergeInput): Promise<MergeResult> {
  const { pkg, actor } = input;
  const tables = [db.responses, db.summaries, db.revisions, db.audit, db.imports, db.questionnaires, db.profiles, db.settings, ...fieldworkTables(db)];
  // Marks for the benchmark's phase figures (bench/exchange.bench-run.ts).
  performance.mark('merge:start');
  const result = await db.transaction('rw', tables, async (): Promise<MergeResult> => {
    const row = await storedActor(db, actor);
    permit(row, input.action, { addressedToActor: pkg.manifest.recipient?.profileId === row.id });
    const plannedFingerprint = `${pkg.manifest.packageId}/${pkg.manifest.contentSha256}`;
    const previous = await db.imports.get(plannedFingerprint);
    if (previous) return { kind: 'already-imported', previous };
    const local = await localStates(db, pkg.content.responses.map((r) => r.id));
    performance.mark('merge:local-read');
    const hashes = await storedAuditHashes(db, pkg);
    const stored = new Map((await db.questionnaires.toArray()).map((q) => [JSON.stringify([q.id, q.version]), q.def]));
    const newlyTrusted = await recheckTrust(db, pkg, input.trust);
    // An import takes new audit entries of the sending device only, and decisions (approve, reject)
    // only by profiles this computer knows as auditors or coordinators; a restore is this computer's own.
    const checks =
      input.trust.kind === 'restore'
        ? {}
        : {
            senderDeviceId: pkg.manifest.deviceId,
            knownDevices: await knownDevices(db, pkg),
            reviewers: new Set([
              ...(await db.profiles.toArray()).filter((p) => p.role !== 'surveyor').map((p) => p.id),
              // A coordinator's package for this profile: its computer's auditors and coordinators decide.
              ...(input.action === 'import-addressed' ? pkg.manifest.reviewers.map((r) => r.id) : []),
            ]),
          };
    const options = {
      auditHash: (deviceId: string, seq: number) => hashes.get(`${deviceId}/${seq}`)?.hash,
      auditPrevHash: (deviceId: string, seq: number) => hashes.get(`${deviceId}/${seq}`)?.prevHash,
      questionnaire: (id: string, version: string) => stored.get(JSON.stringify([id, version])),
      ownDeviceId: input.deviceId,
      ...checks,
    };
    // Between chunks of the plan, a store read: the window's thread gets a turn, the transaction stays open.
    const planned = await planImportInChunks(local, pkg, options, () => db.settings.get(PLAN_PAUSE_KEY));
    if (!planned.ok) throw new MergeRefusal(planned.error);
    const plan = planned.value;
    performance.mark('merge:plan-made');
    const writes = await refuseKeyClashes(db, plan);
    performance.mark('merge:planned');
    const { progress, missing } = await knownProgress(db, writes, local, input.leafProgress ?? new Map<string, number>());
    const definitions = [...stored.values(), ...pkg.manifest.questionnaires];
    if (missing.length > 0 && input.missingProgress === 'roll-back') {
      // Each edition once: the stored definition, else the embedded one (the same, or the plan refused it).
      const wanted = new Map(missing.map((leaf) => [JSON.stringify([leaf.questionnaireId, leaf.questionnaireVersion]), undefined as QuestionnaireDef | undefined]));
      for (const def of definitions) {
        const key = JSON.stringify([def.id, def.version]);
        if (wanted.has(key) && wanted.get(key) === undefined) wanted.set(key, def);
      }
      throw new NeedsEvaluation(missing, [...wanted.values()].filter((def) => def !== undefined));
    }
    // Only for `evaluate-here`: compiled on first need.
    let compiledLookup: QuestionnaireLookup | undefined;
    const lookup = () => (compiledLookup ??= importLookup(input.appLookup, definitions));
    const now = new Date().toISOString();
    if (plan.questionnaires.length > 0) {
      await db.questionnaires.bulkAdd(plan.questionnaires.map((def) => ({ id: def.id, version: def.version, def, storedAt: now })));
    }
    // Pipelined: a chunk's rows are built while the store writes the previous chunk's.
    let pending: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < writes.length; start += MERGE_CHUNK) {
      const slice = writes.slice(start, start + MERGE_CHUNK).map((item) => ({ item, ...recordsOf(item, lookup, progress) }));
      const written = Promise.all([
        db.responses.bulkPut(slice.map((s) => s.record)),
        db.summaries.bulkPut(slice.map((s) => s.summary)),
        db.revisions.bulkPut(slice.map((s) => revisionRow(s.item.header.id, s.item.merged))),
      ]);
      // Awaited on the next round; a failure meanwhile aborts the transaction and surfaces there.
      written.catch(() => undefined);
      await pending;
      pending = written;
      input.onProgress(start, writes.length);
    }
    await pending;
    input.onProgress(writes.length, writes.length);
    performance.mark('merge:responses-written');
    for (let start = 0; start < plan.auditEntries.length; start += MERGE_CHUNK * 4) {
      await db.audit.bulkAdd(plan.auditEntries.slice(start, start + MERGE_CHUNK * 4));
    }
    const mode = input.action === 'restore-backup' ? 'restore' : input.action === 'import-addressed' ? 'addressed' : 'import';
    // The coordinator's edition for new responses comes with the newest package for this profile.
    const newerEdition = mode === 'addressed' && pkg.manifest.activeEdition !== null && (await isNewerPackage(db, pkg)) ? pkg.manifest.activeEdition : null;
    const fieldwork = await mergeFieldwork(db, { pkg, newEntries: plan.auditEntries, mode, recipientId: row.id });
    const counts = countsOf(pkg, plan);
    const { manifest } = pkg;
    await db.imports.add({
      fingerprint: plan.fingerprint,
      packageId: manifest.packageId,
      fileName: input.fileName,
      sourceDeviceId: manifest.deviceId,
      surveyor: manifest.surveyor,
      packageCreatedAt: manifest.createdAt,
      since: manifest.since,
      importedAt: now,
      importedById: row.id,
      importedByName: row.name,
      counts,
    });
    const chain = await ChainWriter.open(db, input.deviceId);
    if (newlyTrusted) {
      const record: TrustedDevice = { ...newlyTrusted, trustedAt: now, trustedById: row.id, trustedByName: row.name };
      await db.settings.put({ key: trustKey(record.deviceId), value: record });
      await chain.append(stampOf(row), now, {
        action: 'device-trust',
        newValue: record.fingerprint,
        details: { deviceId: record.deviceId, publicKey: record.publicKey, fingerprint: record.fingerprint, surveyorName: record.surveyorName, fileName: input.fileName },
      });
    }
    const editionChanged = newerEdition !== null && (await recordActiveEdition(db, chain, stampOf(row), now, newerEdition));
    await chain.append(stampOf(row), now, {
      action: 'import',
      details: {
        packageId: manifest.packageId,
        fingerprint: plan.fingerprint,
        fileName: input.fileName,
        sourceDeviceId: manifest.deviceId,
        surveyorId: manifest.surveyor.id,
        surveyorName: manifest.surveyor.name,
        ...counts,
        ...(manifest.recipient ? { recipientId: manifest.recipient.profileId } : {}),
        fieldwork: { ...fieldwork },
        ...(editionChanged && newerEdition ? { activeEdition: `${newerEdition.id} ${newerEdition.version}` } : {}),
      },
    });
    performance.mark('merge:queued');
    return { kind: 'imported', plan, fieldwork: { ...fieldwork, activeEdition: editionChanged ? newerEdition : null } };
  });
  performance.mark('merge:committed');
  return result;
}
