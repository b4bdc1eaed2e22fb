/**
 * The rows of the side-by-side view: one per field on which the sides of a conflict disagree, and
 * the fields they agree on (shown, not chosen). Pure, from the revision tree and the questionnaire.
 */
import type { Answers, AnswerValue, Questionnaire } from '../../core/questionnaire/model';
import { conflictFields, leaves, type LeafContent, type RevisionStatus, type RevisionTree } from '../../core/revisions';

/** One side of a conflict: a leaf of the revision tree, winner first. */
export interface ConflictSide {
  rev: string;
  updatedAt: string;
  updatedByName: string;
  status: RevisionStatus;
  deletedAt: string | null;
  answers: Answers;
}

export type FieldKey = { kind: 'answer'; name: string } | { kind: 'status' } | { kind: 'deleted' };

export interface ConflictRows {
  sides: ConflictSide[];
  /** The fields to choose, in questionnaire order (deleted and status first). */
  differing: FieldKey[];
  /** Answered variables on which every side agrees, in questionnaire order. */
  agreeing: string[];
}

const sideOf = (leaf: LeafContent): ConflictSide => ({
  rev: leaf.rev,
  updatedAt: leaf.content.updatedAt,
  updatedByName: leaf.content.updatedByName,
  status: leaf.content.status,
  deletedAt: leaf.content.deletedAt,
  answers: leaf.content.answers,
});

export function conflictRows(tree: RevisionTree, questionnaire: Questionnaire): ConflictRows {
  const sides = leaves(tree).map(sideOf);
  const fields = conflictFields(tree);
  const order = new Map(questionnaire.variables.map((v, i) => [v.name, i]));
  const byQuestionnaire = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1);
  const differs = new Set(fields.answers);
  const answered = new Set(sides.flatMap((side) => Object.keys(side.answers)));
  const differing: FieldKey[] = [];
  if (fields.deleted) differing.push({ kind: 'deleted' });
  if (fields.status) differing.push({ kind: 'status' });
  for (const name of [...differs].sort(byQuestionnaire)) differing.push({ kind: 'answer', name });
  return { sides, differing, agreeing: [...answered].filter((n) => !differs.has(n)).sort(byQuestionnaire) };
}

export const fieldId = (field: FieldKey): string => (field.kind === 'answer' ? `answer:${field.name}` : field.kind);

/** The value a side holds for an answer (undefined: not answered on that side). */
export function sideAnswer(side: ConflictSide, name: string): AnswerValue | undefined {
  return Object.hasOwn(side.answers, name) ? side.answers[name] : undefined;
}
