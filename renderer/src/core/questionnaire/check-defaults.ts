/**
 * A question's `default` is an answer like any other: it must fit the question (its kind, options,
 * bounds, pattern, selection limits) before a questionnaire that gives it can load. The constraint
 * is not run here: it may depend on other answers, and a new response is checked as usual. A
 * read-only question is not a grid, and when it must be answered it has a default.
 */
import { answerRules, validateAnswer } from '../engine/validate-answer';
import { t, type LocalText } from '../local-text';
import { loadError, questionPath, subjects, type LoadError } from './load-error';
import type { QuestionnaireDef, Variable } from './model';

const NO_ANSWERS = { value: () => undefined };

export function checkDefaults(def: QuestionnaireDef, byName: ReadonlyMap<string, Variable>): LoadError[] {
  const errors: LoadError[] = [];
  def.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      const at = (field: 'default' | 'readOnly') => (text: LocalText) =>
        errors.push({ ...loadError(subjects.question(question.name), questionPath(s, q), field, text), variable: question.name });
      if (question.readOnly === true && question.type === 'grid') at('readOnly')(t('et gitter kan ikke være skrivebeskyttet', 'a grid cannot be read-only'));
      else if (question.readOnly === true && question.required === true && question.default === undefined) {
        at('readOnly')(
          t(
            'et skrivebeskyttet spørgsmål, der skal besvares, skal have et forudfyldt svar (ellers kan ingen besvare det)',
            'a read-only question that must be answered needs a default (nobody could answer it)',
          ),
        );
      }
      if (question.default === undefined) return;
      const add = at('default');
      const variable = byName.get(question.name);
      if (question.type === 'grid' || variable === undefined) return add(t('et gitter kan ikke have et forudfyldt svar (giv heller ikke dets rækker et)', 'a grid takes no default (give its rows none)'));
      const empty = question.default === '' || (Array.isArray(question.default) && question.default.length === 0);
      if (empty) return add(t('et tomt forudfyldt svar: udelad i stedet feltet', 'an empty default: leave the key out instead'));
      const { constraint: _constraint, ...unconstrained } = variable;
      const problems = validateAnswer(answerRules(unconstrained), question.default, NO_ANSWERS);
      if (problems.length > 0) {
        const [value, why] = [JSON.stringify(question.default), (lang: 'da' | 'en') => problems.map((p) => p.message[lang]).join('; ')];
        add(t(`${value} passer ikke til spørgsmålet: ${why('da')}`, `${value} does not fit the question: ${why('en')}`));
      }
    }),
  );
  return errors;
}
