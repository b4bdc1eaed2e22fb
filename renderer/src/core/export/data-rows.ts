/**
 * One response as one row of the "Data" sheet, as plain values (no spreadsheet library here).
 *
 * - Codes, not labels; a multiple choice as space-separated codes, its option columns 1/0.
 * - Numbers stay numbers; created/updated are `Date`s (written as real date cells).
 * - Skipped (not asked because of routing) → empty, also in option columns (never 0).
 * - Asked but unanswered → empty for now; `cellState` keeps it distinguishable, so a later
 *   version can write a documented missing code there.
 * - Derived variables come from the engine's effective values.
 * - `dataRow` also makes every text safe (formula neutralisation, Excel's length limit).
 */
import { evaluateResponse, isEmptyAnswer } from '../engine/evaluate-response';
import type { Evaluation, VariableState } from '../engine/evaluation';
import { toBoolean, toCodes } from '../expressions/values';
import type { Answers, AnswerValue, Questionnaire, Variable } from '../questionnaire/model';
import type { ExportColumn, MetaField } from './data-columns';
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
}

/** A cell: null is an empty cell. */
export type CellValue = string | number | Date | null;

/** Why a cell holds what it holds: metadata, or the state of the variable behind it. */
export type CellState = 'metadata' | VariableState;

/** A text cut to fit Excel's cell limit. */
export interface Truncation {
  key: string;
  uuid: string;
  column: string;
  /** Characters before cutting. */
  originalLength: number;
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

function metaValue(record: ExportRecord, field: MetaField): string | Date {
  switch (field) {
    case 'key':
      return record.key;
    case 'uuid':
      return record.id;
    case 'status':
      return record.status;
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
  return column.kind === 'meta' ? 'metadata' : variableState(column.variable, evaluation);
}

function valueCell(value: AnswerValue): CellValue {
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return value;
}

/**
 * The row's values before export safety: what a Labels sheet or an indicator would start from.
 * Texts here are as entered (not neutralised, not cut).
 */
export function rawDataRow(record: ExportRecord, columns: readonly ExportColumn[], evaluation: Evaluation): CellValue[] {
  return columns.map((column) => {
    if (column.kind === 'meta') return metaValue(record, column.name);
    if (cellState(column, evaluation) !== 'answered') return null;
    const value = evaluation.values[column.variable.name];
    if (value === undefined || isEmptyAnswer(value)) return null;
    if (column.kind === 'option') return toCodes(value).includes(column.choice.code) ? 1 : 0;
    return valueCell(value);
  });
}

/** One response's row of the Data sheet, every text neutralised and cut to fit a cell. */
export function dataRow(
  q: Questionnaire,
  record: ExportRecord,
  columns: readonly ExportColumn[],
  options: DataRowOptions = {},
): CellValue[] {
  const evaluation = options.evaluation ?? evaluateResponse(q, record.answers);
  return rawDataRow(record, columns, evaluation).map((cell, i) => {
    if (typeof cell !== 'string') return cell;
    const safe = safeCellText(cell);
    if (safe.truncatedFrom !== undefined) {
      const column = columns[i]?.name ?? String(i);
      options.onTruncate?.({ key: record.key, uuid: record.id, column, originalLength: safe.truncatedFrom });
    }
    return safe.text;
  });
}
