/**
 * The fieldwork of a package written into the store, inside the import's one transaction
 * (`package-merge.ts`): attempts, links to cases, verifications and keying sessions by the rules of
 * `core/exchange/merge-fieldwork.ts`; a coordinator's list of cases for the surveyor it is addressed
 * to; and the comments the incoming audit entries record (a comment, a rejection's comment), so a
 * rejection reads the same on the surveyor's computer as where it was made. Only Dexie is awaited.
 */
import type { AuditEntry } from '../core/audit/audit-entry';
import type { Package, PackageAuditEntry, PackageCase } from '../core/exchange';
import { caseListVersion, isNewerCaseList, keptAttempt, keptLink, keptSession, keptVerification, type CaseListVersion } from '../core/exchange/merge-fieldwork';
import { caseStratum } from '../core/fieldwork/frame';
import type { Role } from '../core/permissions/roles';
import type { BarometerDb } from './database';
import type { CaseRow } from './fieldwork-records';
import type { CommentRecord } from './records';

/** Settings key: the version of the case list in force, from the coordinator's latest package. */
export const CASE_LIST_KEY = 'exchange.caseList';

/** What the fieldwork part of an import wrote (new or changed records). */
export interface FieldworkMergeCounts {
  cases: number;
  /** Cases taken off the recipient's list by the coordinator (kept, with their attempts, unassigned). */
  casesWithdrawn: number;
  attempts: number;
  caseLinks: number;
  verifications: number;
  keyingSessions: number;
  comments: number;
}

/** The fieldwork part of an import's outcome: the counts, and the edition for new responses it made active (or null). */
export interface FieldworkMergeOutcome extends FieldworkMergeCounts {
  activeEdition: { id: string; version: string } | null;
}

export interface FieldworkMergeInput {
  pkg: Package;
  /** The audit entries the import takes in (those new here). */
  newEntries: readonly (PackageAuditEntry | AuditEntry)[];
  /** `addressed`: a coordinator's package for `recipientId`, whose list of cases is applied; `restore`: cases added where missing. */
  mode: 'import' | 'addressed' | 'restore';
  recipientId?: string;
}

/** The tables the fieldwork merge writes, for the import's transaction. */
export const fieldworkTables = (db: BarometerDb) => [db.cases, db.attempts, db.caseLinks, db.verifications, db.keyingSessions, db.comments, db.responses];

/** Writes `incoming` where the store has no record of its key, or where the rule `kept` prefers it. */
async function mergeByKey<T>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkPut(items: readonly T[]): Promise<unknown> },
  incoming: readonly T[],
  keyOf: (record: T) => string,
  kept: (local: T, incoming: T) => T,
): Promise<number> {
  if (incoming.length === 0) return 0;
  const local = await table.bulkGet(incoming.map(keyOf));
  const writes = incoming.filter((record, i) => {
    const here = local[i];
    return here === undefined || kept(here, record) !== here;
  });
  if (writes.length > 0) await table.bulkPut(writes);
  return writes.length;
}

const ROLES: readonly Role[] = ['surveyor', 'coordinator', 'auditor'];

/** The comments recorded by audit entries: `comment` entries, and a rejection's reason. */
export function commentsOfEntries(entries: readonly (PackageAuditEntry | AuditEntry)[]): CommentRecord[] {
  const out: CommentRecord[] = [];
  for (const e of entries) {
    if (e.responseId === null) continue;
    const rejection = e.action === 'status' && e.newValue === 'rejected';
    const text = e.action === 'comment' ? e.newValue : rejection ? e.reason : null;
    if (typeof text !== 'string' || text === '') continue;
    const role = e.actorRole !== null && ROLES.includes(e.actorRole) ? e.actorRole : 'auditor';
    out.push({
      id: e.id,
      responseId: e.responseId,
      field: e.field,
      text,
      kind: rejection ? 'rejection' : 'comment',
      at: e.at,
      authorId: e.actorId,
      authorName: e.actorName,
      authorInitials: e.actorInitials,
      authorRole: role,
      auditEntryId: e.id,
    });
  }
  return out;
}

