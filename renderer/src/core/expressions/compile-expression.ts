/** The one entry point of the expression language: source text in, checked and compiled expression out. */
import { err, ok, type Result } from '../result';
import { startOf } from './ast';
import type { CompiledExpression, ExprType } from './compiled';
import { orList, t } from '../local-text';
import { attempt, expressionError, type ExpressionError } from './errors';
import { buildEvaluator } from './evaluator';
import { parseExpression } from './parser';
import type { ExpressionScope } from './scope';
import { checkExpression } from './type-check';
import { describeType } from './typed';
import { toBoolean } from './values';

/**
 * Parses and type-checks an XLSForm-style expression once, for evaluation many times.
 *
 * Refused with a positioned error: malformed syntax, unknown functions and references, operands of
 * the wrong type, a choice code a single/multiple choice does not have, `.` outside a constraint,
 * and a result type not in `scope.expect`. The compiled `evaluate` never throws; a result that is
 * not a finite number reads as empty (undefined).
 */
export function compileExpression(source: string, scope: ExpressionScope): Result<CompiledExpression, ExpressionError> {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const checked = attempt(() => checkExpression(parsed.value, scope));
  if (!checked.ok) return checked;
  const { typed, references } = checked.value;
  const expect = scope.expect;
  if (expect !== undefined && typed.type !== 'any' && !expect.includes(typed.type)) {
    const [wanted, gives] = [orList(expect.map(describeType)), describeType(typed.type)];
    return err(expressionError(t(`skal give ${wanted.da}, men giver ${gives.da}`, `must give ${wanted.en}, but gives ${gives.en}`), startOf(parsed.value)));
  }
  const run = buildEvaluator(typed);
  return ok({
    source,
    type: typed.type,
    references,
    evaluate(ctx) {
      const value = run(ctx);
      return typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
    },
  });
}

/** Both conditions must hold (e.g. a section's relevant and a question's own); `undefined` = always. */
export function allOf(
  first: CompiledExpression | undefined,
  second: CompiledExpression | undefined,
): CompiledExpression | undefined {
  if (first === undefined) return second;
  if (second === undefined) return first;
  const type: ExprType = 'boolean';
  return {
    source: `(${first.source}) and (${second.source})`,
    type,
    references: [...new Set([...first.references, ...second.references])],
    evaluate: (ctx) => toBoolean(first.evaluate(ctx)) && toBoolean(second.evaluate(ctx)),
  };
}
