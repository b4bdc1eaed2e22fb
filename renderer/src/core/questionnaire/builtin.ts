/**
 * The built-in questionnaire: the Innovation Barometer (Innovationsbarometeret), shipped as data in
 * `innovation-barometer.json` so that a later edition can replace it without new screens.
 */
// Imported as text (Vite's `?raw`) and parsed here: the composite tsconfig projects list only
// TypeScript sources, so a plain JSON import would not type-check.
import definitionText from './innovation-barometer.json?raw';
import { loadQuestionnaire, type LoadError } from './load-questionnaire';
import type { Questionnaire } from './model';

/** The raw definition, exactly as shipped; `loadQuestionnaire` validates and compiles it. */
export const builtinQuestionnaireDef: unknown = JSON.parse(definitionText);

let cached: Questionnaire | undefined;

/**
 * Loads (validates and compiles) the built-in questionnaire, once. A built-in definition that fails
 * to load is a programming error, so it throws rather than returning a `Result`.
 */
export function loadBuiltinQuestionnaire(): Questionnaire {
  if (cached !== undefined) return cached;
  const result = loadQuestionnaire(builtinQuestionnaireDef);
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
