/**
 * The facts the fieldwork's progress by day needs, read from the store: per case in the frame in
 * force, when it was attempted, when responses were started for it, and when it became a completed
 * interview. A response's completion time is its first 'status → completed' entry in the audit log
 * (read through the action index: status entries are few, answer entries many).
 */
import { caseDisposition, type Attempt, type LinkedStatus } from '../core/fieldwork/dispositions';
import { completionTime, type CompletionFact, type ProgressCase } from '../core/fieldwork/progress-by-day';
import type { BarometerDb } from './database';
import type { CaseLinkRow, CaseRow } from './fieldwork-records';

export async function readProgressCases(db: BarometerDb): Promise<ProgressCase[]> {
  const [cases, attempts, links] = await Promise.all([db.cases.where('inFrame').equals(1).toArray(), db.attempts.toArray(), db.caseLinks.toArray()]);
  return progressOf(db, cases, attempts, links);
}

/** The same from rows already read (the monitoring reads cases, attempts and links once for both). */
export async function progressOf(db: BarometerDb, cases: readonly CaseRow[], attempts: readonly Attempt[], links: readonly CaseLinkRow[]): Promise<ProgressCase[]> {
  const ids = new Set(cases.map((c) => c.id));
  const linked = links.filter((l) => ids.has(l.caseId));
  const summaries = await db.summaries.bulkGet(linked.map((l) => l.responseId));
  const responseIds = new Set(linked.map((l) => l.responseId));
  const firstCompleted = new Map<string, string>();
  await db.audit
    .where('action')
    .equals('status')
    .each((e) => {
      if (e.newValue !== 'completed' || e.responseId === null || !responseIds.has(e.responseId)) return;
      const seen = firstCompleted.get(e.responseId);
      if (seen === undefined || e.at < seen) firstCompleted.set(e.responseId, e.at);
    });
  const attemptsOf = new Map<string, Attempt[]>();
  for (const a of attempts) if (ids.has(a.caseId)) (attemptsOf.get(a.caseId) ?? attemptsOf.set(a.caseId, []).get(a.caseId)!).push(a);
  const responsesOf = new Map<string, (CompletionFact & { createdAt: string })[]>();
  linked.forEach((l, i) => {
    const s = summaries[i];
    if (!s || s.deleted === 1) return;
    const fact = { status: s.status, createdAt: s.createdAt, completedAt: firstCompleted.get(s.id) ?? null };
    (responsesOf.get(l.caseId) ?? responsesOf.set(l.caseId, []).get(l.caseId)!).push(fact);
  });
  return cases.map((c) => {
    const own = attemptsOf.get(c.id) ?? [];
    const responses = responsesOf.get(c.id) ?? [];
    const disposition = caseDisposition(own, responses.map((r) => r.status as LinkedStatus));
    return { attempts: own.map((a) => a.at), responsesStarted: responses.map((r) => r.createdAt), completedAt: completionTime(disposition, own, responses) };
  });
}
