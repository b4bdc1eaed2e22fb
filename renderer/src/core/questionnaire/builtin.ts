/**
 * The built-in questionnaire: the Innovation Barometer (Innovationsbarometeret), shipped as data in
 * `innovation-barometer.json` so that a later edition can replace it without new screens.
 */
// Imported as text (Vite's `?raw`) and parsed here: the composite tsconfig projects list only
// TypeScript sources, so a plain JSON import would not type-check.
import definitionText from './innovation-barometer.json?raw';
import { compileQuestionnaire, type LoadError } from './load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from './model';

/**
 * The raw definition, exactly as shipped. It fits the definition schema (a unit test checks it with
 * the schema), so it is compiled and checked here without being validated again at every start.
 */
export const builtinQuestionnaireDef: unknown = JSON.parse(definitionText);

let cached: Questionnaire | undefined;

/**
 * Loads (checks and compiles) the built-in questionnaire, once. A built-in definition that fails
 * to load is a programming error, so it throws rather than returning a `Result`.
 */
export function loadBuiltinQuestionnaire(): Questionnaire {
  if (cached !== undefined) return cached;
  const result = compileQuestionnaire(builtinQuestionnaireDef as QuestionnaireDef);
  if (!result.ok) {
    const details = result.error.map(describeError).join('\n  ');
    throw new Error(`The built-in questionnaire (innovation-barometer.json) does not load:\n  ${details}`);
  }
  cached = result.value;
  return cached;
}

function describeError(error: LoadError): string {
  return `${error.path}: ${error.message}`;
}
