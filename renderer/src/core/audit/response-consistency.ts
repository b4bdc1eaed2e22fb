/**
 * Responses against their history: replaying a response's audit entries must give the response as
 * stored. A value changed in the database behind the app's back (no entry) shows up here, named by
 * response and field. Responses whose creation is not in the log (seeded test data, or history
 * not imported) cannot be checked and are counted apart.
 */
import type { Answers, AnswerValue, LocalText } from '../questionnaire/model';
import type { AuditEntry } from './audit-entry';
import { applyEntry, finalState, type Replay, type ResponseStateAt } from './history';

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

/** One response's replay while its entries come in replay order, with what that order depends on. */
interface Running {
  state: Replay;
  /** Per device: the highest deviceSeq applied, and the latest `at`. */
  lastSeq: Map<string, number>;
  lastAt: Map<string, string>;
}

/**
 * Whether `e`, coming after the entries `r` has applied, also comes after them in `replayOrder`:
 * then replaying them one by one as they come gives the same state as replaying them all at once.
 * That holds when `e` is last of its device so far (deviceSeq, ties kept in storage order) and
 * later than every entry of the other devices (at, then device id): the merge by time then takes
 * it only when the others are done. Otherwise (a clock behind another device's, an entry stored
 * out of order, a malformed one) the response is replayed whole afterwards.
 */
function comesLast(r: Running, e: AuditEntry): boolean {
  if (typeof e.deviceId !== 'string' || typeof e.at !== 'string' || !Number.isFinite(e.deviceSeq)) return false;
  const last = r.lastSeq.get(e.deviceId);
  if (last !== undefined && e.deviceSeq < last) return false;
  for (const [device, at] of r.lastAt) {
    if (device !== e.deviceId && !(e.at > at || (e.at === at && e.deviceId > device))) return false;
  }
  return true;
}

/**
 * Responses against their history while the log is read chunk by chunk: each checked response keeps
 * only its replayed state, not its entries. A response whose entries do not come in replay order
 * is set apart (`apart`); the caller replays it whole from its own entries (`finalState`) and hands
 * the results to `report`, which then equals `checkResponses` over the whole log.
 */
export class ResponseReplays {
  private readonly running = new Map<string, Running>();
  /** Responses to replay whole afterwards. */
  readonly apart = new Set<string>();

  /** `checks(id)`: whether the response is checked (stored and not in conflict). */
  constructor(private readonly checks: (responseId: string) => boolean) {}

  /** The next entry in storage order. */
  add(e: AuditEntry): void {
    const id = e.responseId;
    if (id === null || this.apart.has(id) || !this.checks(id)) return;
    let r = this.running.get(id);
    if (!r) {
      r = { state: { exists: false, answers: {}, status: null, deleted: false }, lastSeq: new Map(), lastAt: new Map() };
      this.running.set(id, r);
    }
    if (!comesLast(r, e)) {
      this.running.delete(id);
      this.apart.add(id);
      return;
    }
    r.lastSeq.set(e.deviceId, e.deviceSeq);
    const at = r.lastAt.get(e.deviceId);
    if (at === undefined || e.at > at) r.lastAt.set(e.deviceId, e.at);
    applyEntry(r.state, e);
  }

  /** The report over `responses`, given the final state of each response set `apart`. */
  report(
    responses: readonly StoredResponse[],
    inConflict: ReadonlySet<string>,
    replayedApart: ReadonlyMap<string, ResponseStateAt>,
  ): ConsistencyReport {
    const report: ConsistencyReport = { checked: 0, withoutHistory: 0, inConflict: 0, mismatches: [] };
    for (const r of responses) {
      if (inConflict.has(r.id)) {
        report.inConflict += 1;
        continue;
      }
      const replayed = this.apart.has(r.id) ? replayedApart.get(r.id) : this.running.get(r.id)?.state;
      if (!replayed?.exists) {
        report.withoutHistory += 1;
        continue;
      }
      report.checked += 1;
      report.mismatches.push(...compare(r, replayed));
    }
    return report;
  }
}

/** Checks every response whose history is in `entries`, except those in `inConflict` (counted apart). */
export function checkResponses(
  responses: readonly StoredResponse[],
  entries: readonly AuditEntry[],
  inConflict: ReadonlySet<string> = new Set(),
): ConsistencyReport {
  const stored = new Set(responses.map((r) => r.id));
  const replays = new ResponseReplays((id) => stored.has(id) && !inConflict.has(id));
  for (const e of entries) replays.add(e);
  const apart = new Map<string, ResponseStateAt>();
  for (const id of replays.apart) apart.set(id, finalState(entries.filter((e) => e.responseId === id)));
  return replays.report(responses, inConflict, apart);
}
