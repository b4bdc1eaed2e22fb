/**
 * The rules that look at one response: required but unanswered, out of range, wrong type (from the
 * engine's evaluation of the asked questions), invalid choice codes (every stored answer, asked or
 * not: a code from an older questionnaire version stays wrong when routing hides it), and skipped
 * questions that still hold a value.
 */
import { evaluateResponse, isEmptyAnswer } from '../engine/evaluate-response';
import type { Evaluation, Problem } from '../engine/evaluation';
import type { AnswerValue, Questionnaire, Variable } from '../questionnaire/model';
import { showValue, type Finding, type QualityResponse, type QualityRule } from './finding';

const RULE_OF_PROBLEM: Partial<Record<Problem['code'], QualityRule>> = {
  required: 'required-unanswered',
  min: 'out-of-range',
  max: 'out-of-range',
  type: 'wrong-type',
};

function invalidCodes(variable: Variable, value: AnswerValue): string[] {
  const codes = new Set(variable.choices?.map((c) => c.code));
  const given = Array.isArray(value) ? value : [String(value)];
  return given.filter((code) => !codes.has(code));
}

/** A stored answer in words: each option as its label in `lang` with its code, other answers as they are. */
function answerWords(variable: Variable, value: AnswerValue, lang: 'da' | 'en'): string {
  if (variable.choices === undefined) return showValue(value);
  const labels = new Map(variable.choices.map((c) => [c.code, c.label[lang]]));
  const codes = Array.isArray(value) ? value : [String(value)];
  return codes.map((code) => (labels.has(code) ? `${labels.get(code) ?? ''} (${code})` : code)).join(', ');
}

/** The findings of one response against `q` (its evaluation may be passed in when already made). */
export function responseFindings(r: QualityResponse, q: Questionnaire, evaluation: Evaluation = evaluateResponse(q, r.answers, r)): Finding[] {
  const findings: Finding[] = [];
  const add = (variable: string, rule: QualityRule, message: Finding['message'], value: AnswerValue | null) =>
    findings.push({ responseId: r.id, key: r.key, variable, rule, message, value });
  const stored = (name: string): AnswerValue | null => (Object.hasOwn(r.answers, name) ? (r.answers[name] as AnswerValue) : null);

  for (const problem of evaluation.problems) {
    const rule = RULE_OF_PROBLEM[problem.code];
    if (rule) add(problem.variable, rule, problem.message, stored(problem.variable));
  }
  for (const variable of q.variables) {
    if (variable.kind === 'derived') continue;
    const value = stored(variable.name);
    if (value === null || isEmptyAnswer(value)) continue;
    if (variable.choices !== undefined) {
      const invalid = invalidCodes(variable, value);
      if (invalid.length > 0) {
        const list = invalid.map((c) => `'${c}'`).join(', ');
        add(variable.name, 'invalid-choice', {
          en: `Not an option of this question (an older questionnaire version?): ${list}`,
          da: `Ikke en svarmulighed til spørgsmålet (en ældre version af spørgeskemaet?): ${list}`,
        }, value);
      }
    }
    if (evaluation.states.get(variable.name) === 'skipped') {
      add(variable.name, 'skipped-with-value', {
        en: `Skipped by the routing, but still holds the value ${answerWords(variable, value, 'en')}`,
        da: `Springes over af filtreringen, men har stadig værdien ${answerWords(variable, value, 'da')}`,
      }, value);
    }
  }
  return findings;
}
