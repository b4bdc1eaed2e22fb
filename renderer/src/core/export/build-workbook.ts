/**
 * The first Excel export: one sheet, "Data", one row per response, codes not labels.
 * Columns and rows are built as plain data (data-columns, data-rows); SheetJS is called last
 * (xlsx-writer). The full workbook (Labels, Codebook, Indicators) adds more `SheetData`.
 */
import type { Questionnaire } from '../questionnaire/model';
import { dataColumns, type ExportColumn } from './data-columns';
import { dataRow, type CellValue, type ExportRecord, type Truncation } from './data-rows';
import { EXCEL_MAX_ROWS, ExportLimitError, writeXlsx, type SheetData } from './xlsx-writer';

export const DATA_SHEET_NAME = 'Data';
export const EXPORT_FILE_PREFIX = 'innovationsbarometer';

export interface DataSheet {
  sheet: SheetData;
  columns: ExportColumn[];
  /** Responses written (rows below the header). */
  rowCount: number;
  /** Texts cut to Excel's cell limit, in row order. */
  truncated: Truncation[];
}

export interface DataWorkbook {
  bytes: Uint8Array;
  rowCount: number;
  columnCount: number;
  truncated: Truncation[];
}

/** Rows in a stable order: by creation time, then key (ISO timestamps sort as text). */
export function exportOrder<R extends ExportRecord>(records: readonly R[]): R[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...records].sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.key, b.key) || cmp(a.id, b.id));
}

/**
 * The Data sheet as plain rows: the header (column names), then one row per record. Every record
 * is exported with `q`'s columns; the caller passes the records it means (e.g. not deleted).
 */
export function buildDataSheet(q: Questionnaire, records: readonly ExportRecord[]): DataSheet {
  if (records.length + 1 > EXCEL_MAX_ROWS) {
    throw new ExportLimitError('too-many-rows', `${records.length} responses do not fit one sheet; Excel allows ${EXCEL_MAX_ROWS - 1}.`);
  }
  const columns = dataColumns(q);
  const truncated: Truncation[] = [];
  const onTruncate = (t: Truncation) => truncated.push(t);
  const rows: CellValue[][] = [columns.map((c) => c.name)];
  for (const record of exportOrder(records)) rows.push(dataRow(q, record, columns, { onTruncate }));
  return { sheet: { name: DATA_SHEET_NAME, rows }, columns, rowCount: records.length, truncated };
}

/** The workbook with its Data sheet, as .xlsx bytes, with what the user should be told. */
export function buildDataWorkbook(q: Questionnaire, records: readonly ExportRecord[]): DataWorkbook {
  const data = buildDataSheet(q, records);
  return {
    bytes: writeXlsx([data.sheet]),
    rowCount: data.rowCount,
    columnCount: data.columns.length,
    truncated: data.truncated,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A file name safe on Windows, macOS and Linux: only ASCII letters, digits, `-` and `.`, no
 * `:` (so the time is written `2310`, not `23:10`). Local time, as the user reads the clock:
 * `innovationsbarometer-2026-11-26T2310.xlsx` (an invalid date gives `innovationsbarometer.xlsx`).
 */
export function suggestedExportFileName(date: Date): string {
  if (Number.isNaN(date.getTime())) return `${EXPORT_FILE_PREFIX}.xlsx`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${EXPORT_FILE_PREFIX}-${day}T${pad(date.getHours())}${pad(date.getMinutes())}.xlsx`;
}
