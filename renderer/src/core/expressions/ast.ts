/** The parse tree of an expression, before type checking. */
import type { LocalText } from '../local-text';
import type { FunctionName } from './functions';

/** Comparison operators (XPath `=` is equality; there is no `==`). */
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
/** Arithmetic operators; division and remainder are the words `div` and `mod`, as in XPath. */
export type ArithmeticOp = '+' | '-' | '*' | 'div' | 'mod';
/** Logical operators (`not` is a function). */
export type LogicOp = 'and' | 'or';
/** Every binary operator. */
export type BinaryOp = CompareOp | ArithmeticOp | LogicOp;

/**
 * A node of the parse tree. `pos` is the 0-based offset that error messages point at: the operator
 * of a binary node, the name of a reference (just after `${`) or of a function call.
 */
export type Node =
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'ref'; name: string; pos: number }
  | { kind: 'self'; pos: number }
  | { kind: 'negate'; operand: Node; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node; pos: number }
  | { kind: 'call'; name: FunctionName; args: Node[]; pos: number };

/** Offset of the first character of `node` in the source. */
export function startOf(node: Node): number {
  if (node.kind === 'binary') return startOf(node.left);
  if (node.kind === 'ref') return node.pos - 2;
  return node.pos;
}

/** How a node reads in an error message: `${name}`, `.`, `'text'`, `5`, `selected(…)`. */
export function describeNode(node: Node): LocalText {
  const same = (text: string): LocalText => ({ da: text, en: text });
  switch (node.kind) {
    case 'ref':
      return same(`\${${node.name}}`);
    case 'self':
      return { da: "'.' (dette svar)", en: "'.' (this answer)" };
    case 'string':
      return same(`'${node.value}'`);
    case 'number':
      return same(String(node.value));
    case 'call':
      return same(`${node.name}(…)`);
    case 'negate':
    case 'binary':
      return { da: 'udtrykket', en: 'the expression' };
  }
}
