/**
 * Whether a field may hold a value: the gate in front of every answer the typist commits. A value
 * of the wrong type, out of range, against its pattern or selection limits, or failing a (hard)
 * constraint is refused and the stored answer kept; soft checks (warnings) and "required" do not refuse.
 */
import type { Problem } from './evaluation';
import { evaluateResponse, type ResponseContext } from './evaluate-response';
import type { Answers, AnswerValue, Questionnaire } from '../questionnaire/model';

/**
 * The problems that refuse `value` for `field`, given the other answers (a constraint may refer to
 * them). Empty: the value may be stored. Clearing an answer, and unticking options of a multiple
 * choice, are never refused (the typist must always be able to take a wrong tick back).
 */
export function refusingProblems(q: Questionnaire, answers: Answers, field: string, value: AnswerValue | undefined, response: ResponseContext = {}): Problem[] {
  if (value === undefined) return [];
  const stored = answers[field];
  if (Array.isArray(value) && Array.isArray(stored) && value.length < stored.length && value.every((c) => stored.includes(c))) return [];
  const evaluation = evaluateResponse(q, { ...answers, [field]: value }, response);
  return (evaluation.problemsByVariable.get(field) ?? []).filter((p) => p.blocking && p.code !== 'required');
}
