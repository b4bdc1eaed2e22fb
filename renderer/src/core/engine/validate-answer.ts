/** Checks one given answer against its question's rules. */
import type { EvalContext } from '../expressions/compiled';
import { toBoolean } from '../expressions/values';
import { isIsoDate } from '../dates/calendar-date';
import { answerMaxChars } from '../limits/limits';
import { compileAnswerPattern, matchesPattern } from '../questionnaire/answer-pattern';
import type { AnswerValue, ChoiceDef, Variable } from '../questionnaire/model';
import type { Problem, ProblemCode } from './evaluation';
import * as messages from './messages';

/** When a year question sets neither bound, answers outside these are refused as typos. */
export const DEFAULT_YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** A variable's rules, prepared once per questionnaire so validating an answer does no set-up work. */
export interface AnswerRules {
  variable: Variable;
  codes?: ReadonlySet<string>;
  exclusive: readonly ChoiceDef[];
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** Longest text the question takes (`core/limits`). */
  maxLength?: number;
  minSelected?: number;
  maxSelected?: number;
}

/** Prepares the rules of a question or grid-row variable. */
export function answerRules(variable: Variable): AnswerRules {
  const question = variable.question;
  const choices = variable.choices ?? [];
  const rules: AnswerRules = { variable, exclusive: choices.filter((choice) => choice.exclusive === true) };
  if (variable.choices !== undefined) rules.codes = new Set(choices.map((choice) => choice.code));
  const yearDefaults = variable.type === 'year' && question?.min === undefined && question?.max === undefined;
  const min = yearDefaults ? DEFAULT_YEAR_RANGE.min : question?.min;
  const max = yearDefaults ? DEFAULT_YEAR_RANGE.max : question?.max;
  if (min !== undefined) rules.min = min;
  if (max !== undefined) rules.max = max;
  const maxLength = answerMaxChars(variable.type);
  if (maxLength !== undefined) rules.maxLength = maxLength;
  if (question?.pattern !== undefined) {
    const compiled = compileAnswerPattern(question.pattern);
    // The loader refuses invalid patterns, so a failure here cannot happen with a loaded questionnaire.
    if (compiled.ok) rules.pattern = compiled.value;
  }
  if (question?.minSelected !== undefined) rules.minSelected = question.minSelected;
  if (question?.maxSelected !== undefined) rules.maxSelected = question.maxSelected;
  return rules;
}

function hasExpectedType(variable: Variable, value: AnswerValue): boolean {
  switch (variable.type) {
    case 'integer':
    case 'year':
      return typeof value === 'number' && Number.isInteger(value);
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return isIsoDate(value);
    case 'multi':
      return Array.isArray(value) && value.every((code) => typeof code === 'string');
    default:
      return typeof value === 'string';
  }
}

function choiceProblems(rules: AnswerRules, value: AnswerValue, problem: (code: ProblemCode, message: Problem['message']) => Problem): Problem[] {
  const { codes } = rules;
  const picked = Array.isArray(value) ? [...new Set(value)] : [String(value)];
  const problems = picked.filter((code) => codes !== undefined && !codes.has(code)).map((code) => problem('choice', messages.choiceMessage(code)));
  if (!Array.isArray(value)) return problems;
  if (rules.minSelected !== undefined && picked.length < rules.minSelected) {
    problems.push(problem('minSelected', messages.minSelectedMessage(rules.minSelected)));
  }
  if (rules.maxSelected !== undefined && picked.length > rules.maxSelected) {
    problems.push(problem('maxSelected', messages.maxSelectedMessage(rules.maxSelected)));
  }
  if (picked.length > 1) {
    for (const choice of rules.exclusive) {
      if (picked.includes(choice.code)) problems.push(problem('exclusive', messages.exclusiveMessage(choice)));
    }
  }
  return problems;
}

/**
 * The problems of a given (non-empty) answer: its type first (a value of the wrong type is checked
 * no further), then bounds, pattern, choice codes and selection limits, then the constraint, which
 * is evaluated with `.` = the answer against the response's effective values in `ctx`.
 */
export function validateAnswer(rules: AnswerRules, value: AnswerValue, ctx: EvalContext): Problem[] {
  const { variable } = rules;
  const problem = (code: ProblemCode, message: Problem['message']): Problem => ({
    variable: variable.name,
    code,
    message,
    blocking: true,
  });
  if (!hasExpectedType(variable, value)) return [problem('type', messages.typeMessage(variable, value))];
  const problems: Problem[] = [];
  if (typeof value === 'number') {
    if (rules.min !== undefined && value < rules.min) problems.push(problem('min', messages.minMessage(rules.min)));
    if (rules.max !== undefined && value > rules.max) problems.push(problem('max', messages.maxMessage(rules.max)));
  }
  if (typeof value === 'string' && rules.maxLength !== undefined && value.length > rules.maxLength) {
    // Too long is said alone: the pattern and constraint are not run on a text this long.
    return [problem('length', messages.lengthMessage(rules.maxLength, value.length))];
  }
  if (typeof value === 'string' && rules.pattern !== undefined && !matchesPattern(rules.pattern, value)) {
    problems.push(problem('pattern', variable.question?.patternMessage ?? messages.patternMessage()));
  }
  if (rules.codes !== undefined) problems.push(...choiceProblems(rules, value, problem));
  const { constraint } = variable;
  if (constraint !== undefined && !toBoolean(constraint.evaluate({ value: ctx.value, self: value, today: ctx.today }))) {
    const failed = problem('constraint', variable.question?.constraintMessage ?? messages.constraintMessage());
    problems.push(variable.question?.constraintWarning === true ? { ...failed, blocking: false } : failed);
  }
  return problems;
}
