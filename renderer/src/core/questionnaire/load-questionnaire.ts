/** Reads a questionnaire definition: validate, check, compile, order. */
import { err, ok, type Result } from '../result';
import { buildVariables } from './build-variables';
import { checkChoiceLists } from './check-choice-lists';
import { checkNames } from './check-names';
import { checkDefaults } from './check-defaults';
import { checkDerived, checkQuestions } from './check-questions';
import { compileConditions } from './compile-conditions';
import { questionnaireDefSchema } from './definition-schema';
import { orderEvaluation } from './evaluation-order';
import type { LoadError } from './load-error';
import type { Questionnaire, QuestionnaireDef, Variable } from './model';
import { schemaErrors } from './schema-issues';

/** One problem in a refused definition; see `load-error.ts`. */
export type { LoadError } from './load-error';

/**
 * Validates a questionnaire definition (any parsed JSON) and compiles it for evaluation.
 *
 * Refuses, with every problem found: a definition that does not fit the schema (unknown keys
 * included); duplicate section ids or variable names; unknown or malformed choice lists; options
 * that do not fit a question's type; invalid patterns; expressions that do not parse or type-check
 * (with their position); and dependency cycles between relevants and calculations.
 */
export function loadQuestionnaire(json: unknown): Result<Questionnaire, LoadError[]> {
  const parsed = questionnaireDefSchema.safeParse(json);
  if (!parsed.success) return err(schemaErrors(parsed.error.issues, json));
  return compileQuestionnaire(parsed.data);
}

/**
 * The checks and compilation after the schema, for a definition known to fit it: the one shipped
 * in the bundle, whose fit a unit test proves (`builtin-questionnaire.test.ts`), so the start-up
 * does not validate it again (≈ 7 ms of the first screen). Anything read from a file or the store
 * goes through `loadQuestionnaire`.
 */
export function compileQuestionnaire(def: QuestionnaireDef): Result<Questionnaire, LoadError[]> {
  const errors = [...checkNames(def), ...checkChoiceLists(def), ...checkQuestions(def), ...checkDerived(def)];
  const entries = buildVariables(def);
  errors.push(...compileConditions(def, entries));
  const { order, errors: cycleErrors } = orderEvaluation(entries);
  errors.push(...cycleErrors);
  if (errors.length > 0) return err(errors);

  const variables = entries.map((entry) => entry.variable);
  const byName = new Map<string, Variable>(variables.map((variable) => [variable.name, variable]));
  const defaultErrors = checkDefaults(def, byName);
  if (defaultErrors.length > 0) return err(defaultErrors);
  return ok({ def, id: def.id, version: def.version, variables, byName, evaluationOrder: order });
}
