/** The answers a new response starts with: each question's `default`, in questionnaire order. */
import type { AnswerValue, Questionnaire } from './model';

export function defaultAnswers(q: Questionnaire): [string, AnswerValue][] {
  return q.def.sections.flatMap((section) =>
    section.questions.flatMap((question): [string, AnswerValue][] => (question.default === undefined ? [] : [[question.name, question.default]])),
  );
}
