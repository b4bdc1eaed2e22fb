/**
 * Calendar dates (a day, no time of day, no time zone) as the app stores them: ISO 8601 text
 * `YYYY-MM-DD`. Day numbers count days since 1970-01-01 (day 0), as ODK/JavaRosa convert a date in
 * arithmetic; they are computed on the proleptic Gregorian calendar in UTC, so no zone or summer
 * time can shift a day.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a surveyor types: `dd-mm-åååå` (also with `.` or `/`, one-digit day or month) or ISO `åååå-mm-dd`. */
const DANISH_INPUT = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const ISO_INPUT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in `month` (1–12) of `year`, leap years by the Gregorian rule. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validParts(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether `text` is a calendar date written `YYYY-MM-DD` (a day that exists, years 1000–9999). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DATE.exec(text);
  return m !== null && validParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days since 1970-01-01 of an ISO date (1970-01-02 is 1); undefined when `iso` is not one. */
export function dayNumber(iso: string): number | undefined {
  if (!isIsoDate(iso)) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** The ISO date `days` after 1970-01-01 (whole days; a fraction is cut towards zero); undefined outside years 1000–9999. */
export function dateOfDayNumber(days: number): string | undefined {
  if (!Number.isFinite(days)) return undefined;
  const at = new Date(Math.trunc(days) * MS_PER_DAY);
  const year = at.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? isoOf(year, at.getUTCMonth() + 1, at.getUTCDate()) : undefined;
}

/** The weekday of an ISO date, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(iso: string): number | undefined {
  const n = dayNumber(iso);
  return n === undefined ? undefined : (((n + 4) % 7) + 7) % 7;
}

/** What a typed date is: a day (ISO), a day that does not exist (31-02-2021), or not a date at all. */
export type DateInput =
  | { kind: 'date'; iso: string }
  | { kind: 'impossible'; year: number; month: number; day: number }
  | { kind: 'not-a-date' };

/**
 * Reads a date as a surveyor types it: `dd-mm-åååå` (the Danish order; `.` or `/` also separate, a
 * one-digit day or month is fine) or ISO `åååå-mm-dd`. Three numbers in a date's shape that name no
 * day (31-02-2021, 2021-13-01) are `impossible`, so the message can say so.
 */
export function readDateInput(text: string): DateInput {
  const trimmed = text.trim();
  const danish = DANISH_INPUT.exec(trimmed);
  const iso = danish ? undefined : ISO_INPUT.exec(trimmed);
  const parts = danish ? [danish[3], danish[2], danish[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (parts === undefined) return { kind: 'not-a-date' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (!validParts(year, month, day)) return { kind: 'impossible', year, month, day };
  return { kind: 'date', iso: isoOf(year, month, day) };
}

/** An ISO date as Danes write it, `dd-mm-åååå` (05-03-2021); any other text unchanged. */
export function danishDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
