/**
 * The fieldwork's progress by calendar day in Copenhagen (where the barometer's fieldwork is run,
 * whatever the laptop's clock is set to): per day, the attempts logged, the cases worked (attempted
 * that day), the cases reached for the first time, and the cases completed, with running totals.
 * Days without any work between the first and the last are kept, with zeros, so a chart's time axis
 * is a true calendar.
 */
import type { Disposition } from './dispositions';

/** The fieldwork's calendar: a day begins at midnight in Copenhagen (CET/CEST). */
export const FIELDWORK_TIME_ZONE = 'Europe/Copenhagen';

/** What one case contributes to the progress: when it was worked, and when it was completed. */
export interface ProgressCase {
  /** ISO instants of the case's attempts. */
  attempts: readonly string[];
  /** ISO instants at which responses were started for the case (each counts as work on it that day). */
  responsesStarted: readonly string[];
  /** When the case became a completed interview (see `completionTime`); null while it is not one. */
  completedAt: string | null;
}

export interface DayProgress {
  /** The Copenhagen calendar day, YYYY-MM-DD. */
  day: string;
  /** Attempts logged that day. */
  attempts: number;
  /** Cases worked that day: an attempt logged or a response started. */
  attempted: number;
  /** Cases worked that day for the first time. */
  firstAttempted: number;
  completed: number;
  /** Cases worked by the end of the day, and completed by then. */
  attemptedSoFar: number;
  completedSoFar: number;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: FIELDWORK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Copenhagen calendar day (YYYY-MM-DD) of an ISO instant. */
export function copenhagenDay(iso: string): string {
  const parts = dayFormat.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar day after `day` (YYYY-MM-DD), counted on the calendar, not in hours (DST has no say). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/** At most this many days are listed (a fieldwork of three years); older days are left out. */
export const MAX_PROGRESS_DAYS = 1_200;

const UTC_HOUR = /^(\d{4}-\d\d-\d\dT\d\d):\d\d:\d\d(\.\d+)?Z$/;

/**
 * `copenhagenDay` with a memo per UTC hour: Copenhagen's offset is whole hours and changes only on
 * the hour, so every instant of one UTC hour falls on the same day there (and Intl is slow per call).
 */
function dayMemo(): (iso: string) => string {
  const byHour = new Map<string, string>();
  return (iso) => {
    const hour = UTC_HOUR.exec(iso)?.[1];
    if (hour === undefined) return copenhagenDay(iso);
    let day = byHour.get(hour);
    if (day === undefined) {
      day = copenhagenDay(iso);
      byHour.set(hour, day);
    }
    return day;
  };
}

/** Progress per Copenhagen day from the first day with work to the last, oldest first. */
export function progressByDay(cases: readonly ProgressCase[]): DayProgress[] {
  const dayOf = dayMemo();
  const attempts = new Map<string, number>();
  const worked = new Map<string, number>();
  const first = new Map<string, number>();
  const completed = new Map<string, number>();
  const bump = (m: Map<string, number>, day: string) => m.set(day, (m.get(day) ?? 0) + 1);
  for (const c of cases) {
    const days = new Set<string>();
    for (const at of c.attempts) {
      const day = dayOf(at);
      bump(attempts, day);
      days.add(day);
    }
    for (const at of c.responsesStarted) days.add(dayOf(at));
    let earliest: string | null = null;
    for (const day of days) {
      bump(worked, day);
      if (earliest === null || day < earliest) earliest = day;
    }
    if (earliest !== null) bump(first, earliest);
    if (c.completedAt !== null) bump(completed, dayOf(c.completedAt));
  }
  const all = [...worked.keys(), ...completed.keys()].sort();
  const start = all[0];
  const end = all[all.length - 1];
  if (start === undefined || end === undefined) return [];
  const rows: DayProgress[] = [];
  let attemptedSoFar = 0;
  let completedSoFar = 0;
  for (let day = start; day <= end; day = nextDay(day)) {
    const row = { attempts: attempts.get(day) ?? 0, attempted: worked.get(day) ?? 0, firstAttempted: first.get(day) ?? 0, completed: completed.get(day) ?? 0 };
    attemptedSoFar += row.firstAttempted;
    completedSoFar += row.completed;
    rows.push({ day, ...row, attemptedSoFar, completedSoFar });
  }
  return rows.length > MAX_PROGRESS_DAYS ? rows.slice(rows.length - MAX_PROGRESS_DAYS) : rows;
}

/** What `completionTime` needs of a response started from (or linked to) a case. */
export interface CompletionFact {
  status: string;
  /** When it was first marked completed (from the audit log); null when that is not known. */
  completedAt: string | null;
}

/**
 * When a case became a completed interview: the earliest of its 'complete' attempts and the first
 * completion of its completed or approved responses; null unless its disposition now is 'complete'
 * (a later refusal, say, undoes a completed attempt, as it does in `caseDisposition`).
 */
export function completionTime(disposition: Disposition, attempts: readonly { at: string; outcome: Disposition }[], responses: readonly CompletionFact[]): string | null {
  if (disposition !== 'complete') return null;
  let earliest: string | null = null;
  const take = (at: string | null) => {
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  };
  for (const a of attempts) if (a.outcome === 'complete') take(a.at);
  for (const r of responses) if (r.status === 'completed' || r.status === 'approved') take(r.completedAt);
  return earliest;
}
