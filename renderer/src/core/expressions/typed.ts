/** The type-checked form of an expression, from which the evaluator is built. */
import type { ArithmeticOp, CompareOp, LogicOp } from './ast';
import type { ExprType } from './compiled';
import type { FunctionName } from './functions';
import { t, type LocalText } from '../local-text';

/**
 * How a comparison compares, decided from the operand types at compile time:
 * `empty` — one side is the literal `''`: tests whether the other is empty;
 * `number` — both numeric: an empty or non-numeric operand makes every comparison false;
 * `string` — text equality, empty reading as `''`; `boolean` — truth values;
 * `dynamic` — an operand of unknown type: decided from the values at run time.
 */
export type CompareMode = 'empty' | 'number' | 'string' | 'boolean' | 'dynamic';

/** A type-checked node: every node knows its type; comparisons know how they compare. */
export type Typed =
  | { kind: 'literal'; value: string | number | boolean; type: ExprType }
  | { kind: 'ref'; name: string; type: ExprType }
  | { kind: 'self'; type: ExprType }
  | { kind: 'negate'; operand: Typed; type: 'number' }
  | { kind: 'arith'; op: ArithmeticOp; left: Typed; right: Typed; type: 'number' }
  | { kind: 'logic'; op: LogicOp; left: Typed; right: Typed; type: 'boolean' }
  | { kind: 'compare'; op: CompareOp; mode: CompareMode; left: Typed; right: Typed; type: 'boolean' }
  /**
   * `pattern` holds the compiled regular expression of `regex(x, 'literal')`; `labels` the option
   * labels (code → Danish label) of the question named by `jr:choice-name(x, '${q}')`.
   */
  | { kind: 'call'; name: FunctionName; args: Typed[]; type: ExprType; pattern?: RegExp; labels?: ReadonlyMap<string, string> };

/** How a type reads in an error message. */
export function describeType(type: ExprType): LocalText {
  switch (type) {
    case 'boolean':
      return t('sand/falsk', 'true/false');
    case 'number':
      return t('et tal', 'a number');
    case 'string':
      return t('tekst', 'text');
    case 'date':
      return t('en dato', 'a date');
    case 'multi':
      return t('en multiple choice', 'a multiple choice');
    case 'any':
      return t('en værdi af enhver type', 'a value of any type');
  }
}
