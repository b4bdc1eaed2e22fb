/** The expression scope of a questionnaire: every variable, by name, with its type and choice codes. */
import type { ExprType } from '../expressions/compiled';
import { t, type LocalText } from '../local-text';
import type { ExpressionScope, ScopeVariable } from '../expressions/scope';
import type { VariableEntry } from './build-variables';
import type { QuestionnaireDef, Variable } from './model';
import { closestName } from './name-suggestion';

/** What `.` stands for in a question's constraint. */
export function selfOf(variable: Variable): ScopeVariable {
  const choices = variable.kind === 'derived' ? undefined : variable.choices?.map((c) => c.code);
  // A date is held as ISO text but typed as a date, so it may be ordered and counted in days.
  const type = variable.type === 'date' ? 'date' : variable.valueKind;
  if (choices === undefined) return { type };
  // jr:choice-name() gives the Danish label: the default language every edition is written with.
  const labels = new Map((variable.choices ?? []).map((c) => [c.code, c.label.da] as const));
  return { type, choices, labels };
}

/**
 * Builds a scope factory over all variables (the first of duplicate names wins; duplicates are
 * reported elsewhere). Choice codes are known for single, multi and grid-row variables, so a
 * routing condition with a mistyped code is refused at load.
 */
export function questionnaireScope(
  def: QuestionnaireDef,
  entries: readonly VariableEntry[],
): (options: { expect: readonly ExprType[]; self?: Variable }) => ExpressionScope {
  const variables = new Map<string, ScopeVariable>();
  for (const { variable } of entries) {
    if (!variables.has(variable.name)) variables.set(variable.name, selfOf(variable));
  }
  const grids = new Map<string, string>();
  for (const question of def.sections.flatMap((s) => s.questions)) {
    const firstRow = question.rows?.[0];
    if (question.type === 'grid' && firstRow !== undefined) grids.set(question.name, firstRow.name);
  }
  const hintForUnknown = (name: string): LocalText | undefined => {
    const firstRow = grids.get(name);
    if (firstRow !== undefined) {
      return t(`'${name}' er et gitter: henvis til en af dets rækker, fx \${${firstRow}}`, `'${name}' is a grid: refer to one of its rows, e.g. \${${firstRow}}`);
    }
    const closest = closestName(name, variables.keys());
    return closest === undefined ? undefined : t(`mente du '${closest}'?`, `did you mean '${closest}'?`);
  };
  const lookup = (name: string): ScopeVariable | undefined => variables.get(name);
  return ({ expect, self }) =>
    self === undefined ? { lookup, expect, hintForUnknown } : { lookup, expect, hintForUnknown, self: selfOf(self) };
}
