/**
 * A response's history from its audit entries: the timeline of every change (who, when, which
 * question, old → new, reason) and the response as it was at any moment.
 */
import type { Answers, AnswerValue, LocalText, Questionnaire } from '../questionnaire/model';
import { isResponseStatus, type ResponseStatus, type Role } from '../permissions/roles';
import type { AuditAction, AuditEntry } from './audit-entry';

export interface HistoryItem {
  entryId: string;
  deviceId: string;
  deviceSeq: number;
  at: string;
  actorName: string;
  actorInitials: string;
  actorRole: Role | null;
  action: AuditAction;
  field: string | null;
  /** The wording of `field` in the questionnaire (grid rows: "grid: row"); null when unknown. */
  question: LocalText | null;
  oldValue: AnswerValue | null;
  newValue: AnswerValue | null;
  reason: string | null;
}

export interface ResponseStateAt {
  /** False before the response was created (or when the log does not hold its creation). */
  exists: boolean;
  answers: Answers;
  status: ResponseStatus | null;
  deleted: boolean;
}

/**
 * Entries in the order they happened: each device's in deviceSeq order (its own clock may jump),
 * the devices merged by time (ties: device id).
 */
export function replayOrder(entries: readonly AuditEntry[]): AuditEntry[] {
  const byDevice = new Map<string, AuditEntry[]>();
  for (const e of entries) {
    const list = byDevice.get(e.deviceId);
    if (list) list.push(e);
    else byDevice.set(e.deviceId, [e]);
  }
  if (byDevice.size === 1) return [...entries].sort((a, b) => a.deviceSeq - b.deviceSeq);
  const queues = [...byDevice.entries()].map(([deviceId, list]) => ({ deviceId, list: list.sort((a, b) => a.deviceSeq - b.deviceSeq), next: 0 }));
  const out: AuditEntry[] = [];
  for (;;) {
    let best: (typeof queues)[number] | undefined;
    for (const queue of queues) {
      const head = queue.list[queue.next];
      if (!head) continue;
      const bestHead = best?.list[best.next];
      if (!bestHead || head.at < bestHead.at || (head.at === bestHead.at && queue.deviceId < (best?.deviceId ?? ''))) best = queue;
    }
    const picked = best?.list[best.next];
    if (!best || !picked) return out;
    out.push(picked);
    best.next += 1;
  }
}

function wording(q: Questionnaire | undefined, field: string | null): LocalText | null {
  const variable = field === null ? undefined : q?.byName.get(field);
  if (!variable) return null;
  const grid = variable.kind === 'grid-row' ? variable.question?.label : undefined;
  return grid ? { da: `${grid.da}: ${variable.label.da}`, en: `${grid.en}: ${variable.label.en}` } : variable.label;
}

/** Every entry of one response, oldest first, with the question's wording from `q`. */
export function responseTimeline(entries: readonly AuditEntry[], q?: Questionnaire): HistoryItem[] {
  return replayOrder(entries).map((e) => ({
    entryId: e.id,
    deviceId: e.deviceId,
    deviceSeq: e.deviceSeq,
    at: e.at,
    actorName: e.actorName,
    actorInitials: e.actorInitials,
    actorRole: e.actorRole,
    action: e.action,
    field: e.field,
    question: wording(q, e.field),
    oldValue: e.oldValue,
    newValue: e.newValue,
    reason: e.reason,
  }));
}

function wholeAnswers(e: AuditEntry): Answers | undefined {
  const answers = e.details?.['answers'];
  return answers !== null && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Answers) : undefined;
}

/** The replay's working state: changed in place (a log of 100,000 entries is replayed at once). */
export interface Replay {
  exists: boolean;
  answers: Record<string, AnswerValue>;
  status: ResponseStatus | null;
  deleted: boolean;
}

/** Applies one entry to a response's replay, in replay order (see `replayOrder`). */
export function applyEntry(state: Replay, e: AuditEntry): void {
  switch (e.action) {
    case 'create':
      state.exists = true;
      state.answers = { ...wholeAnswers(e) };
      state.status = 'draft';
      state.deleted = false;
      return;
    case 'answer':
    case 'import':
    case 'conflict-resolution':
    case 'verification': {
      const whole = wholeAnswers(e);
      const status = e.details?.['status'];
      if (isResponseStatus(status)) state.status = status;
      if (whole) {
        state.exists = true;
        state.answers = { ...whole };
      } else if (e.field !== null) {
        if (e.newValue === null) delete state.answers[e.field];
        else state.answers[e.field] = e.newValue;
      }
      return;
    }
    case 'questionnaire': {
      // A draft moved to another edition: the answers it kept, mapped and dropped, whole.
      const whole = e.details?.['kind'] === 'draft-moved' ? wholeAnswers(e) : undefined;
      if (whole) state.answers = { ...whole };
      return;
    }
    case 'status':
      if (isResponseStatus(e.newValue)) state.status = e.newValue;
      return;
    case 'delete':
    case 'restore':
      state.deleted = e.action === 'delete';
      return;
    default:
      return;
  }
}

function replay(entries: readonly AuditEntry[], include: (e: AuditEntry) => boolean): ResponseStateAt {
  const state: Replay = { exists: false, answers: {}, status: null, deleted: false };
  for (const e of replayOrder(entries)) if (include(e)) applyEntry(state, e);
  return { exists: state.exists, answers: state.answers, status: state.status, deleted: state.deleted };
}

/**
 * The response as it was at `time` (ISO 8601), replaying its entries up to and including that
 * moment: `answer` entries set or clear one field; `import`, `conflict-resolution` and `verification` entries set
 * the field they name, or all answers and the status from `details.answers` / `details.status`; a
 * `questionnaire` entry of a draft moved to another edition sets all answers from `details.answers`.
 */
export function stateAt(entries: readonly AuditEntry[], time: string): ResponseStateAt {
  const limit = Date.parse(time);
  return replay(entries, (e) => Date.parse(e.at) <= limit);
}

/** The response as its whole history leaves it. */
export function finalState(entries: readonly AuditEntry[]): ResponseStateAt {
  return replay(entries, () => true);
}

/** The answers as they were at `time`. */
export function answersAt(entries: readonly AuditEntry[], time: string): Answers {
  return stateAt(entries, time).answers;
}
