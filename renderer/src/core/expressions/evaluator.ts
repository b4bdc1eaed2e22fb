/** Turns a typed expression into a tree of closures: parsed once, evaluated many times, no `eval`. */
import type { ArithmeticOp, CompareOp } from './ast';
import { buildCall, type Evaluator } from './call-runtime';
import type { CompareMode, Typed } from './typed';
import { isEmptyValue, toBoolean, toNumber, toText, type Value } from './values';

function arithmetic(op: ArithmeticOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case 'div':
      return a / b;
    case 'mod':
      return a % b;
  }
}

function order(op: CompareOp, a: number | string | boolean, b: number | string | boolean): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** Two numbers closer than this are equal, as in ODK (so `0.1 + 0.2 = 0.3` holds). */
const EQUAL_WITHIN = 1e-12;

/**
 * Numbers, as XPath and ODK compare them: an empty or non-numeric side is NaN, so `=` and every
 * ordering are false and `!=` is true (`${n} != 3` holds while `${n}` is unanswered).
 */
function compareNumbers(op: CompareOp, left: Value, right: Value): boolean {
  const a = toNumber(left);
  const b = toNumber(right);
  const equal = a !== undefined && b !== undefined && Math.abs(a - b) < EQUAL_WITHIN;
  if (op === '=') return equal;
  if (op === '!=') return !equal;
  return a !== undefined && b !== undefined && order(op, a, b);
}

function compareValues(op: CompareOp, mode: CompareMode, left: Value, right: Value): boolean {
  switch (mode) {
    case 'empty': {
      const bothEmpty = isEmptyValue(left) && isEmptyValue(right);
      return op === '=' ? bothEmpty : !bothEmpty;
    }
    case 'number':
      return compareNumbers(op, left, right);
    case 'string':
      return order(op, toText(left), toText(right));
    case 'boolean':
      return order(op, toBoolean(left), toBoolean(right));
    case 'dynamic':
      // XPath's order for = and !=: a truth value on either side compares truth values, else a number
      // compares numbers, else text; an ordering always compares numbers.
      if (op !== '=' && op !== '!=') return compareNumbers(op, left, right);
      if (typeof left === 'boolean' || typeof right === 'boolean') return order(op, toBoolean(left), toBoolean(right));
      if (typeof left === 'number' || typeof right === 'number') return compareNumbers(op, left, right);
      return order(op, toText(left), toText(right));
  }
}

/** Builds the evaluator of a typed expression. It never throws. */
export function buildEvaluator(typed: Typed): Evaluator {
  switch (typed.kind) {
    case 'literal': {
      const { value } = typed;
      return () => value;
    }
    case 'ref': {
      const { name } = typed;
      return (ctx) => ctx.value(name);
    }
    case 'self':
      return (ctx) => ctx.self;
    case 'negate': {
      const operand = buildEvaluator(typed.operand);
      return (ctx) => {
        const n = toNumber(operand(ctx));
        return n === undefined ? undefined : -n;
      };
    }
    case 'arith': {
      const { op } = typed;
      const left = buildEvaluator(typed.left);
      const right = buildEvaluator(typed.right);
      return (ctx) => {
        const a = toNumber(left(ctx));
        const b = toNumber(right(ctx));
        if (a === undefined || b === undefined) return undefined;
        const result = arithmetic(op, a, b);
        // Division by zero and the like give an empty value, as a blank calculate does in ODK.
        return Number.isFinite(result) ? result : undefined;
      };
    }
    case 'logic': {
      const left = buildEvaluator(typed.left);
      const right = buildEvaluator(typed.right);
      return typed.op === 'and'
        ? (ctx) => toBoolean(left(ctx)) && toBoolean(right(ctx))
        : (ctx) => toBoolean(left(ctx)) || toBoolean(right(ctx));
    }
    case 'compare': {
      const { op, mode } = typed;
      const left = buildEvaluator(typed.left);
      const right = buildEvaluator(typed.right);
      return (ctx) => compareValues(op, mode, left(ctx), right(ctx));
    }
    case 'call':
      return buildCall(typed.name, typed.args.map(buildEvaluator), typed.pattern, typed.labels);
  }
}
