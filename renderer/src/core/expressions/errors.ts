/** Errors found while compiling an expression: what is wrong and where. */
import type { LocalText } from '../local-text';
import { err, ok, type Result } from '../result';

/** A compile error in an expression. `position` is the 0-based character offset in the source. */
export interface ExpressionError {
  /** In English, ending with "at position N" (and an optional hint after it). */
  message: string;
  /** The message in both UI languages; the Danish one counts characters from 1 ("ved tegn N+1"), as the screen does. */
  text: LocalText;
  position: number;
}

/** How a message names its position: " at position 5" / " ved tegn 6". */
export function positionPhrase(position: number): LocalText {
  return { da: ` ved tegn ${position + 1}`, en: ` at position ${position}` };
}

/** Builds an error whose message reads "<what> at position N[; <hint>]" (in Danish "<what> ved tegn N+1[; <hint>]"). */
export function expressionError(what: LocalText, position: number, hint?: LocalText): ExpressionError {
  const at = positionPhrase(position);
  const text = {
    da: `${what.da}${at.da}${hint === undefined ? '' : `; ${hint.da}`}`,
    en: `${what.en}${at.en}${hint === undefined ? '' : `; ${hint.en}`}`,
  };
  return { message: text.en, text, position };
}

/**
 * Thrown inside the lexer, parser and type checker to abandon a compilation at the first error.
 * It never escapes `compileExpression`, which turns it into a `Result`.
 */
export class ExpressionFailure extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.message);
    this.name = 'ExpressionFailure';
  }
}

/** Abandons the current compilation with an error at `position`. */
export function fail(what: LocalText, position: number, hint?: LocalText): never {
  throw new ExpressionFailure(expressionError(what, position, hint));
}

/** Runs a compilation step, turning an `ExpressionFailure` into a failed `Result`. */
export function attempt<T>(step: () => T): Result<T, ExpressionError> {
  try {
    return ok(step());
  } catch (e) {
    if (e instanceof ExpressionFailure) return err(e.error);
    throw e;
  }
}
