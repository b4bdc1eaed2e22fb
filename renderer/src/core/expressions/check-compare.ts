/** Type rules of `=`, `!=`, `<`, `<=`, `>`, `>=`. */
import { describeNode, startOf, type CompareOp, type Node } from './ast';
import { choicesOf, converts, isEmptyLiteral, requireChoiceCode, type CheckContext } from './check-context';
import { isIsoDate } from '../dates/calendar-date';
import { t, type LocalText } from '../local-text';
import { fail } from './errors';
import { describeType, type CompareMode, type Typed } from './typed';

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

function mismatchHint(left: Node, right: Node, ctx: CheckContext): LocalText | undefined {
  for (const [a, b] of [
    [left, right],
    [right, left],
  ] as const) {
    if (a.kind === 'number' && choicesOf(b, ctx.scope)?.includes(String(a.value))) {
      return t(`koder for svarmuligheder er tekst: skriv '${a.value}'`, `choice codes are text: write '${a.value}'`);
    }
    if (a.kind === 'string' && NUMERIC_TEXT.test(a.value)) return t(`skriv ${a.value.trim()} uden anførselstegn`, `write ${a.value.trim()} without quotes`);
  }
  return undefined;
}

/** A text literal that is a date, ordered against a date (`. > '2021-01-01'`): read as that day, as JavaRosa does. */
function isDateText(side: Node, other: Typed): boolean {
  return other.type === 'date' && side.kind === 'string' && isIsoDate(side.value);
}

function equalityMode(left: Typed, right: Typed): CompareMode | undefined {
  if (left.type === 'any' || right.type === 'any') return 'dynamic';
  // A date equals a date or a number as day numbers, and text as its ISO text (XPath: `${d} = '2021-03-05'`).
  if (left.type === 'date' || right.type === 'date') {
    const other = left.type === 'date' ? right.type : left.type;
    if (other === 'date' || other === 'number') return 'number';
    if (other === 'string') return 'string';
    return undefined;
  }
  if (left.type !== right.type) return undefined;
  if (left.type === 'number' || left.type === 'string' || left.type === 'boolean') return left.type;
  return undefined;
}

/**
 * Checks a comparison. `''` may be compared with anything (it tests for an empty answer); a
 * comparison of which neither side is a question follows XPath's conversions at run time;
 * otherwise both sides must have the same type, ordering needs numbers, a multiple choice is only
 * compared with `''`, and a string literal compared with a choice question must be one of its codes.
 */
export function checkComparison(
  node: { op: CompareOp; left: Node; right: Node; pos: number },
  ctx: CheckContext,
): Typed {
  const { op, pos } = node;
  const left = ctx.check(node.left);
  const right = ctx.check(node.right);
  const equality = op === '=' || op === '!=';
  // Neither side a question: XPath's rules decide at run time (`17 = '17.0000000'`, `'-17' > '-172'`).
  const bothConvert = converts(node.left) && converts(node.right);
  if (equality && (isEmptyLiteral(left) || isEmptyLiteral(right))) {
    return { kind: 'compare', op, mode: 'empty', left, right, type: 'boolean' };
  }
  for (const [typed, side] of [
    [left, node.left],
    [right, node.right],
  ] as const) {
    if (typed.type === 'multi') {
      const name = describeNode(side);
      fail(
        t(`en multiple choice kan ikke sammenlignes med '${op}'`, `a multiple choice cannot be compared with '${op}'`),
        startOf(side),
        t(`brug selected(${name.da}, 'kode') eller count-selected(${name.da})`, `use selected(${name.en}, 'code') or count-selected(${name.en})`),
      );
    }
    if (!equality && typed.type !== 'number' && typed.type !== 'date' && typed.type !== 'any' && !bothConvert && !isDateText(side, typed === left ? right : left)) {
      const [what, type] = [describeNode(side), describeType(typed.type)];
      fail(t(`'${op}' sammenligner tal, men ${what.da} er ${type.da}`, `'${op}' compares numbers, but ${what.en} is ${type.en}`), startOf(side), mismatchHint(node.left, node.right, ctx));
    }
  }
  const mode = equality ? (equalityMode(left, right) ?? (bothConvert ? 'dynamic' : undefined)) : left.type === 'any' || right.type === 'any' ? 'dynamic' : 'number';
  if (mode === undefined) {
    const [a, typeA, b, typeB] = [describeNode(node.left), describeType(left.type), describeNode(node.right), describeType(right.type)];
    fail(
      t(`typerne passer ikke sammen: ${a.da} er ${typeA.da}, men ${b.da} er ${typeB.da}`, `type mismatch: ${a.en} is ${typeA.en} but ${b.en} is ${typeB.en}`),
      pos,
      mismatchHint(node.left, node.right, ctx),
    );
  }
  if (mode === 'string') {
    requireChoiceCode(node.left, node.right, ctx.scope);
    requireChoiceCode(node.right, node.left, ctx.scope);
  }
  return { kind: 'compare', op, mode, left, right, type: 'boolean' };
}
