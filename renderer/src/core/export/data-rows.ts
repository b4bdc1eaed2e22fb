/**
 * One response as one row of the "Data" sheet, as plain values (no spreadsheet library here).
 *
 * - Codes, not labels; a multiple choice as space-separated codes, its option columns 1/0.
 * - Numbers stay numbers; created/updated are `Date`s (written as real date cells).
 * - Skipped (not asked because of routing) → empty, also in option columns (never 0).
 * - Asked but unanswered → the missing code -99 (`missing-codes.ts`), in the option columns too.
 * - Derived variables come from the engine's effective values; the weight column is left empty here
 *   and filled once the whole selection is known (`workbook-rows.ts`).
 * - `dataRow` also makes every text safe (formula neutralisation, Excel's length limit).
 */
import { isIsoDate } from '../dates/calendar-date';
import { evaluateResponse, isEmptyAnswer } from '../engine/evaluate-response';
import type { Evaluation, VariableState } from '../engine/evaluation';
import { toBoolean, toCodes } from '../expressions/values';
import type { Answers, AnswerValue, Questionnaire, Variable } from '../questionnaire/model';
import type { ExportColumn, MetaField } from './data-columns';
import { UNANSWERED_CODE } from './missing-codes';
import { safeCellText } from './neutralise-formula';

/** The fields of a stored response the export reads. A db `ResponseRecord` fits (core does not import db/). */
export interface ExportRecord {
  id: string;
  key: string;
  status: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
  questionnaireId: string;
  questionnaireVersion: string;
  answers: Answers;
  /** Double entry: 1 verified, 0 marked but not verified yet; absent or null: not marked. */
  verified?: 0 | 1 | null;
}

/** A cell: null is an empty cell. */
export type CellValue = string | number | Date | null;

/** Why a cell holds what it holds: metadata (and the weight), or the state of the variable behind it. */
export type CellState = 'metadata' | VariableState;

/** A text cut to fit Excel's cell limit. */
export interface Truncation {
  key: string;
  uuid: string;
  column: string;
  /** Characters before cutting. */
  originalLength: number;
  /** The sheet, when not Data (and its continuation sheets). */
  sheet?: string;
}

export interface DataRowOptions {
  /** The response's evaluation, when the caller already has it. */
  evaluation?: Evaluation;
  /** Called for every text cut to Excel's limit. */
  onTruncate?(truncation: Truncation): void;
}

/** An ISO timestamp as a Date; a string that is not a valid date is kept as text. */
function timestamp(iso: string): Date | string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d;
}

/** A metadata cell of `record`. */
export function metaCell(record: ExportRecord, field: MetaField): CellValue {
  switch (field) {
    case 'key':
      return record.key;
    case 'uuid':
      return record.id;
    case 'status':
      return record.status;
    case 'verified':
      return record.verified ?? null;
    case 'created_by':
      return record.createdByName;
    case 'created_at':
      return timestamp(record.createdAt);
    case 'updated_at':
      return timestamp(record.updatedAt);
    case 'questionnaire_id':
      return record.questionnaireId;
    case 'questionnaire_version':
      return record.questionnaireVersion;
  }
}

/**
 * The state behind a variable's cell. Questions and grid rows take the engine's state. The engine
 * gives no state to derived variables, so one is worked out the engine's way: skipped when its
 * own condition is false (against the final effective values, which its condition only reads from
 * variables earlier in evaluation order), answered when it has a value, otherwise unanswered (its
 * inputs are not all there yet, e.g. `innov_any` before all four B questions are answered).
 */
export function variableState(variable: Variable, evaluation: Evaluation): VariableState {
  const state = evaluation.states.get(variable.name);
  if (state) return state;
  if (variable.relevant && !toBoolean(variable.relevant.evaluate({ value: (name) => evaluation.values[name] }))) {
    return 'skipped';
  }
  return isEmptyAnswer(evaluation.values[variable.name]) ? 'unanswered' : 'answered';
}

