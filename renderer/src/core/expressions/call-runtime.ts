/** Run-time behaviour of the expression functions. */
import type { EvalContext } from './compiled';
import type { FunctionName } from './functions';
import { patternInputMax, patternRisk } from '../questionnaire/pattern-safety';
import { wholeTextPattern } from './whole-text-pattern';
import { dateOfDayNumber, dayNumber, isIsoDate } from '../dates/calendar-date';
import { formatDate } from './date-format';
import { isEmptyValue, toBoolean, toCodes, toNumber, toText, type Value } from './values';

/** A compiled (sub-)expression: a closure over the effective values. */
export type Evaluator = (ctx: EvalContext) => Value;

const MAX_CACHED_PATTERNS = 100;
const dynamicPatterns = new Map<string, RegExp | null>();

/**
 * A pattern computed at run time (e.g. from an answer): compiled once and cached; an invalid one, or
 * one that could take exponential time (`pattern-safety.ts`), matches nothing.
 */
function dynamicPattern(source: string): RegExp | null {
  let pattern = dynamicPatterns.get(source);
  if (pattern === undefined) {
    try {
      pattern = patternRisk(source) === undefined ? wholeTextPattern(source) : null;
    } catch {
      pattern = null;
    }
    if (dynamicPatterns.size >= MAX_CACHED_PATTERNS) dynamicPatterns.clear();
    dynamicPatterns.set(source, pattern);
  }
  return pattern;
}

/** `digits` (decimal digits, no sign or point) plus one in the last place, e.g. '0999' → '1000'. */
function incremented(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/**
 * `round(n, places)` as ODK computes it: on the decimal digits the number is written with (so
 * 1.005 rounds to 1.01, as it reads, not to the 1.00 its binary value would give), a half going
 * towards positive infinity (2.5 → 3, -2.5 → -2, as XPath's round()). `places` may be negative
 * (round(1234, -2) = 1200); beyond ±30 places the result is empty.
 */
export function roundNumber(n: number, places: number): number | undefined {
  if (!Number.isFinite(n) || Math.abs(places) > 30) return undefined;
  const [mantissa = '0', exponent = '0'] = Math.abs(n).toString().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point, '0');
  const keep = point + places;
  if (keep >= digits.length) return n;
  if (keep < 0) return 0;
  const next = digits.charAt(keep);
  const beyondHalf = next > '5' || (next === '5' && /[1-9]/.test(digits.slice(keep + 1)));
  const half = next === '5' && !beyondHalf;
  const up = beyondHalf || (half && n > 0);
  const kept = digits.slice(0, keep) || '0';
  const magnitude = Number(`${up ? incremented(kept) : kept}e${-places}`);
  return magnitude === 0 ? 0 : n < 0 ? -magnitude : magnitude;
}

/**
 * A value as a date, as JavaRosa converts one: a number is that many days after 1970-01-01 (cut to
 * whole days), text must be a date (`2021-03-05`, or a date-time whose day is taken); anything
 * else, and a day that does not exist, is empty.
 */
