/** Run-time behaviour of the expression functions. */
import type { EvalContext } from './compiled';
import type { FunctionName } from './functions';
import { PATTERN_INPUT_MAX, patternRisk } from '../questionnaire/pattern-safety';
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
      pattern = patternRisk(source) === undefined ? new RegExp(source) : null;
    } catch {
      pattern = null;
    }
    if (dynamicPatterns.size >= MAX_CACHED_PATTERNS) dynamicPatterns.clear();
    dynamicPatterns.set(source, pattern);
  }
  return pattern;
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
    case 'regex':
      // Like ODK: true when the pattern matches anywhere in the text (anchor it with ^…$ for all).
      // No `g` flag anywhere, so `test` keeps no state between calls.
      return (ctx) => {
        const regex = pattern ?? dynamicPattern(toText(b(ctx)));
        const text = toText(a(ctx));
        return regex !== null && text.length <= PATTERN_INPUT_MAX && regex.test(text);
      };
  }
}
