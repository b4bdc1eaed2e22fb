/** Checks that each question's options fit its type. */
import { compileAnswerPattern } from './answer-pattern';
import { choiceListOf } from './check-choice-lists';
import { t, type LocalText } from '../local-text';
import { loadError, questionPath, subjects, type LoadError } from './load-error';
import type { QuestionDef, QuestionnaireDef, QuestionType } from './model';

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multi', 'grid']);
const NUMBER_TYPES: ReadonlySet<QuestionType> = new Set(['integer', 'decimal', 'year']);
const TEXT_TYPES: ReadonlySet<QuestionType> = new Set(['text', 'longtext']);

/** "a single question" / "et spørgsmål af typen single". */
function aType(type: QuestionType): LocalText {
  return t(`et spørgsmål af typen ${type}`, `${type === 'integer' ? 'an' : 'a'} ${type} question`);
}

/** The types that take a field, e.g. "single, multi and grid" / "single, multi og grid". */
function typeList(types: readonly QuestionType[]): LocalText {
  const join = (word: string) => (types.length === 1 ? `${types[0]}` : `${types.slice(0, -1).join(', ')} ${word} ${types[types.length - 1]}`);
  return t(join('og'), join('and'));
}

function checkQuestion(question: QuestionDef, path: string, def: QuestionnaireDef): LoadError[] {
  const errors: LoadError[] = [];
  const { type } = question;
  const add = (field: keyof QuestionDef, text: LocalText): void => {
    errors.push({ ...loadError(subjects.question(question.name), path, field, text), variable: question.name });
  };
  const only = (field: keyof QuestionDef, types: readonly QuestionType[]): void => {
    if (question[field] === undefined) return;
    const [takers, given] = [typeList(types), aType(type)];
    add(field, t(`kun spørgsmål af typen ${takers.da} kan have '${field}', ikke ${given.da}`, `only ${takers.en} questions take '${field}', not ${given.en}`));
  };
  const list = choiceListOf(def, question.choices);
  if (!CHOICE_TYPES.has(type)) only('choices', ['single', 'multi', 'grid']);
  else if (question.choices === undefined) add('choices', t(`${aType(type).da} skal have en liste med svarmuligheder`, `${aType(type).en} needs a choice list`));
  else if (list === undefined) add('choices', t(`ukendt liste '${question.choices}'`, `unknown choice list '${question.choices}'`));

  if (type !== 'grid') only('rows', ['grid']);
  else if (question.rows === undefined || question.rows.length === 0) add('rows', t('et gitter skal have mindst én række', 'a grid needs at least one row'));

  if (!NUMBER_TYPES.has(type)) {
    only('min', ['integer', 'decimal', 'year']);
    only('max', ['integer', 'decimal', 'year']);
  } else {
    for (const bound of ['min', 'max'] as const) {
      const value = question[bound];
      if (value !== undefined && type !== 'decimal' && !Number.isInteger(value)) {
        add(bound, t(`${bound} ${value} er ikke et helt tal, som svaret på ${aType(type).da} er`, `${bound} ${value} is not a whole number, as ${aType(type).en.replace(/ question$/, '')} answer is`));
      }
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      add('min', t(`min ${question.min} er større end max ${question.max}`, `min ${question.min} is greater than max ${question.max}`));
    }
  }

  if (!TEXT_TYPES.has(type)) only('pattern', ['text', 'longtext']);
  else if (question.pattern !== undefined) {
    const compiled = compileAnswerPattern(question.pattern);
    if (!compiled.ok) add('pattern', t(`ugyldigt mønster '${question.pattern}' (${compiled.error.da})`, `invalid pattern '${question.pattern}' (${compiled.error.en})`));
  }
  if (question.patternMessage !== undefined && question.pattern === undefined) add('patternMessage', t('en patternMessage kræver et pattern', 'a patternMessage needs a pattern'));
  if (question.constraintMessage !== undefined && question.constraint === undefined) {
    add('constraintMessage', t('en constraintMessage kræver en constraint', 'a constraintMessage needs a constraint'));
  }
  if (question.constraintWarning !== undefined && question.constraint === undefined) {
    add('constraintWarning', t('en constraintWarning kræver en constraint', 'a constraintWarning needs a constraint'));
  }

  if (question.appearance === 'minimal' && type !== 'single') {
    add('appearance', t(`kun spørgsmål af typen single kan have udseendet 'minimal', ikke ${aType(type).da}`, `only single questions take the appearance 'minimal', not ${aType(type).en}`));
  }
  if (question.appearance === 'horizontal' && type !== 'single' && type !== 'multi') {
    add('appearance', t(`kun spørgsmål af typen single og multi kan have udseendet 'horizontal', ikke ${aType(type).da}`, `only single and multi questions take the appearance 'horizontal', not ${aType(type).en}`));
  }

  if (type !== 'multi') {
    only('maxSelected', ['multi']);
    only('minSelected', ['multi']);
  } else {
    const { minSelected, maxSelected } = question;
    if (minSelected !== undefined && maxSelected !== undefined && minSelected > maxSelected) {
      add('minSelected', t(`minSelected ${minSelected} er større end maxSelected ${maxSelected}`, `minSelected ${minSelected} is greater than maxSelected ${maxSelected}`));
    }
    if (list !== undefined && minSelected !== undefined && minSelected > list.length) {
      add('minSelected', t(`minSelected ${minSelected} er flere end de ${list.length} svarmuligheder i '${question.choices}'`, `minSelected ${minSelected} is more than the ${list.length} options of '${question.choices}'`));
    }
  }
  return errors;
}

/** Each question's `choices`, `rows`, bounds, pattern and selection limits must make sense for its type. */
export function checkQuestions(def: QuestionnaireDef): LoadError[] {
  return def.sections.flatMap((section, s) =>
    section.questions.flatMap((question, q) => checkQuestion(question, questionPath(s, q), def)),
  );
}

/** A derived variable's value labels must name an existing list. */
export function checkDerived(def: QuestionnaireDef): LoadError[] {
  return def.derived.flatMap((derived, d) =>
    derived.choices === undefined || choiceListOf(def, derived.choices) !== undefined
      ? []
      : [{ ...loadError(subjects.derived(derived.name), `derived[${d}]`, 'choices', t(`ukendt liste '${derived.choices}'`, `unknown choice list '${derived.choices}'`)), variable: derived.name }],
  );
}
