import type { AnswerValue } from '../questionnaire/model';

/**
 * Whether two keyed values are the same answer: equal numbers or codes, the same ticks in any
 * order, text equal once surrounding and repeated spaces are ignored (a keying difference in
 * spacing is not a different answer). Two unanswered fields agree.
 */
export function sameKeyedValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const x = [...new Set(a)].sort();
    const y = [...new Set(b)].sort();
    return x.length === y.length && x.every((code, i) => code === y[i]);
  }
  if (typeof a === 'string' && typeof b === 'string') return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
  return a === b;
}
