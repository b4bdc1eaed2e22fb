/** XLSForm/XPath conversions between run-time values. */
import { dayNumber } from '../dates/calendar-date';
import type { AnswerValue } from '../questionnaire/model';

/** Any value an expression produces or reads; `undefined` is "empty" (unanswered or skipped). */
export type Value = AnswerValue | boolean | undefined;

/** Text that reads as a number, as in ODK: digits with an optional leading minus and one decimal point (no `+`, no exponent). */
const NUMERIC_TEXT = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Empty: undefined, `''`, no options picked, or a number that is not one (NaN). */
export function isEmptyValue(value: Value): boolean {
  if (value === undefined || value === '') return true;
  if (typeof value === 'number') return Number.isNaN(value);
  return Array.isArray(value) && value.length === 0;
}

/**
 * The number a value stands for; undefined when empty or not numeric (XPath's NaN). Text is read as
 * ODK reads it: trimmed, a decimal comma taken as a point (`'2,5'` is 2.5), `'+5'` and `'1e3'` not numbers; a date `'2021-03-05'` is its day number
 * since 1970-01-01 (18691), as JavaRosa converts a date in arithmetic and comparisons.
 */
export function toNumber(value: Value): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const text = value.trim().replace(',', '.');
    if (NUMERIC_TEXT.test(text)) return Number(text);
    // A date reads as its day number (days since 1970-01-01), as JavaRosa converts one.
    return dayNumber(value.trim());
  }
  return undefined;
}

/** The text a value stands for: empty → `''`, a multiple choice → its codes space-separated. */
export function toText(value: Value): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number' && Number.isNaN(value)) return '';
  return String(value);
}

/** XPath truth: true, a non-zero number, non-empty text, at least one option picked. */
export function toBoolean(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (value === undefined) return false;
  return value.length > 0;
}

/** The codes of a multiple choice (an array, or space-separated codes); empty → []. */
export function toCodes(value: Value): readonly string[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/\s+/).filter((code) => code !== '');
  return [];
}
