/** Errors found while compiling an expression: what is wrong and where. */
import { err, ok, type Result } from '../result';

/** A compile error in an expression. `position` is the 0-based character offset in the source. */
export interface ExpressionError {
  /** Human-readable, ending with "at position N" (and an optional hint after it). */
  message: string;
  position: number;
}

/** Builds an error whose message reads "<what> at position N[; <hint>]". */
export function expressionError(what: string, position: number, hint?: string): ExpressionError {
  const suffix = hint === undefined ? '' : `; ${hint}`;
  return { message: `${what} at position ${position}${suffix}`, position };
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
export function fail(what: string, position: number, hint?: string): never {
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
