/**
 * Comparing two keyings of one paper form (EpiData's and REDCap's double entry: compare when the
 * second keying is complete). Each question and grid row asked in either keying is compared (not a
 * read-only question: nobody keys it); a skipped question counts as unanswered, so routing that
 * differs shows up as differing answers.
 */
import { evaluateResponse } from '../engine/evaluate-response';
import type { Answers, AnswerValue, Questionnaire } from '../questionnaire/model';
import { sameKeyedValue } from './same-value';

export type FieldOutcome = 'match' | 'differs' | 'only-first' | 'only-second';

export interface FieldComparison {
  variable: string;
  first: AnswerValue | undefined;
  second: AnswerValue | undefined;
  outcome: FieldOutcome;
}

export interface KeyingComparison {
  /** Every field compared (asked in at least one keying), in questionnaire order. */
  fields: readonly FieldComparison[];
  /** The fields whose keyings disagree. */
  differences: readonly FieldComparison[];
  /** True when no field disagrees: the response is verified. */
  verified: boolean;
}

/** Compares the first and the second keying of a response, field by field. */
export function compareKeyings(q: Questionnaire, first: Answers, second: Answers): KeyingComparison {
  const a = evaluateResponse(q, first);
  const b = evaluateResponse(q, second);
  const fields: FieldComparison[] = [];
  for (const variable of q.variables) {
    // Derived variables are computed, read-only questions given by the questionnaire: nobody keys them.
    if (variable.kind === 'derived' || variable.question?.readOnly === true) continue;
    const askedA = a.states.get(variable.name) !== 'skipped';
    const askedB = b.states.get(variable.name) !== 'skipped';
    if (!askedA && !askedB) continue;
    const x = a.values[variable.name];
    const y = b.values[variable.name];
    const outcome: FieldOutcome = sameKeyedValue(x, y) ? 'match' : y === undefined ? 'only-first' : x === undefined ? 'only-second' : 'differs';
    fields.push({ variable: variable.name, first: x, second: y, outcome });
  }
  const differences = fields.filter((f) => f.outcome !== 'match');
  return { fields, differences, verified: differences.length === 0 };
}
