import type { Answers, AnswerValue } from '../core/questionnaire/model';

/** Deep equality of two answers (multiple choices compared in order); undefined = not answered. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return a === b;
}

/** The answers with one changed; undefined removes the key ("not answered"). */
export function withAnswer(answers: Answers, field: string, value: AnswerValue | undefined): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  if (value === undefined) delete next[field];
  else next[field] = Array.isArray(value) ? [...value] : value;
  return next;
}

export function answerOf(answers: Answers, field: string): AnswerValue | undefined {
  return Object.prototype.hasOwnProperty.call(answers, field) ? answers[field] : undefined;
}
