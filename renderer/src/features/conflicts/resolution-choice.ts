/** What the coordinator chose, field by field, as the content of the resolving revision. Pure. */
import type { AnswerValue } from '../../core/questionnaire/model';
import type { ChosenContent } from '../../core/revisions';
import { fieldId, sideAnswer, type ConflictRows } from './conflict-rows';

/** Field id → index of the chosen side. A field not in the map takes the winner's (side 0) value. */
export type Choices = Readonly<Record<string, number>>;

/** Every differing field starts on the winner, the value the response shows now. */
export function initialChoices(rows: ConflictRows): Choices {
  return Object.fromEntries(rows.differing.map((field) => [fieldId(field), 0]));
}

export function chosenContent(rows: ConflictRows, choices: Choices): ChosenContent {
  const side = (id: string) => rows.sides[choices[id] ?? 0] ?? rows.sides[0];
  const base = rows.sides[0];
  if (!base) throw new Error('A conflict has at least two sides.');
  const answers: Record<string, AnswerValue> = { ...base.answers };
  let status = base.status;
  let deletedAt = base.deletedAt;
  for (const field of rows.differing) {
    const chosen = side(fieldId(field)) ?? base;
    if (field.kind === 'status') status = chosen.status;
    else if (field.kind === 'deleted') deletedAt = chosen.deletedAt;
    else {
      const value = sideAnswer(chosen, field.name);
      if (value === undefined) delete answers[field.name];
      else answers[field.name] = value;
    }
  }
  return { answers, status, deletedAt };
}
