/**
 * Moving a draft to another edition: what happens to each stored answer, as a plan the surveyor or
 * coordinator reads before anything changes, and the answers it gives. Pure: the store writes the
 * plan's answers with one audit entry (`db/draft-move.ts`); the answers it drops stay in the
 * response's history (the audit log and the revision tree hold them).
 *
 * - kept: the question is in the new edition with the same kind of value, and every code it holds
 *   is an option there;
 * - mapped: a code was renamed by the new edition (or along its chain of previous versions);
 * - dropped: the question is gone (`question-gone`), holds another kind of value there
 *   (`type-changed`), or no code of it is an option there any more (`option-gone`). A multiple
 *   choice that keeps some of its codes loses the others (`lost` names them) and counts as mapped.
 */
import type { AnswerValue, Answers, Questionnaire } from '../questionnaire/model';
import { editionKey, editionPath } from './edition-order';
import { codeMapAlong } from './option-mapping';

export type MoveOutcome = 'kept' | 'mapped' | 'dropped';
export type DropReason = 'question-gone' | 'type-changed' | 'option-gone';

export interface AnswerMove {
  field: string;
  outcome: MoveOutcome;
  from: AnswerValue;
  /** The answer in the new edition (absent when dropped). */
  to?: AnswerValue;
  reason?: DropReason;
  /** Codes of a multiple choice that the new edition no longer offers. */
  lost?: string[];
}

export interface MovePlan {
  fromVersion: string;
  toVersion: string;
  /** One row per stored answer, in the old edition's question order (answers to no question last). */
  moves: AnswerMove[];
  /** The answers as the new edition stores them. */
  answers: Record<string, AnswerValue>;
  counts: Record<MoveOutcome, number>;
}

/**
 * The plan for moving `answers` keyed in `from` to `to`. `editions` are every stored edition's
 * definitions by `editionKey`, so renames compose along the chain from `from` to `to`; when `to`
 * does not descend from `from`, codes are carried as they are (by name).
 */
export function planDraftMove(answers: Answers, from: Questionnaire, to: Questionnaire, editions: ReadonlyMap<string, Questionnaire['def']>): MovePlan {
  const path = editionPath(new Map([...editions, [editionKey(from.id, from.version), from.def], [editionKey(to.id, to.version), to.def]]), from.def, to.def);
  const rank = new Map(from.variables.map((v, i) => [v.name, i]));
  const fields = Object.keys(answers).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  const moves: AnswerMove[] = [];
  const next: Record<string, AnswerValue> = {};
  for (const field of fields) {
    const value = answers[field] as AnswerValue;
    const target = to.byName.get(field);
    const source = from.byName.get(field);
    if (!target || target.kind === 'derived' || (target.kind === 'question' && target.type === 'grid')) {
      moves.push({ field, outcome: 'dropped', from: value, reason: 'question-gone' });
      continue;
    }
    if (source && source.valueKind !== target.valueKind) {
      moves.push({ field, outcome: 'dropped', from: value, reason: 'type-changed' });
      continue;
    }
    const offered = target.choices;
    if (!offered || typeof value === 'number') {
      next[field] = value;
      moves.push({ field, outcome: 'kept', from: value, to: value });
      continue;
    }
    const map = path ? codeMapAlong(path, field) : new Map<string, string>();
    const codes = new Set(offered.map((c) => c.code));
    const before = Array.isArray(value) ? value : [value];
    const carried = before.map((c) => map.get(c) ?? c);
    const kept = carried.filter((c) => codes.has(c));
    const lost = before.filter((_, i) => !codes.has(carried[i] as string));
    if (kept.length === 0) {
      moves.push({ field, outcome: 'dropped', from: value, reason: 'option-gone' });
      continue;
    }
    const after: AnswerValue = Array.isArray(value) ? kept : (kept[0] as string);
    next[field] = after;
    const renamed = before.some((c) => map.has(c));
    moves.push({ field, outcome: renamed || lost.length > 0 ? 'mapped' : 'kept', from: value, to: after, ...(lost.length > 0 ? { lost } : {}) });
  }
  const counts: Record<MoveOutcome, number> = { kept: 0, mapped: 0, dropped: 0 };
  for (const m of moves) counts[m.outcome]++;
  return { fromVersion: from.version, toVersion: to.version, moves, answers: next, counts };
}
