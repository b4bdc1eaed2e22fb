/**
 * Planning an import, purely: what each incoming response is against this computer's copy, the
 * tree to store, and the report. The store applies a plan in ONE transaction, so a package is
 * imported whole or not at all; planning first keeps hashing and merging out of that transaction.
 */
import { canonicalJson } from '../audit/canonical-json';
import { orderEditions } from '../editions/edition-order';
import type { LocalText, QuestionnaireDef } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import { classifyIncoming, type Classification } from '../revisions/classify';
import type { RevisionTree } from '../revisions/revision-tree';
import type { PackageAuditEntry } from './audit-entry-schema';
import type { Package, ResponseHeader } from './package-format';
import { packageError, type PackageError } from './package-error';
import { refusal } from './refusal-messages';

/** A response as this computer holds it: identity and revision tree. */
export interface ResponseTreeState {
  header: ResponseHeader;
  tree: RevisionTree;
}

/** One incoming response, classified, with what to store. */
export interface PlanItem {
  classification: Classification;
  header: ResponseHeader;
  /** The tree to store (for `unchanged` and `older`, the local tree, unchanged). */
  merged: RevisionTree;
  /** More than one leaf after merging: the response must be marked for resolution. */
  conflicted: boolean;
}

export interface RefusedResponse {
  id: string;
  key: string;
  reason: LocalText;
}

export interface ImportReport {
  new: number;
  /** Fast-forwarded. */
  updated: number;
  /** Already here exactly (`unchanged`) or superseded here (`older`). */
  unchanged: number;
  older: number;
  /** Responses this import put into conflict: both sides are kept, a person must choose. */
  conflicts: number;
  /**
   * Responses of this package in conflict after the import, however they got there (also a new
   * response that arrived in conflict, or a local conflict the package did not close).
   */
  conflicted: number;
  refused: RefusedResponse[];
}

export interface ImportPlan {
  /** Record it with the import: the same fingerprint again means "already imported". */
  fingerprint: string;
  /** Every accepted response, in package order. */
  items: PlanItem[];
  /** Only the items that change the store: new, fast-forward, conflict. */
  writes: PlanItem[];
  /** Embedded questionnaire versions this computer does not hold yet. */
  questionnaires: QuestionnaireDef[];
  /** Audit entries this computer does not hold yet, in chain order. */
  auditEntries: PackageAuditEntry[];
  report: ImportReport;
}

export interface PlanOptions {
  /** The stored hash of a device's audit entry, if this computer holds it. */
  auditHash?: (deviceId: string, deviceSeq: number) => string | undefined;
  /** The stored prevHash of a device's audit entry, if this computer holds it. */
  auditPrevHash?: (deviceId: string, deviceSeq: number) => string | undefined;
  /** The stored definition of a questionnaire version, if this computer holds it. */
  questionnaire?: (id: string, version: string) => QuestionnaireDef | undefined;
  /**
   * The importing computer's own device id: an incoming entry claiming it must already be stored
   * here with the same hash (a relayed copy of this computer's own chain); any other is refused.
   */
  ownDeviceId?: string;
  /**
   * The device that wrote the package. New entries of another device whose chain this computer
   * already knows (`knownDevices`) are taken only where they fill a gap below entries stored here,
   * linked by hash to them (a hub relaying what this computer missed); none may extend that chain
   * beyond what is stored: only the device itself does. Entries of a device unknown here come in as
   * relayed, vouched for by the signed sender (a coordinator's backup holds its surveyors' logs).
   * Absent: not checked (a restore of this computer's own backup).
   */
  senderDeviceId?: string;
  /** Devices trusted here or with entries stored here. */
  knownDevices?: ReadonlySet<string>;
  /**
   * The ids of the profiles this computer knows as auditors or coordinators: an incoming revision
   * that approves or rejects a response must be made by one of them, or the response is refused.
   * Absent: not checked (a restore of this computer's own backup).
   */
  reviewers?: ReadonlySet<string>;
}

/** Identifies a package's content: the same package imported twice has the same fingerprint. */
export function importFingerprint(pkg: Package): string {
  return `${pkg.manifest.packageId}/${pkg.manifest.contentSha256}`;
}

/** A response's identity, which never changes. Its edition may move forward (a draft moved to a later edition). */
const HEADER_FIELDS = ['key', 'questionnaireId', 'createdAt', 'createdById', 'createdByName'] as const;

/**
 * The edition a response is in when the local copy and the incoming one name different versions of
 * its questionnaire: the later edition (`orderEditions`), as a draft only moves forward; both must be
 * known (stored here or embedded), else undefined. The same from either side, so merging stays
 * order-independent.
 */
function laterEdition(pkg: Package, options: PlanOptions, id: string, a: string, b: string): string | undefined {
  const embedded = (version: string) => pkg.manifest.questionnaires.find((q) => q.id === id && q.version === version);
  const defs = [a, b].map((version) => options.questionnaire?.(id, version) ?? embedded(version));
  if (defs.some((d) => d === undefined)) return undefined;
  return orderEditions(defs as QuestionnaireDef[]).at(-1)?.version;
}

