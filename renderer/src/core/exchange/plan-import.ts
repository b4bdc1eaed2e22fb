/**
 * Planning an import, purely: what each incoming response is against this computer's copy, the
 * tree to store, and the report. The store applies a plan in ONE transaction, so a package is
 * imported whole or not at all; planning first keeps hashing and merging out of that transaction.
 */
import { canonicalJson } from '../audit/canonical-json';
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
  /** The stored definition of a questionnaire version, if this computer holds it. */
  questionnaire?: (id: string, version: string) => QuestionnaireDef | undefined;
  /**
   * The importing computer's own device id: an incoming entry claiming it must already be stored
   * here with the same hash (a relayed copy of this computer's own chain); any other is refused.
   */
  ownDeviceId?: string;
}

/** Identifies a package's content: the same package imported twice has the same fingerprint. */
export function importFingerprint(pkg: Package): string {
  return `${pkg.manifest.packageId}/${pkg.manifest.contentSha256}`;
}

const HEADER_FIELDS = ['key', 'questionnaireId', 'questionnaireVersion', 'createdAt', 'createdById', 'createdByName'] as const;

function planAudit(pkg: Package, options: PlanOptions): Result<PackageAuditEntry[], PackageError> {
  const fresh: PackageAuditEntry[] = [];
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
    if (stored === undefined) fresh.push(entry);
    else if (stored !== entry.hash) {
      const d = entry.deviceId.slice(0, 8);
      return err(
        packageError('audit-conflict', {
          en: `Audit entry ${entry.deviceSeq} of device ${d} differs from the one already on this computer: one of the two logs was altered. Nothing was imported.`,
          da: `Logpost ${entry.deviceSeq} fra enhed ${d} er forskellig fra den, der allerede findes på denne computer: en af de to logge er ændret. Intet er importeret.`,
        }),
      );
    }
  }
  return ok(fresh);
}

/**
 * Plans the import of a checked package. `local` must hold this computer's state of every response
 * in the package that it has (absent = not here). Responses whose identity or history contradicts
 * the local copy, or whose questionnaire differs from the local definition of the same version, are
 * refused one by one, with a reason; an audit entry that contradicts a stored one refuses the package.
 */
export function planImport(
  local: ReadonlyMap<string, ResponseTreeState>,
  pkg: Package,
  options: PlanOptions = {},
): Result<ImportPlan, PackageError> {
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
  const items: PlanItem[] = [];
  for (const { revisions, ...header } of pkg.content.responses) {
    const mine = local.get(header.id);
    const refuse = (reason: LocalText) => report.refused.push({ id: header.id, key: header.key, reason });
    if (clashing.has(JSON.stringify([header.questionnaireId, header.questionnaireVersion]))) {
      refuse(refusal.questionnaireClash(header.questionnaireId, header.questionnaireVersion));
      continue;
    }
    const differs = mine && HEADER_FIELDS.find((field) => mine.header[field] !== header[field]);
    if (differs) {
      refuse(refusal.identityClash(differs));
      continue;
    }
    const classified = classifyIncoming(mine?.tree, revisions);
    if (!classified.ok) {
      refuse(refusal.historyClash(classified.error.rev));
      continue;
    }
    const { classification, merged } = classified.value;
    const conflicted = merged.contents.length > 1;
    items.push({ classification, header: mine?.header ?? header, merged, conflicted });
    if (conflicted) report.conflicted++;
    if (classification === 'new') report.new++;
    else if (classification === 'fast-forward') report.updated++;
    else if (classification === 'conflict') report.conflicts++;
    else report[classification]++;
  }
  const writes = items.filter((item) => item.classification !== 'unchanged' && item.classification !== 'older');
  return ok({ fingerprint: importFingerprint(pkg), items, writes, questionnaires, auditEntries: audit.value, report });
}
