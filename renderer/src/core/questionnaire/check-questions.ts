/** Checks that each question's options fit its type. */
import { compileAnswerPattern } from './answer-pattern';
import { choiceListOf } from './check-choice-lists';
import { loadError, questionPath, type LoadError } from './load-error';
import type { QuestionDef, QuestionnaireDef, QuestionType } from './model';

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multi', 'grid']);
const NUMBER_TYPES: ReadonlySet<QuestionType> = new Set(['integer', 'decimal', 'year']);
const TEXT_TYPES: ReadonlySet<QuestionType> = new Set(['text', 'longtext']);

/** "a single question", "an integer question". */
function aType(type: QuestionType): string {
  return `${type === 'integer' ? 'an' : 'a'} ${type}`;
}

function checkQuestion(question: QuestionDef, path: string, def: QuestionnaireDef): LoadError[] {
  const errors: LoadError[] = [];
  const { type } = question;
  const add = (field: keyof QuestionDef, text: string): void => {
    errors.push({ ...loadError(`Question '${question.name}'`, path, field, text), variable: question.name });
  };
  const only = (field: keyof QuestionDef, types: string): void => {
    if (question[field] !== undefined) add(field, `only ${types} questions take '${field}', not ${aType(type)} question`);
  };
  const list = choiceListOf(def, question.choices);
  if (!CHOICE_TYPES.has(type)) only('choices', 'single, multi and grid');
  else if (question.choices === undefined) add('choices', `${aType(type)} question needs a choice list`);
  else if (list === undefined) add('choices', `unknown choice list '${question.choices}'`);

  if (type !== 'grid') only('rows', 'grid');
  else if (question.rows === undefined || question.rows.length === 0) add('rows', 'a grid needs at least one row');

  if (!NUMBER_TYPES.has(type)) {
    only('min', 'integer, decimal and year');
    only('max', 'integer, decimal and year');
  } else {
    for (const bound of ['min', 'max'] as const) {
      const value = question[bound];
      if (value !== undefined && type !== 'decimal' && !Number.isInteger(value)) {
        add(bound, `${bound} ${value} is not a whole number, as ${aType(type)} answer is`);
      }
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      add('min', `min ${question.min} is greater than max ${question.max}`);
    }
  }

  if (!TEXT_TYPES.has(type)) only('pattern', 'text and longtext');
  else if (question.pattern !== undefined) {
    const compiled = compileAnswerPattern(question.pattern);
    if (!compiled.ok) add('pattern', `invalid pattern '${question.pattern}' (${compiled.error})`);
  }
  if (question.patternMessage !== undefined && question.pattern === undefined) add('patternMessage', 'a patternMessage needs a pattern');
  if (question.constraintMessage !== undefined && question.constraint === undefined) {
    add('constraintMessage', 'a constraintMessage needs a constraint');
  }
  if (question.constraintWarning !== undefined && question.constraint === undefined) {
    add('constraintWarning', 'a constraintWarning needs a constraint');
  }

  if (question.appearance === 'minimal' && type !== 'single') add('appearance', `only single questions take the appearance 'minimal', not ${aType(type)} question`);
  if (question.appearance === 'horizontal' && type !== 'single' && type !== 'multi') {
    add('appearance', `only single and multi questions take the appearance 'horizontal', not ${aType(type)} question`);
  }

  if (type !== 'multi') {
    only('maxSelected', 'multi');
    only('minSelected', 'multi');
  } else {
    const { minSelected, maxSelected } = question;
    if (minSelected !== undefined && maxSelected !== undefined && minSelected > maxSelected) {
      add('minSelected', `minSelected ${minSelected} is greater than maxSelected ${maxSelected}`);
    }
    if (list !== undefined && minSelected !== undefined && minSelected > list.length) {
      add('minSelected', `minSelected ${minSelected} is more than the ${list.length} options of '${question.choices}'`);
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
      : [{ ...loadError(`Derived '${derived.name}'`, `derived[${d}]`, 'choices', `unknown choice list '${derived.choices}'`), variable: derived.name }],
  );
}