/** The state behind a cell of `column` (a pure function of the column and the evaluation). */
export function cellState(column: ExportColumn, evaluation: Evaluation): CellState {
  return column.kind === 'meta' || column.kind === 'weight' ? 'metadata' : variableState(column.variable, evaluation);
}

/**
 * A date answer as a real date cell: local midnight of that day, which the workbook writes as the
 * whole-day serial (no zone can move it, since cells are written in local time). Not a date: text.
 */
export function dayCell(value: AnswerValue): CellValue {
  if (typeof value !== 'string' || !isIsoDate(value)) return valueCell(value);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function valueCell(value: AnswerValue): CellValue {
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return value;
}

/**
 * The row's values before export safety: what the Labels sheet and the indicators start from.
 * Texts here are as entered (not neutralised, not cut). One evaluation of each variable's state
 * serves its value column and all its option columns.
 */
export function rawDataRow(record: ExportRecord, columns: readonly ExportColumn[], evaluation: Evaluation): CellValue[] {
  const row = new Array<CellValue>(columns.length);
  let current: Variable | undefined;
  let state: VariableState = 'skipped';
  let value: AnswerValue | undefined;
  let picked: Set<string> | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ExportColumn;
    if (column.kind === 'meta') {
      row[i] = metaCell(record, column.name);
      continue;
    }
    if (column.kind === 'weight') {
      row[i] = null;
      continue;
    }
    if (column.variable !== current) {
      current = column.variable;
      state = variableState(current, evaluation);
      value = evaluation.values[current.name];
      picked = undefined;
    }
    if (state === 'skipped') row[i] = null;
    else if (state === 'unanswered' || value === undefined || isEmptyAnswer(value)) row[i] = UNANSWERED_CODE;
    else if (column.kind === 'value') row[i] = current.type === 'date' ? dayCell(value) : valueCell(value);
    else {
      picked ??= new Set(toCodes(value));
      row[i] = picked.has(column.choice.code) ? 1 : 0;
    }
  }
  return row;
}

/**
 * Makes every text of a raw row safe in place and reports cuts. `cache` maps repeated texts (codes,
 * statuses, names) to one safe string instance, so 100,000 rows share them instead of holding copies.
 */
export function makeRowSafe(
  row: CellValue[],
  record: Pick<ExportRecord, 'key' | 'id'>,
  columns: readonly ExportColumn[],
  onTruncate?: (t: Truncation) => void,
  cache?: Map<string, string>,
): CellValue[] {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (typeof cell !== 'string') continue;
    const column = columns[i];
    const shared = cache !== undefined && column !== undefined && isRepeatedText(column);
    const hit = shared ? cache.get(cell) : undefined;
    if (hit !== undefined) {
      row[i] = hit;
      continue;
    }
    const safe = safeCellText(cell);
    if (safe.truncatedFrom !== undefined) {
      onTruncate?.({ key: record.key, uuid: record.id, column: column?.name ?? String(i), originalLength: safe.truncatedFrom });
    }
    if (shared && cache.size < MAX_SHARED_TEXTS) cache.set(cell, safe.text);
    row[i] = safe.text;
  }
  return row;
}

/** Bounds the shared-text cache (free-text columns are never cached; this only guards odd data). */
const MAX_SHARED_TEXTS = 50_000;

/** Columns whose texts repeat across responses: codes, code lists, statuses, names, versions. */
export function isRepeatedText(column: ExportColumn): boolean {
  if (column.kind === 'meta') return column.name !== 'key' && column.name !== 'uuid';
  if (column.kind !== 'value') return false;
  const v = column.variable;
  return v.valueKind === 'multi' || v.type === 'single' || (v.choices?.length ?? 0) > 0 || v.kind === 'derived';
}

/** One response's row of the Data sheet, every text neutralised and cut to fit a cell. */
export function dataRow(
  q: Questionnaire,
  record: ExportRecord,
  columns: readonly ExportColumn[],
  options: DataRowOptions = {},
  cache?: Map<string, string>,
): CellValue[] {
  const evaluation = options.evaluation ?? evaluateResponse(q, record.answers, record);
  return makeRowSafe(rawDataRow(record, columns, evaluation), record, columns, options.onTruncate, cache);
}
