/** Shared state and helpers of one type-checking pass. */
import { describeNode, startOf, type Node } from './ast';
import type { ExprType } from './compiled';
import { orList, t, type LocalText } from '../local-text';
import { fail } from './errors';
import type { ExpressionScope } from './scope';
import { describeType, type Typed } from './typed';

/** The state of one type-checking pass, handed to the helpers that check operators and calls. */
export interface CheckContext {
  scope: ExpressionScope;
  /** Referenced variable names, in order of first appearance. */
  references: Set<string>;
  check(node: Node): Typed;
}

/** Whether `typed` is the literal `''` (the "empty" value of XLSForm comparisons). */
export function isEmptyLiteral(typed: Typed): boolean {
  return typed.kind === 'literal' && typed.value === '';
}

/** The choice codes of the variable `node` refers to (a reference or `.`), if it has a choice list. */
export function choicesOf(node: Node, scope: ExpressionScope): readonly string[] | undefined {
  if (node.kind === 'ref') return scope.lookup(node.name)?.choices;
  if (node.kind === 'self') return scope.self?.choices;
  return undefined;
}

/**
 * Refuses `typed` unless its type is one of `allowed` (or unknown): "<what> needs <allowed>, but …".
 * A date passes where a number is taken (its day number since 1970-01-01, as in ODK's arithmetic)
 * and where text is (its ISO text, `2021-03-05`, as XPath's string()).
 */
export function requireType(
  typed: Typed,
  node: Node,
  allowed: readonly ExprType[],
  what: string | LocalText,
  hint?: LocalText,
): void {
  if (typed.type === 'any' || allowed.includes(typed.type)) return;
  if (typed.type === 'date' && (allowed.includes('number') || allowed.includes('string'))) return;
  // A function's name (`not()`) reads the same in both languages.
  const whatText = typeof what === 'string' ? t(what, what) : what;
  const wanted = orList(allowed.map(describeType));
  const [got, type] = [describeNode(node), describeType(typed.type)];
  fail(
    t(`${whatText.da} skal have ${wanted.da}, men ${got.da} er ${type.da}`, `${whatText.en} needs ${wanted.en}, but ${got.en} is ${type.en}`),
    startOf(node),
    hint,
  );
}

/**
 * Whether XPath's implicit conversions apply to `node` (ODK adopts them): to a literal, a function's
 * result or an operator's, never to a question (`${q}` or `.`), whose declared type a mismatch is
 * most often a mistake in the form (`${staff} = '5'`): those stay refused, with a hint.
 */
export function converts(node: Node): boolean {
  return node.kind !== 'ref' && node.kind !== 'self';
}

/**
 * An operand of an operator: `allowed` types pass; any other type but a multiple choice passes too
 * when `node` converts (`true() + 8` is 9, `not('')` is true), else it is refused as `requireType` does.
 */
export function requireOperand(typed: Typed, node: Node, allowed: readonly ExprType[], what: string | LocalText, hint?: LocalText): void {
  if (typed.type !== 'multi' && converts(node)) return;
  requireType(typed, node, allowed, what, hint);
}

/** Refuses a string literal that is not one of the choice codes of the variable `target` refers to. */
export function requireChoiceCode(target: Node, literal: Node, scope: ExpressionScope): void {
  if (literal.kind !== 'string' || literal.value === '') return;
  const choices = choicesOf(target, scope);
  if (choices === undefined || choices.includes(literal.value)) return;
  const shown = choices.length > 12 ? [...choices.slice(0, 12), '…'] : choices;
  const of = describeNode(target);
  fail(
    t(`'${literal.value}' er ikke en svarmulighed i ${of.da}`, `'${literal.value}' is not an option of ${of.en}`),
    literal.pos,
    t(`svarmuligheder: ${shown.join(', ')}`, `options: ${shown.join(', ')}`),
  );
}
