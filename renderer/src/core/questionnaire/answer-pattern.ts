/** The regular expression behind a text question's `pattern`, shared by the loader and the validator. */
import { t, type LocalText } from '../local-text';
import { err, ok, type Result } from '../result';
import { patternInputMax, patternRisk } from './pattern-safety';

/**
 * Compiles `pattern` so that it must match the whole answer (as XLSForm `regex` constraints are
 * usually meant). Returns the reason when the pattern is not a valid regular expression, or when
 * it could take exponential time (`pattern-safety.ts`): such a pattern is never compiled.
 */
export function compileAnswerPattern(pattern: string): Result<RegExp, LocalText> {
  const risk = patternRisk(pattern);
  if (risk !== undefined) return err(t(`ikke tilladt: ${risk.da}`, `not allowed: ${risk.en}`));
  try {
    return ok(new RegExp(`^(?:${pattern})$`));
  } catch (e) {
    // JavaScript's own reason, in English: the Danish text quotes it.
    const reason = e instanceof Error ? e.message : String(e);
    return err(t(`JavaScript: ${reason}`, reason));
  }
}

/**
 * Whether `text` matches a compiled pattern. Bounded: a text longer than `patternInputMax`
 * characters (1,000; 300 for a pattern with three variable repetitions) does not match (a question with a pattern takes a short, code-like answer), so even
 * a pattern that passed the check runs on a short input only.
 */
export function matchesPattern(pattern: RegExp, text: string): boolean {
  return text.length <= patternInputMax(pattern) && pattern.test(text);
}
