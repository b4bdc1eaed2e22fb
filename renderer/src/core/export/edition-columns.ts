/**
 * The Data columns of a workbook across editions, and one response's row in them.
 *
 * Columns: the metadata, then the union of every edition's variables, then the weight. The order
 * starts from the reference edition (the newest, `edition-set.ts`) in its own order; a variable only
 * older editions have (a retired question) is placed right after the variable that precedes it in
 * the newest edition holding it, so it stays beside its neighbours. A multiple choice's option
 * columns follow the same rule over its options, in the reference's codes: a renamed option is one
 * column, an option only older editions had keeps a column of its own.
 *
 * Cells: as in one edition (`data-rows.ts`), with the response evaluated in its own edition and its
 * codes carried to the reference's through the declared renames; a variable, or an option, that the
 * response's edition does not have is NOT_IN_EDITION_CODE (-97).
 */
import { isEmptyAnswer } from '../engine/evaluate-response';
import type { Evaluation, VariableState } from '../engine/evaluation';
import { toCodes } from '../expressions/values';
import type { EditionSet } from '../editions/edition-set';
import type { AnswerValue, ChoiceDef, Questionnaire, Variable } from '../questionnaire/model';
import { dataColumns, META_COLUMNS, optionColumnName, WEIGHT_COLUMN, type ExportColumn } from './data-columns';
import { dayCell, metaCell, variableState, type CellValue, type ExportRecord } from './data-rows';
import { NOT_IN_EDITION_CODE, UNANSWERED_CODE } from './missing-codes';

/** Inserts `item` after `after` in `list` (at the start when `after` is undefined or absent). */
function insertAfter<T>(list: T[], item: T, after: T | undefined): void {
  const i = after === undefined ? -1 : list.indexOf(after);
  list.splice(i + 1, 0, item);
}

/**
 * Names in union order: `orders` newest first; each later list adds the names it alone has, each
 * right after its predecessor in that list.
 */
export function unionOrder(orders: readonly (readonly string[])[]): string[] {
  const out = [...(orders[0] ?? [])];
  const seen = new Set(out);
  for (const order of orders.slice(1)) {
    let previous: string | undefined;
    for (const name of order) {
      if (!seen.has(name)) {
        insertAfter(out, name, previous);
        seen.add(name);
      }
      previous = name;
    }
  }
  return out;
}

/** The union columns of `set`; with one edition exactly `dataColumns` of it. */
export function editionColumns(set: EditionSet): ExportColumn[] {
  if (set.editions.length === 1) return dataColumns(set.reference);
  const newestFirst = [...set.editions].reverse();
  const names = unionOrder(newestFirst.map((q) => q.variables.map((v) => v.name)));
  const columns: ExportColumn[] = META_COLUMNS.map((name) => ({ kind: 'meta', name }));
  for (const name of names) {
    const holders = newestFirst.filter((q) => q.byName.has(name));
    const newest = (holders[0] as Questionnaire).byName.get(name) as Variable;
    // Every edition's options in the reference's codes, newest first: an option only older editions
    // had keeps its code and text, so the codebook, the labels and the statistics files know it.
    const choices = new Map<string, ChoiceDef>();
    const orders = holders.map((q) => {
      const map = set.codeMap(q, name);
      return (q.byName.get(name)?.choices ?? []).map((c) => {
        const code = map.get(c.code) ?? c.code;
        if (!choices.has(code)) choices.set(code, code === c.code ? c : { ...c, code });
        return code;
      });
    });
    const union = unionOrder(orders).map((code) => choices.get(code) as ChoiceDef);
    const variable: Variable = newest.choices && union.length > newest.choices.length ? { ...newest, choices: union } : newest;
    columns.push({ kind: 'value', name, variable });
    if (variable.valueKind !== 'multi') continue;
    for (const choice of union) columns.push({ kind: 'option', name: optionColumnName(name, choice.code), variable, choice });
  }
  columns.push({ kind: 'weight', name: WEIGHT_COLUMN });
  const seen = new Set<string>();
  for (const { name } of columns) {
    const folded = name.toLowerCase();
    if (seen.has(folded)) throw new Error(`Export column "${name}" occurs twice across the questionnaire editions`);
    seen.add(folded);
  }
  return columns;
}

/** Per column, how a response of one edition fills it. */
type Slot =
  | { kind: 'meta'; name: (typeof META_COLUMNS)[number] }
  | { kind: 'weight' }
  | { kind: 'absent' }
  | { kind: 'value'; variable: Variable; map: ReadonlyMap<string, string> }
  | { kind: 'option'; variable: Variable; map: ReadonlyMap<string, string>; code: string; offered: boolean };

/** How the responses of `edition` fill `columns` (computed once per edition and export). */
export function editionPlan(set: EditionSet, edition: Questionnaire, columns: readonly ExportColumn[]): Slot[] {
  return columns.map((c): Slot => {
    if (c.kind === 'meta') return { kind: 'meta', name: c.name };
    if (c.kind === 'weight') return { kind: 'weight' };
    const own = edition.byName.get(c.variable.name);
    if (!own) return { kind: 'absent' };
    const map = set.codeMap(edition, own.name);
    if (c.kind === 'value') return { kind: 'value', variable: own, map };
    const offered = (own.choices ?? []).some((ch) => (map.get(ch.code) ?? ch.code) === c.choice.code);
    return { kind: 'option', variable: own, map, code: c.choice.code, offered };
  });
}

const mapCodes = (value: AnswerValue, map: ReadonlyMap<string, string>): AnswerValue => {
  if (map.size === 0 || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((c) => map.get(c) ?? c);
  return map.get(value) ?? value;
};

function valueCell(value: AnswerValue): CellValue {
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return value;
}

/** One response's raw row (before export safety) through its edition's plan. */
export function editionDataRow(record: ExportRecord, plan: readonly Slot[], evaluation: Evaluation): CellValue[] {
  const row = new Array<CellValue>(plan.length);
  const states = new Map<Variable, VariableState>();
  for (let i = 0; i < plan.length; i++) {
    const slot = plan[i] as Slot;
    if (slot.kind === 'meta') row[i] = metaCell(record, slot.name);
    else if (slot.kind === 'weight') row[i] = null;
    else if (slot.kind === 'absent') row[i] = NOT_IN_EDITION_CODE;
    else {
      let state = states.get(slot.variable);
      if (state === undefined) states.set(slot.variable, (state = variableState(slot.variable, evaluation)));
      const value = evaluation.values[slot.variable.name];
      if (state === 'skipped') row[i] = null;
      else if (state === 'unanswered' || value === undefined || isEmptyAnswer(value)) row[i] = UNANSWERED_CODE;
      else if (slot.kind === 'value') row[i] = slot.variable.type === 'date' ? dayCell(value) : valueCell(mapCodes(value, slot.map));
      else if (!slot.offered) row[i] = NOT_IN_EDITION_CODE;
      else row[i] = toCodes(mapCodes(value, slot.map)).includes(slot.code) ? 1 : 0;
    }
  }
  return row;
}