export function toDate(value: Value): string | undefined {
  if (typeof value === 'number') return dateOfDayNumber(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
  return isIsoDate(day) ? day : undefined;
}

/** Builds the evaluator of a call from its arguments' evaluators (and a choice-name's labels). */
export function buildCall(name: FunctionName, args: readonly Evaluator[], pattern: RegExp | undefined, labels?: ReadonlyMap<string, string>): Evaluator {
  const none: Evaluator = () => undefined;
  const [a = none, b = none, c = none] = args;
  switch (name) {
    case 'true':
      return () => true;
    case 'false':
      return () => false;
    case 'not':
      return (ctx) => !toBoolean(a(ctx));
    case 'selected':
      return (ctx) => {
        const code = toText(b(ctx));
        return code !== '' && toCodes(a(ctx)).includes(code);
      };
    case 'count-selected':
      return (ctx) => toCodes(a(ctx)).length;
    case 'if':
      return (ctx) => (toBoolean(a(ctx)) ? b(ctx) : c(ctx));
    case 'coalesce':
      return (ctx) => {
        const first = a(ctx);
        return isEmptyValue(first) ? b(ctx) : first;
      };
    case 'string-length':
      // Counted in characters (code points), not UTF-16 units.
      return (ctx) => Array.from(toText(a(ctx))).length;
    case 'number':
      return (ctx) => toNumber(a(ctx));
    case 'int':
      // Towards zero, as ODK's int(): int(-2.7) = -2.
      return (ctx) => {
        const n = toNumber(a(ctx));
        return n === undefined ? undefined : Math.trunc(n) + 0;
      };
    case 'round':
      return (ctx) => {
        const n = toNumber(a(ctx));
        // A number of places that is empty counts as 0, as in ODK.
        const places = args.length > 1 ? Math.trunc(toNumber(b(ctx)) ?? 0) : 0;
        return n === undefined ? undefined : roundNumber(n, places);
      };
    case 'concat':
      return (ctx) => args.map((arg) => toText(arg(ctx))).join('');
    case 'string':
      return (ctx) => toText(a(ctx));
    case 'boolean':
      return (ctx) => toBoolean(a(ctx));
    case 'boolean-from-string':
      // JavaRosa: true for 'true' and '1' only.
      return (ctx) => {
        const text = toText(a(ctx));
        return text === 'true' || text === '1';
      };
    case 'normalize-space':
      // XPath: leading and trailing white space removed, every run of it inside made one space.
      return (ctx) => toText(a(ctx)).replace(/[\t\n\r ]+/g, ' ').trim();
    case 'contains':
      return (ctx) => toText(a(ctx)).includes(toText(b(ctx)));
    case 'starts-with':
      return (ctx) => toText(a(ctx)).startsWith(toText(b(ctx)));
    case 'ends-with':
      return (ctx) => toText(a(ctx)).endsWith(toText(b(ctx)));
    case 'substr':
      // ODK's substr(text, start, end): from the 0-based start up to (not including) end, in
      // characters; an end past the text, or none, takes the rest; an empty or non-numeric start is empty.
      return (ctx) => {
        const chars = Array.from(toText(a(ctx)));
        const start = toNumber(b(ctx));
        const end = args.length > 2 ? toNumber(c(ctx)) : chars.length;
        if (start === undefined || end === undefined) return '';
        const from = Math.max(0, Math.trunc(start));
        const to = Math.min(chars.length, Math.trunc(end));
        return from >= to ? '' : chars.slice(from, to).join('');
      };
    case 'translate':
      // XPath: each character of the text found in `from` becomes the one at its place in `to`, or
      // is removed when `to` is shorter; the first occurrence in `from` counts.
      return (ctx) => {
        const from = Array.from(toText(b(ctx)));
        const to = Array.from(toText(c(ctx)));
        return Array.from(toText(a(ctx)))
          .map((ch) => {
            const at = from.indexOf(ch);
            return at < 0 ? ch : (to[at] ?? '');
          })
          .join('');
      };
    case 'pow':
      return (ctx) => {
        const [x, y] = [toNumber(a(ctx)), toNumber(b(ctx))];
        const result = x === undefined || y === undefined ? NaN : x ** y;
        return Number.isFinite(result) ? result : undefined;
      };
    case 'abs':
      return (ctx) => {
        const n = toNumber(a(ctx));
        return n === undefined ? undefined : Math.abs(n);
      };
    case 'today':
      return (ctx) => (isIsoDate(ctx.today) ? ctx.today : undefined);
    case 'date':
      return (ctx) => toDate(a(ctx));
    case 'decimal-date-time':
      // For a day, the whole days since 1970-01-01 (JavaRosa's fractional days, with no time of day).
      return (ctx) => {
        const day = toDate(a(ctx));
        return day === undefined ? undefined : dayNumber(day);
      };
    case 'format-date':
      return (ctx) => {
        const day = toDate(a(ctx));
        return day === undefined ? '' : formatDate(day, toText(b(ctx)));
      };
    case 'jr:choice-name':
      // The option's label in the default language (Danish), whichever language is shown; '' for a code it lacks.
      return (ctx) => labels?.get(toText(a(ctx))) ?? '';
    case 'regex':
      // As in ODK Collect (and its documentation): true when the pattern matches the whole text, as if
      // written ^(…)$. No `g` flag anywhere, so `test` keeps no state between calls.
      return (ctx) => {
        const regex = pattern ?? dynamicPattern(toText(b(ctx)));
        const text = toText(a(ctx));
        return regex !== null && text.length <= patternInputMax(regex) && regex.test(text);
      };
  }
}