/**
 * Per device, the highest sequence number below which a relayed entry sits under the chain stored
 * here: the package's run of the device's entries (unbroken, as check-audit ensures) up to an entry
 * stored here with the same hash, or the whole run when the next stored entry links back to its last.
 */
function anchoredUpTo(pkg: Package, options: PlanOptions): Map<string, number> {
  const upTo = new Map<string, number>();
  const last = new Map<string, PackageAuditEntry>();
  for (const e of pkg.content.auditEntries) {
    const top = last.get(e.deviceId);
    if (!top || e.deviceSeq > top.deviceSeq) last.set(e.deviceId, e);
    if (options.auditHash?.(e.deviceId, e.deviceSeq) === e.hash) upTo.set(e.deviceId, Math.max(upTo.get(e.deviceId) ?? 0, e.deviceSeq));
  }
  for (const [deviceId, e] of last) {
    if (options.auditPrevHash?.(deviceId, e.deviceSeq + 1) === e.hash) upTo.set(deviceId, e.deviceSeq);
  }
  return upTo;
}

function planAudit(pkg: Package, options: PlanOptions): Result<PackageAuditEntry[], PackageError> {
  const fresh: PackageAuditEntry[] = [];
  const anchored = anchoredUpTo(pkg, options);
  for (const entry of pkg.content.auditEntries) {
    const stored = options.auditHash?.(entry.deviceId, entry.deviceSeq);
    if (stored === undefined && entry.deviceId === options.ownDeviceId) {
      return err(
        packageError('audit-own-device', {
          en: `The package holds audit entry ${entry.deviceSeq} in the name of this computer's own device, which this computer never wrote: it was forged or made from a copy of this computer's data. Nothing was imported.`,
          da: `Pakken indeholder logpost ${entry.deviceSeq} i denne computers eget navn, som denne computer aldrig har skrevet: den er forfalsket eller lavet ud fra en kopi af denne computers data. Intet er importeret.`,
        }),
      );
    }
    const foreign = options.senderDeviceId !== undefined && entry.deviceId !== options.senderDeviceId;
    if (stored === undefined && foreign && options.knownDevices?.has(entry.deviceId) === true && entry.deviceSeq > (anchored.get(entry.deviceId) ?? 0)) {
      const d = entry.deviceId.slice(0, 8);
      return err(
        packageError('audit-foreign-device', {
          en: `The package holds audit entry ${entry.deviceSeq} of computer ${d}, which is not here, while this computer holds that computer's audit log: only a computer extends its own log, so its new entries must come in its own package. If a backup from computer ${d} was restored on the surveyor's computer, import that backup here first. Nothing was imported.`,
          da: `Pakken indeholder post ${entry.deviceSeq} fra computer ${d}, som ikke findes her, skønt denne computer har den computers revisionslog: kun en computer selv fører sin log videre, så dens nye poster skal komme i dens egen pakke. Er en sikkerhedskopi fra computer ${d} gendannet på interviewerens computer, så indlæs først den sikkerhedskopi her. Intet er importeret.`,
        }),
      );
    }
    if (stored === undefined) fresh.push(entry);
    else if (stored !== entry.hash) {
      const d = entry.deviceId.slice(0, 8);
      return err(
        packageError('audit-conflict', {
          en: `Audit entry ${entry.deviceSeq} of computer ${d} differs from the one already on this computer: one of the two logs was altered. Nothing was imported.`,
          da: `Post ${entry.deviceSeq} fra computer ${d} er forskellig fra den, der allerede findes på denne computer: en af de to logge er ændret. Intet er importeret.`,
        }),
      );
    }
  }
  return ok(fresh);
}

/** The first incoming revision (not on this computer) that approves or rejects by an unknown profile. */
function unknownDecision(local: RevisionTree | undefined, incoming: RevisionTree, reviewers: ReadonlySet<string>) {
  const here = new Set(local?.nodes.map((node) => node.rev) ?? []);
  for (const { rev, content } of incoming.contents) {
    if (here.has(rev) || (content.status !== 'approved' && content.status !== 'rejected')) continue;
    if (!reviewers.has(content.updatedById)) return { status: content.status, updatedByName: content.updatedByName };
  }
  return undefined;
}

/**
 * Plans the import of a checked package. `local` must hold this computer's state of every response
 * in the package that it has (absent = not here). Responses whose identity or history contradicts
 * the local copy, or whose questionnaire differs from the local definition of the same version, are
 * refused one by one, with a reason; an audit entry that contradicts a stored one refuses the package.
 */
interface PlanState {
  clashing: ReadonlySet<string>;
  report: ImportReport;
  items: PlanItem[];
}

