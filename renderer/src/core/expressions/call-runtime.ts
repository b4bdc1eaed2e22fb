/** Run-time behaviour of the expression functions. */
import type { EvalContext } from './compiled';
import type { FunctionName } from './functions';
import { PATTERN_INPUT_MAX, patternRisk } from '../questionnaire/pattern-safety';
import { wholeTextPattern } from './whole-text-pattern';
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

/** Builds the evaluator of a call from its arguments' evaluators. */
export function buildCall(name: FunctionName, args: readonly Evaluator[], pattern: RegExp | undefined): Evaluator {
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
    case 'regex':
      // As in ODK Collect (and its documentation): true when the pattern matches the whole text, as if
      // written ^(…)$. No `g` flag anywhere, so `test` keeps no state between calls.
      return (ctx) => {
        const regex = pattern ?? dynamicPattern(toText(b(ctx)));
        const text = toText(a(ctx));
        return regex !== null && text.length <= PATTERN_INPUT_MAX && regex.test(text);
      };
  }
}
