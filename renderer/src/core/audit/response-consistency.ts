/**
 * Responses against their history: replaying a response's audit entries must give the response as
 * stored. A value changed in the database behind the app's back (no entry) shows up here, named by
 * response and field. Responses whose creation is not in the log (seeded test data, or history
 * not imported) cannot be checked and are counted apart.
 */
import type { Answers, AnswerValue, LocalText } from '../questionnaire/model';
import type { AuditEntry } from './audit-entry';
import { finalState, type ResponseStateAt } from './history';

/** The fields of a stored response the check reads (a db ResponseRecord fits). */
export interface StoredResponse {
  id: string;
  key: string;
  answers: Answers;
  status: string;
  deletedAt: string | null;
}

export interface ResponseMismatch {
  responseId: string;
  key: string;
  /** The variable that differs; `status` / `deleted` for those. */
  field: string;
  stored: AnswerValue | boolean | null;
  replayed: AnswerValue | boolean | null;
  message: LocalText;
}

export interface ConsistencyReport {
  checked: number;
  withoutHistory: number;
  /**
   * Responses in an unresolved conflict: their log holds two diverged histories, so replaying it
   * cannot say which one the store shows. They are checked again once a coordinator resolves them.
   */
  inConflict: number;
  mismatches: ResponseMismatch[];
}

function same(a: AnswerValue | boolean | null, b: AnswerValue | boolean | null): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

const show = (v: AnswerValue | boolean | null): string => (v === null ? '(empty)' : Array.isArray(v) ? v.join(' ') : String(v));

function mismatch(r: StoredResponse, field: string, stored: AnswerValue | boolean | null, replayed: AnswerValue | boolean | null): ResponseMismatch {
  return {
    responseId: r.id,
    key: r.key,
    field,
    stored,
    replayed,
    message: {
      en: `Response ${r.key}: ${field} is ${show(stored)} in the store but ${show(replayed)} in its audit history: it was changed outside the app.`,
      da: `Svar ${r.key}: ${field} er ${show(stored)} i databasen, men ${show(replayed)} ifølge revisionsloggen: det er ændret uden om programmet.`,
    },
  };
}

function compare(r: StoredResponse, replayed: ResponseStateAt): ResponseMismatch[] {
  const out: ResponseMismatch[] = [];
  const fields = new Set([...Object.keys(r.answers), ...Object.keys(replayed.answers)]);
  for (const field of [...fields].sort()) {
    const stored = Object.hasOwn(r.answers, field) ? (r.answers[field] as AnswerValue) : null;
    const then = Object.hasOwn(replayed.answers, field) ? (replayed.answers[field] as AnswerValue) : null;
    if (!same(stored, then)) out.push(mismatch(r, field, stored, then));
  }
  if (r.status !== replayed.status) out.push(mismatch(r, 'status', r.status, replayed.status));
  if ((r.deletedAt !== null) !== replayed.deleted) out.push(mismatch(r, 'deleted', r.deletedAt !== null, replayed.deleted));
  return out;
}

/** Checks every response whose history is in `entries`, except those in `inConflict` (counted apart). */
export function checkResponses(
  responses: readonly StoredResponse[],
  entries: readonly AuditEntry[],
  inConflict: ReadonlySet<string> = new Set(),
): ConsistencyReport {
  const byResponse = new Map<string, AuditEntry[]>();
  for (const e of entries) {
    if (e.responseId === null) continue;
    const list = byResponse.get(e.responseId);
    if (list) list.push(e);
    else byResponse.set(e.responseId, [e]);
  }
  const report: ConsistencyReport = { checked: 0, withoutHistory: 0, inConflict: 0, mismatches: [] };
  for (const r of responses) {
    if (inConflict.has(r.id)) {
      report.inConflict += 1;
      continue;
    }
    const history = byResponse.get(r.id);
    const replayed = history ? finalState(history) : undefined;
    if (!replayed?.exists) {
      report.withoutHistory += 1;
      continue;
    }
    report.checked += 1;
    report.mismatches.push(...compare(r, replayed));
  }
  return report;
}