/** The audit entries and questionnaires to take, and an empty plan for the responses. */
function startPlan(pkg: Package, options: PlanOptions): Result<{ state: PlanState; questionnaires: QuestionnaireDef[]; auditEntries: PackageAuditEntry[] }, PackageError> {
  const audit = planAudit(pkg, options);
  if (!audit.ok) return audit;
  const questionnaires: QuestionnaireDef[] = [];
  const clashing = new Set<string>();
  for (const def of pkg.manifest.questionnaires) {
    const stored = options.questionnaire?.(def.id, def.version);
    if (stored === undefined) questionnaires.push(def);
    else if (canonicalJson(stored) !== canonicalJson(def)) clashing.add(JSON.stringify([def.id, def.version]));
  }
  const report: ImportReport = { new: 0, updated: 0, unchanged: 0, older: 0, conflicts: 0, conflicted: 0, refused: [] };
  return ok({ state: { clashing, report, items: [] }, questionnaires, auditEntries: audit.value });
}

/** One incoming response classified against this computer's copy, into `state`. */
function planResponse(pkg: Package, state: PlanState, local: ReadonlyMap<string, ResponseTreeState>, response: Package['content']['responses'][number], options: PlanOptions): void {
  const { revisions, ...header } = response;
  const { report, items } = state;
  const mine = local.get(header.id);
  const refuse = (reason: LocalText) => report.refused.push({ id: header.id, key: header.key, reason });
  if (state.clashing.has(JSON.stringify([header.questionnaireId, header.questionnaireVersion]))) {
    refuse(refusal.questionnaireClash(header.questionnaireId, header.questionnaireVersion));
    return;
  }
  const differs = mine && HEADER_FIELDS.find((field) => mine.header[field] !== header[field]);
  if (differs) {
    refuse(refusal.identityClash(differs));
    return;
  }
  const moved = mine && mine.header.questionnaireVersion !== header.questionnaireVersion;
  const edition = moved ? laterEdition(pkg, options, header.questionnaireId, mine.header.questionnaireVersion, header.questionnaireVersion) : undefined;
  if (moved && edition === undefined) {
    refuse(refusal.identityClash('questionnaireVersion'));
    return;
  }
  const decision = options.reviewers && unknownDecision(mine?.tree, revisions, options.reviewers);
  if (decision) {
    refuse(refusal.unknownReviewer(decision.status, decision.updatedByName));
    return;
  }
  const classified = classifyIncoming(mine?.tree, revisions);
  if (!classified.ok) {
    refuse(refusal.historyClash(classified.error.rev));
    return;
  }
  const { classification, merged } = classified.value;
  const conflicted = merged.contents.length > 1;
  const kept = mine ? { ...mine.header, ...(edition ? { questionnaireVersion: edition } : {}) } : header;
  // A response here whose edition moved forward is written again even if its history is unchanged.
  const settled = moved && edition !== mine?.header.questionnaireVersion && (classification === 'unchanged' || classification === 'older') ? 'fast-forward' : classification;
  items.push({ classification: settled, header: kept, merged, conflicted });
  if (conflicted) report.conflicted++;
  if (settled === 'new') report.new++;
  else if (settled === 'fast-forward') report.updated++;
  else if (settled === 'conflict') report.conflicts++;
  else report[settled]++;
}

function finishPlan(pkg: Package, state: PlanState, questionnaires: QuestionnaireDef[], auditEntries: PackageAuditEntry[]): ImportPlan {
  const { items, report } = state;
  const writes = items.filter((item) => item.classification !== 'unchanged' && item.classification !== 'older');
  return { fingerprint: importFingerprint(pkg), items, writes, questionnaires, auditEntries, report };
}

export function planImport(
  local: ReadonlyMap<string, ResponseTreeState>,
  pkg: Package,
  options: PlanOptions = {},
): Result<ImportPlan, PackageError> {
  const started = startPlan(pkg, options);
  if (!started.ok) return started;
  const { state, questionnaires, auditEntries } = started.value;
  for (const response of pkg.content.responses) planResponse(pkg, state, local, response, options);
  return ok(finishPlan(pkg, state, questionnaires, auditEntries));
}

/**
 * The same plan, `chunk` responses at a time with `pause()` awaited between chunks, so a large
 * package never holds the window's thread in one long task. Inside an IndexedDB transaction
 * `pause` must be a store operation (awaiting anything else would end the transaction).
 */
export async function planImportInChunks(
  local: ReadonlyMap<string, ResponseTreeState>,
  pkg: Package,
  options: PlanOptions,
  pause: () => Promise<unknown>,
  chunk = 1_000,
): Promise<Result<ImportPlan, PackageError>> {
  const started = startPlan(pkg, options);
  if (!started.ok) return started;
  const { state, questionnaires, auditEntries } = started.value;
  const { responses } = pkg.content;
  for (let i = 0; i < responses.length; i++) {
    if (i > 0 && i % chunk === 0) await pause();
    planResponse(pkg, state, local, responses[i] as (typeof responses)[number], options);
  }
  return ok(finishPlan(pkg, state, questionnaires, auditEntries));
}
