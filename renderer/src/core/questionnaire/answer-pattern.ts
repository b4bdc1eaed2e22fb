/** The regular expression behind a text question's `pattern`, shared by the loader and the validator. */
import { err, ok, type Result } from '../result';

/**
 * Compiles `pattern` so that it must match the whole answer (as XLSForm `regex` constraints are
 * usually meant). Returns the reason when the pattern is not a valid regular expression.
 */
export function compileAnswerPattern(pattern: string): Result<RegExp, string> {
  try {
    return ok(new RegExp(`^(?:${pattern})$`));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}
