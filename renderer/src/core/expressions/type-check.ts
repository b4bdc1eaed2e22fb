/** Infers and checks the types of a parsed expression against the variables in scope. */
import type { Node } from './ast';
import { checkCall } from './check-call';
import { checkComparison } from './check-compare';
import { requireOperand, type CheckContext } from './check-context';
import { t } from '../local-text';
import { fail } from './errors';
import type { ExpressionScope } from './scope';
import type { Typed } from './typed';

const ARITHMETIC_HINT = t('omregn tekst med number(…)', 'convert text with number(…)');
const LOGIC_HINT = t("sammenlign den, fx ${q} = 'yes' eller ${q} != ''", "compare it, e.g. ${q} = 'yes' or ${q} != ''");
const same = (text: string) => t(text, text);

function checkNode(node: Node, ctx: CheckContext): Typed {
  switch (node.kind) {
    case 'number':
      return { kind: 'literal', value: node.value, type: 'number' };
    case 'string':
      return { kind: 'literal', value: node.value, type: 'string' };
    case 'ref': {
      const variable = ctx.scope.lookup(node.name);
      if (variable === undefined) fail(t(`ukendt spørgsmål '${node.name}'`, `unknown question '${node.name}'`), node.pos, ctx.scope.hintForUnknown?.(node.name));
      ctx.references.add(node.name);
      return { kind: 'ref', name: node.name, type: variable.type };
    }
    case 'self': {
      const self = ctx.scope.self;
      if (self === undefined) fail(t("'.' (dette svar) kan kun bruges i en constraint", "'.' (this answer) can only be used in a constraint"), node.pos);
      return { kind: 'self', type: self.type };
    }
    case 'negate': {
      const operand = ctx.check(node.operand);
      requireOperand(operand, node.operand, ['number'], same("'-'"), ARITHMETIC_HINT);
      return { kind: 'negate', operand, type: 'number' };
    }
    case 'call':
      return checkCall(node, ctx);
    case 'binary': {
      const { op } = node;
      if (op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
        return checkComparison({ ...node, op }, ctx);
      }
      const left = ctx.check(node.left);
      const right = ctx.check(node.right);
      if (op === 'and' || op === 'or') {
        requireOperand(left, node.left, ['boolean'], same(`'${op}'`), LOGIC_HINT);
        requireOperand(right, node.right, ['boolean'], same(`'${op}'`), LOGIC_HINT);
        return { kind: 'logic', op, left, right, type: 'boolean' };
      }
      requireOperand(left, node.left, ['number'], same(`'${op}'`), ARITHMETIC_HINT);
      requireOperand(right, node.right, ['number'], same(`'${op}'`), ARITHMETIC_HINT);
      return { kind: 'arith', op, left, right, type: 'number' };
    }
  }
}

/**
 * Type-checks `node` in `scope`. Returns the typed tree and the referenced variable names (in order
 * of first appearance); throws `ExpressionFailure` on the first error.
 */
export function checkExpression(node: Node, scope: ExpressionScope): { typed: Typed; references: string[] } {
  const ctx: CheckContext = {
    scope,
    references: new Set(),
    check: (child) => checkNode(child, ctx),
  };
  const typed = checkNode(node, ctx);
  return { typed, references: [...ctx.references] };
}
