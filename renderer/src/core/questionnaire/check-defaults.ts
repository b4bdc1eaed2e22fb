/**
 * A question's `default` is an answer like any other: it must fit the question (its kind, options,
 * bounds, pattern, selection limits) before a questionnaire that gives it can load. The constraint
 * is not run here: it may depend on other answers, and a new response is checked as usual. A
 * read-only question is not a grid, and when it must be answered it has a default.
 */
import { answerRules, validateAnswer } from '../engine/validate-answer';
import { loadError, questionPath, type LoadError } from './load-error';
import type { QuestionnaireDef, Variable } from './model';

const NO_ANSWERS = { value: () => undefined };

export function checkDefaults(def: QuestionnaireDef, byName: ReadonlyMap<string, Variable>): LoadError[] {
  const errors: LoadError[] = [];
  def.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      const at = (field: 'default' | 'readOnly') => (text: string) =>
        errors.push({ ...loadError(`Question '${question.name}'`, questionPath(s, q), field, text), variable: question.name });
      if (question.readOnly === true && question.type === 'grid') at('readOnly')('a grid cannot be read-only');
      else if (question.readOnly === true && question.required === true && question.default === undefined) {
        at('readOnly')('a read-only question that must be answered needs a default (nobody could answer it)');
      }
      if (question.default === undefined) return;
      const add = at('default');
      const variable = byName.get(question.name);
      if (question.type === 'grid' || variable === undefined) return add('a grid takes no default (give its rows none)');
      const empty = question.default === '' || (Array.isArray(question.default) && question.default.length === 0);
      if (empty) return add('an empty default: leave the key out instead');
      const { constraint: _constraint, ...unconstrained } = variable;
      const problems = validateAnswer(answerRules(unconstrained), question.default, NO_ANSWERS);
      if (problems.length > 0) add(`${JSON.stringify(question.default)} does not fit the question: ${problems.map((p) => p.message.en).join('; ')}`);
    }),
  );
  return errors;
}
