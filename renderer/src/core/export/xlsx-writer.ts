/**
 * The only file of the export that touches SheetJS: plain rows in, .xlsx bytes out. SheetJS is
 * pure JavaScript and its types pull in no DOM, so it may live in core; keeping it behind this
 * small seam means the rest of the export (columns, rows, safety) is tested as plain data, and
 * the later Labels / Codebook / Indicators sheets are just more `SheetData`.
 *
 * SheetJS 0.18.5 checks some Excel limits and silently accepts others (a `:` in a sheet name,
 * more than 1,048,576 rows): every limit is checked here before writing.
 */
import { utils, write, type AOA2SheetOpts, type WorkSheet } from 'xlsx';
import type { CellValue } from './data-rows';
import { EXCEL_MAX_COLUMNS } from './data-columns';
import { EXCEL_MAX_CELL_CHARS } from './neutralise-formula';

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_SHEET_NAME = 31;
/** How date cells are shown. Excel dates have no time zone: the exporting machine's local time is written. */
export const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

export interface SheetData {
  name: string;
  /** The first row is the header. null = empty cell; Date = date cell; number = numeric cell; string = text cell. */
  rows: readonly (readonly CellValue[])[];
  /** Put an auto-filter on the header row (default true). */
  autoFilter?: boolean;
}

export type ExportLimitCode = 'sheet-name' | 'too-many-rows' | 'too-many-columns' | 'cell-too-long';

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

function checkLimits(sheet: SheetData): void {
  const problem = sheetNameProblem(sheet.name);
  if (problem) throw new ExportLimitError('sheet-name', `Sheet name "${sheet.name}" ${problem}.`);
  if (sheet.rows.length > EXCEL_MAX_ROWS) {
    throw new ExportLimitError('too-many-rows', `Sheet "${sheet.name}" has ${sheet.rows.length} rows; Excel allows ${EXCEL_MAX_ROWS}.`);
  }
  for (const row of sheet.rows) {
    if (row.length > EXCEL_MAX_COLUMNS) {
      throw new ExportLimitError('too-many-columns', `Sheet "${sheet.name}" has ${row.length} columns; Excel allows ${EXCEL_MAX_COLUMNS}.`);
    }
    for (const cell of row) {
      if (typeof cell === 'string' && cell.length > EXCEL_MAX_CELL_CHARS) {
        throw new ExportLimitError('cell-too-long', `A cell of sheet "${sheet.name}" has ${cell.length} characters; Excel allows ${EXCEL_MAX_CELL_CHARS}.`);
      }
    }
  }
}

function worksheet(sheet: SheetData): WorkSheet {
  // `dense` is honoured by aoa_to_sheet in 0.18.5 (2-3x faster, far less memory) but is missing from
  // its option type; strings become text cells (never formulas), Dates date cells.
  const options: AOA2SheetOpts & { dense: boolean } = { dense: true, cellDates: true, dateNF: DATE_FORMAT };
  const ws = utils.aoa_to_sheet(sheet.rows as CellValue[][], options);
  const width = sheet.rows[0]?.length ?? 0;
  if (sheet.autoFilter !== false && width > 0 && sheet.rows.length > 0) {
    ws['!autofilter'] = { ref: utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.rows.length - 1, c: width - 1 } }) };
  }
  return ws;
}

/** Writes the sheets, in order, as one .xlsx workbook (ZIP-compressed). */
export function writeXlsx(sheets: readonly SheetData[]): Uint8Array {
  const wb = utils.book_new();
  const names = new Set<string>();
  for (const sheet of sheets) {
    checkLimits(sheet);
    const folded = sheet.name.toLowerCase();
    if (names.has(folded)) throw new ExportLimitError('sheet-name', `Sheet name "${sheet.name}" is used twice.`);
    names.add(folded);
    utils.book_append_sheet(wb, worksheet(sheet), sheet.name);
  }
  // With type 'array', SheetJS returns an ArrayBuffer (typed `any`).
  const out = write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
