/**
 * The rows of the side-by-side view: every variable answered on some side, in questionnaire order,
 * split into those the sides disagree on and those they agree on. Pure.
 */
import type { AnswerValue, Questionnaire } from '../../core/questionnaire/model';
import { canonicalText } from '../../core/revisions';
import type { DuplicateSide } from '../../db/duplicate-repository';

export interface SideBySideRows {
  differing: string[];
  agreeing: string[];
}

/** The value a side holds (undefined: not answered there). */
export function sideValue(side: DuplicateSide, name: string): AnswerValue | undefined {
  return Object.hasOwn(side.answers, name) ? side.answers[name] : undefined;
}

export function sideBySideRows(sides: readonly DuplicateSide[], questionnaire: Questionnaire): SideBySideRows {
  const order = new Map(questionnaire.variables.map((v, i) => [v.name, i]));
  const byQuestionnaire = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1);
  const names = [...new Set(sides.flatMap((s) => Object.keys(s.answers)))].sort(byQuestionnaire);
  const differing: string[] = [];
  const agreeing: string[] = [];
  for (const name of names) {
    const values = sides.map((s) => canonicalText(sideValue(s, name) ?? null));
    (values.every((v) => v === values[0]) ? agreeing : differing).push(name);
  }
  return { differing, agreeing };
}
