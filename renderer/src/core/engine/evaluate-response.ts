/** Routing and validation of one response: which questions are asked, and what is wrong with the answers. */
import type { EvalContext } from '../expressions/compiled';
import { toBoolean, type Value } from '../expressions/values';
import type { Answers, AnswerValue, Questionnaire, Variable } from '../questionnaire/model';
import { copenhagenDay } from '../fieldwork/progress-by-day';
import { isEmptyAnswer } from './answer-values';
import type { Evaluation, Problem, SectionProgress, VariableState } from './evaluation';
import { evaluationPlan } from './evaluation-plan';
import { requiredMessage } from './messages';
import { validateAnswer } from './validate-answer';

/** Helpers the entry screens use with `evaluateResponse`, re-exported so one import serves. */
export { isEmptyAnswer, normaliseAnswer, type RawAnswer } from './answer-values';

/** A derived variable's value: a condition counts 1/0 in a number variable; a number reads as text in a text one. */
function derivedValue(variable: Variable, result: Value): AnswerValue | undefined {
  if (typeof result === 'boolean') return variable.valueKind === 'number' ? (result ? 1 : 0) : String(result);
  if (typeof result === 'number' && variable.valueKind === 'string') return String(result);
  return result;
}

/** What of the response itself its expressions may read: when it was created (for `today()`). */
export interface ResponseContext {
  /** The response's creation instant (ISO 8601); `today()` is its Copenhagen calendar day. Absent: `today()` is empty. */
  createdAt?: string | undefined;
}

/** The Copenhagen calendar day of a creation instant, or undefined. */
export function responseDay(createdAt: string | undefined): string | undefined {
  if (createdAt === undefined || Number.isNaN(Date.parse(createdAt))) return undefined;
  return copenhagenDay(createdAt);
}

/**
 * Evaluates a response in one pass over the questionnaire's evaluation order (linear in the number
 * of variables; the per-questionnaire set-up is cached).
 *
 * A variable is asked when its relevant is absent or true against the effective values so far; a
 * skipped variable's effective value is empty, so skips cascade. A derived variable that is asked
 * takes its calculation's value (empty → absent). Stored answers of skipped questions are left
 * alone but are absent from `values`, not validated, and in state `skipped`. Problems concern asked
 * questions and grid rows only, in questionnaire order. `today()` is the Copenhagen day the
 * response was created (`response.createdAt`), so a response checks the same on any day.
 */
export function evaluateResponse(q: Questionnaire, answers: Answers, response: ResponseContext = {}): Evaluation {
  const plan = evaluationPlan(q);
  const effective = new Map<string, AnswerValue>();
  const asked = new Set<string>();
  const ctx: EvalContext = { value: (name) => effective.get(name), today: responseDay(response.createdAt) };

  for (const step of plan.steps) {
    if (step.relevant !== undefined && !toBoolean(step.relevant.evaluate(ctx))) continue;
    asked.add(step.name);
    const value =
      step.calculation !== undefined
        ? derivedValue(step.variable, step.calculation.evaluate(ctx))
        : Object.hasOwn(answers, step.name)
          ? answers[step.name]
          : undefined;
    if (value !== undefined && !isEmptyAnswer(value)) effective.set(step.name, value);
  }

  const values: Record<string, AnswerValue> = {};
  for (const variable of q.variables) {
    const value = effective.get(variable.name);
    if (value !== undefined) values[variable.name] = value;
  }

  const states = new Map<string, VariableState>();
  const problems: Problem[] = [];
  const problemsByVariable = new Map<string, readonly Problem[]>();
  const sections: SectionProgress[] = plan.sectionIds.map((sectionId) => ({ sectionId, asked: false, askedCount: 0, answeredCount: 0 }));
  let askedCount = 0;
  let answeredCount = 0;

  for (const check of plan.checks) {
    const { name } = check.variable;
    if (!asked.has(name)) {
      states.set(name, 'skipped');
      continue;
    }
    const value = effective.get(name);
    const section = sections[check.sectionIndex];
    askedCount += 1;
    if (section !== undefined) {
      section.asked = true;
      section.askedCount += 1;
    }
    if (value !== undefined) {
      answeredCount += 1;
      if (section !== undefined) section.answeredCount += 1;
    }
    states.set(name, value === undefined ? 'unanswered' : 'answered');
    const found =
      value !== undefined
        ? validateAnswer(check.rules, value, ctx)
        : check.required
          ? [{ variable: name, code: 'required' as const, message: requiredMessage(check.variable), blocking: true }]
          : [];
    if (found.length > 0) {
      problems.push(...found);
      problemsByVariable.set(name, found);
    }
  }

  return {
    states,
    values,
    problems,
    problemsByVariable,
    sections,
    progress: { asked: askedCount, answered: answeredCount, ratio: askedCount === 0 ? 1 : answeredCount / askedCount },
  };
}
