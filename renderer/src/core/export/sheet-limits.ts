/**
 * The limits of the .xlsx format that the export checks itself (SheetJS and others accept some
 * broken values silently: a `:` in a sheet name, more than 1,048,576 rows), and the split of a long
 * sheet into continuation sheets "Data", "Data (2)", … .
 */

/** Rows of one Excel sheet, header included. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Data rows of one sheet below its header row. */
export const MAX_DATA_ROWS_PER_SHEET = EXCEL_MAX_ROWS - 1;
export const EXCEL_MAX_SHEET_NAME = 31;
/** How date cells are shown. Excel dates have no time zone: the exporting machine's local time is written. */
export const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';
/** The number format of a date question's cells: the day only. */
export const DAY_FORMAT = 'yyyy-mm-dd';

export type ExportLimitCode = 'sheet-name' | 'too-many-rows' | 'too-many-columns' | 'cell-too-long' | 'too-large';

/** A limit of the .xlsx format that the data would break; nothing is written. */
export class ExportLimitError extends Error {
  constructor(
    readonly code: ExportLimitCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportLimitError';
  }
}

/** Why Excel would refuse `name` as a sheet name, or null when it is valid. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'is empty';
  if (name.length > EXCEL_MAX_SHEET_NAME) return `is longer than ${EXCEL_MAX_SHEET_NAME} characters`;
  if (/[:\\/?*[\]]/.test(name)) return 'contains one of : \\ / ? * [ ]';
  if (name.startsWith("'") || name.endsWith("'")) return 'begins or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return 'is reserved by Excel';
  return null;
}

/** One sheet of a split sheet: data rows `start` (inclusive) to `end` (exclusive), below a repeated header. */
export interface SheetPart {
  name: string;
  start: number;
  end: number;
}

/** The name of the n-th sheet of a split (n ≥ 1): `Data`, `Data (2)`, `Data (3)`, … */
export function continuationSheetName(base: string, n: number): string {
  return n === 1 ? base : `${base} (${n})`;
}

/**
 * Splits `rowCount` data rows into sheets of at most `maxRows` data rows each (Excel's limit less the
 * header row by default). No rows still gives one sheet (header only).
 */
export function splitSheetRows(base: string, rowCount: number, maxRows: number = MAX_DATA_ROWS_PER_SHEET): SheetPart[] {
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > MAX_DATA_ROWS_PER_SHEET) {
    throw new RangeError(`maxRows must be an integer from 1 to ${MAX_DATA_ROWS_PER_SHEET}.`);
  }
  const parts: SheetPart[] = [];
  for (let start = 0, n = 1; start < rowCount || parts.length === 0; start += maxRows, n++) {
    parts.push({ name: continuationSheetName(base, n), start, end: Math.min(rowCount, start + maxRows) });
  }
  for (const part of parts) {
    const problem = sheetNameProblem(part.name);
    if (problem) throw new ExportLimitError('sheet-name', `Sheet name "${part.name}" ${problem}.`);
  }
  return parts;
}