const caseRow = (c: PackageCase, local: CaseRow | undefined): CaseRow => ({
  id: c.id,
  frame: c.frame,
  stratum: caseStratum(c.frame),
  inFrame: 1,
  frameVersion: local?.frameVersion ?? 0,
  assigneeId: c.assigneeId,
  assigneeName: c.assigneeName,
  assignedAt: c.assignedAt,
});

/** Whether a coordinator's package is newer than the one whose list of cases is in force (its edition for new responses then applies too). */
export async function isNewerPackage(db: BarometerDb, pkg: Package): Promise<boolean> {
  const version = caseListVersion(pkg.manifest.deviceId, pkg.manifest.auditChainHeads, pkg.manifest.createdAt);
  return isNewerCaseList(version, (await db.settings.get(CASE_LIST_KEY))?.value as CaseListVersion | undefined);
}

/** The recipient's list of cases from a coordinator's package, when it is newer than the one in force. */
async function applyCaseList(db: BarometerDb, pkg: Package, recipientId: string): Promise<{ cases: number; withdrawn: number }> {
  const version = caseListVersion(pkg.manifest.deviceId, pkg.manifest.auditChainHeads, pkg.manifest.createdAt);
  const current = (await db.settings.get(CASE_LIST_KEY))?.value as CaseListVersion | undefined;
  if (!isNewerCaseList(version, current)) return { cases: 0, withdrawn: 0 };
  const incoming = pkg.content.cases;
  const ids = new Set(incoming.map((c) => c.id));
  const local = await db.cases.bulkGet(incoming.map((c) => c.id));
  const rows = incoming.map((c, i) => caseRow(c, local[i]));
  const changed = rows.filter((row, i) => JSON.stringify(row) !== JSON.stringify(local[i]));
  const withdrawn = (await db.cases.where('assigneeId').equals(recipientId).toArray())
    .filter((c) => !ids.has(c.id))
    .map((c): CaseRow => ({ ...c, assigneeId: '', assigneeName: '', assignedAt: null }));
  await db.cases.bulkPut([...changed, ...withdrawn]);
  await db.settings.put({ key: CASE_LIST_KEY, value: version });
  return { cases: changed.length, withdrawn: withdrawn.length };
}

/** Cases of a restored backup: added where this computer has none (a case here is never overwritten). */
async function restoreCases(db: BarometerDb, incoming: readonly PackageCase[]): Promise<number> {
  const local = await db.cases.bulkGet(incoming.map((c) => c.id));
  const missing = incoming.filter((_, i) => local[i] === undefined).map((c) => caseRow(c, undefined));
  if (missing.length > 0) await db.cases.bulkAdd(missing);
  return missing.length;
}

/** Writes the package's fieldwork; call inside a transaction holding `fieldworkTables` and settings. */
export async function mergeFieldwork(db: BarometerDb, input: FieldworkMergeInput): Promise<FieldworkMergeCounts> {
  const { content } = input.pkg;
  let cases = 0;
  let casesWithdrawn = 0;
  if (input.mode === 'addressed' && input.recipientId !== undefined) {
    const applied = await applyCaseList(db, input.pkg, input.recipientId);
    cases = applied.cases;
    casesWithdrawn = applied.withdrawn;
  } else if (input.mode === 'restore') {
    cases = await restoreCases(db, content.cases);
  }
  const attempts = await mergeByKey(db.attempts, content.attempts, (a) => a.id, keptAttempt);
  const caseLinks = await mergeByKey(db.caseLinks, content.caseLinks, (l) => l.responseId, keptLink);
  const verifications = await mergeByKey(db.verifications, content.verifications, (v) => v.responseId, keptVerification);
  const keyingSessions = await mergeByKey(db.keyingSessions, content.keyingSessions, (s) => s.id, keptSession);
  // Only on responses this computer holds: the office's chain also records comments on other
  // surveyors' responses, which a surveyor's computer does not have and should not list.
  const fromLog = commentsOfEntries(input.newEntries);
  const [present, responses] = await Promise.all([db.comments.bulkGet(fromLog.map((c) => c.id)), db.responses.bulkGet(fromLog.map((c) => c.responseId))]);
  const comments = fromLog.filter((_, i) => present[i] === undefined && responses[i] !== undefined);
  if (comments.length > 0) await db.comments.bulkAdd(comments);
  return { cases, casesWithdrawn, attempts, caseLinks, verifications, keyingSessions, comments: comments.length };
}
