/**
 * The rows of the side-by-side view: every variable answered on some side, in questionnaire order,
 * split into those the sides disagree on and those they agree on. Sides keyed in different editions
 * are compared in one edition's codes (`codesOf`): an option one edition renamed is the same answer
 * under both codes. Pure.
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

/** Code in side `index`'s edition → code in the edition compared in, for variable `name` (only those that change). */
export type CodesOf = (index: number, name: string) => ReadonlyMap<string, string>;

/**
 * `value` in the compared edition's codes; a set of ticks in sorted order on every side alike (a
 * side whose codes change and a side whose codes do not are compared in the same order).
 */
function carried(value: AnswerValue | undefined, codes: ReadonlyMap<string, string> | undefined): AnswerValue | null {
  if (value === undefined) return null;
  if (codes === undefined) return value;
  if (typeof value === 'string') return codes.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => codes.get(v) ?? v).sort();
  return value;
}

export function sideBySideRows(sides: readonly DuplicateSide[], questionnaire: Questionnaire, codesOf?: CodesOf): SideBySideRows {
  const order = new Map(questionnaire.variables.map((v, i) => [v.name, i]));
  const byQuestionnaire = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1);
  const names = [...new Set(sides.flatMap((s) => Object.keys(s.answers)))].sort(byQuestionnaire);
  const differing: string[] = [];
  const agreeing: string[] = [];
  for (const name of names) {
    const values = sides.map((s, i) => canonicalText(carried(sideValue(s, name), codesOf?.(i, name))));
    (values.every((v) => v === values[0]) ? agreeing : differing).push(name);
  }
  return { differing, agreeing };
}
