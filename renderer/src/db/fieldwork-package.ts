/**
 * The fieldwork a package carries, read inside the package builder's read transaction: the stored
 * rows as the package format writes them (each field named, so a field added to a row later never
 * leaks into a package unannounced).
 */
import type { PackageAttempt, PackageCase, PackageCaseLink, PackageFieldwork, PackageKeyingSession, PackageVerification } from '../core/exchange';
import type { BarometerDb } from './database';
import type { AttemptRow, CaseLinkRow, CaseRow } from './fieldwork-records';
import type { KeyingSessionRow, VerificationRecord } from './verification-records';

export const fieldworkReadTables = (db: BarometerDb) => [db.cases, db.attempts, db.caseLinks, db.verifications, db.keyingSessions];

export const packageCase = (c: CaseRow): PackageCase => ({
  id: c.id,
  frame: { ...c.frame },
  assigneeId: c.assigneeId,
  assigneeName: c.assigneeName,
  assignedAt: c.assignedAt,
});

const packageAttempt = (a: AttemptRow): PackageAttempt => ({
  id: a.id,
  caseId: a.caseId,
  at: a.at,
  mode: a.mode,
  outcome: a.outcome,
  note: a.note,
  byId: a.byId,
  byName: a.byName,
});

const packageLink = (l: CaseLinkRow): PackageCaseLink => ({
  responseId: l.responseId,
  caseId: l.caseId,
  locked: [...l.locked],
  linkedAt: l.linkedAt,
  linkedById: l.linkedById,
});

const packageVerification = (v: VerificationRecord): PackageVerification => ({
  responseId: v.responseId,
  responseKey: v.responseKey,
  state: v.state,
  selection: v.selection,
  markedAt: v.markedAt,
  markedById: v.markedById,
  markedByName: v.markedByName,
  keyerId: v.keyerId,
  keyerName: v.keyerName,
  mode: v.mode,
  verifierId: v.verifierId,
  verifierName: v.verifierName,
  answers: { ...v.answers },
  flyErrors: { ...v.flyErrors },
  startedAt: v.startedAt,
  keyedAt: v.keyedAt,
  sessionId: v.sessionId,
  fieldsCompared: v.fieldsCompared,
  disagreements: v.disagreements.map((d) => ({ variable: d.variable, first: d.first, second: d.second })),
  resolutions: v.resolutions.map((r) => ({ variable: r.variable, choice: r.choice, value: r.value, error: r.error, at: r.at, byId: r.byId, byName: r.byName })),
  verifiedAt: v.verifiedAt,
  updatedAt: v.updatedAt,
});

const packageSession = (s: KeyingSessionRow): PackageKeyingSession => ({
  id: s.id,
  mode: s.mode,
  operatorId: s.operatorId,
  operatorName: s.operatorName,
  start: s.start,
  end: s.end,
  pauseMs: s.pauseMs,
  keystrokes: s.keystrokes,
  responseIds: [...s.responseIds],
});

/**
 * Everything of the fieldwork this computer holds but the cases (a surveyor's package, and with
 * `withCases` a backup): attempts, links, verifications and keying sessions. Call inside a
 * transaction holding `fieldworkReadTables`.
 */
export async function readFieldwork(db: BarometerDb, withCases: boolean): Promise<PackageFieldwork> {
  const [cases, attempts, links, verifications, sessions] = await Promise.all([
    withCases ? db.cases.toArray() : Promise.resolve([]),
    db.attempts.toArray(),
    db.caseLinks.toArray(),
    db.verifications.toArray(),
    db.keyingSessions.toArray(),
  ]);
  return {
    cases: cases.map(packageCase),
    attempts: attempts.map(packageAttempt),
    caseLinks: links.map(packageLink),
    verifications: verifications.map(packageVerification),
    keyingSessions: sessions.map(packageSession),
  };
}

/**
 * What a coordinator sends one surveyor: the cases assigned to them (with the frame's data), the
 * attempts on those cases, and the links of those cases and of the surveyor's responses.
 */
export async function readFieldworkFor(db: BarometerDb, assigneeId: string, responseIds: ReadonlySet<string>): Promise<PackageFieldwork> {
  const cases = (await db.cases.where('assigneeId').equals(assigneeId).toArray()).filter((c) => c.inFrame === 1);
  const caseIds = cases.map((c) => c.id);
  const attempts = caseIds.length === 0 ? [] : await db.attempts.where('caseId').anyOf(caseIds).toArray();
  const byCase = caseIds.length === 0 ? [] : await db.caseLinks.where('caseId').anyOf(caseIds).toArray();
  const byResponse = (await db.caseLinks.bulkGet([...responseIds])).filter((l): l is CaseLinkRow => l !== undefined);
  const links = new Map([...byCase, ...byResponse].map((l) => [l.responseId, l]));
  return {
    cases: cases.map(packageCase),
    attempts: attempts.map(packageAttempt),
    caseLinks: [...links.values()].map(packageLink),
    verifications: [],
    keyingSessions: [],
  };
}
