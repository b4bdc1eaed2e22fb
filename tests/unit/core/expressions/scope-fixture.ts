/** A scope for expression tests: a handful of variables of every kind. */
import type { ExprType } from '../../../../renderer/src/core/expressions/compiled';
import type { ExpressionScope, ScopeVariable } from '../../../../renderer/src/core/expressions/scope';

export const VARIABLES: Readonly<Record<string, ScopeVariable>> = {
  innov: { type: 'string', choices: ['yes', 'no', 'dk'] },
  grade: { type: 'string', choices: ['1', '2', '3'] },
  name: { type: 'string' },
  staff: { type: 'number' },
  start: { type: 'number' },
  partners: { type: 'multi', choices: ['citizens', 'volunteers', 'none'] },
  legacy: { type: 'any' },
};

/** The test scope; `self` for constraints, `expect` for the result type. */
export function scope(options: { self?: ScopeVariable; expect?: readonly ExprType[] } = {}): ExpressionScope {
  return {
    lookup: (name) => (Object.hasOwn(VARIABLES, name) ? VARIABLES[name] : undefined),
    hintForUnknown: (name) => (name === 'innovv' ? { da: "mente du 'innov'?", en: "did you mean 'innov'?" } : undefined),
    ...options,
  };
}
