/**
 * An XLSForm sheet (read by name) as rows of cells, inside the spreadsheet Worker only (it runs
 * SheetJS on the file's sheet). Two things a spreadsheet program leaves in real files are handled:
 * - a sheet whose used range starts below row 1 (a blank row above the header): rows are read from
 *   row 1, so row n of the result is the spreadsheet's row n + 1 and messages name the rows a
 *   coordinator sees;
 * - blank formatted cells far below or to the right of the content (a column formatted to row
 *   10,000): the rows end at the last cell holding something, so they do not count against the
 *   row and column limits.
 * A sheet still longer or wider than the limits gives one row or column more than allowed, which the
 * check of the Worker's reply refuses: nothing filled is ever cut off silently.
 */
import { utils, type WorkSheet } from 'xlsx';
import { MAX_SHEET_COLUMNS } from './sheet-limits';

const isFilled = (value: unknown): boolean => value !== undefined && value !== null && String(value).trim() !== '';

/** The rows of `sheet` from row 1 to its last filled row (at most `maxRows + 1`), cells as formatted text. */
export function namedSheetRows(sheet: WorkSheet, maxRows: number): unknown[][] {
  let lastRow = -1;
  let firstColumn = Number.POSITIVE_INFINITY;
  let lastColumn = -1;
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const cell = sheet[key] as { v?: unknown; w?: unknown } | undefined;
    if (!isFilled(cell?.w ?? cell?.v)) continue;
    const { r, c } = utils.decode_cell(key);
    lastRow = Math.max(lastRow, r);
    firstColumn = Math.min(firstColumn, c);
    lastColumn = Math.max(lastColumn, c);
  }
  if (lastRow < 0) return [];
  const range = { s: { r: 0, c: firstColumn }, e: { r: Math.min(lastRow, maxRows), c: Math.min(lastColumn, firstColumn + MAX_SHEET_COLUMNS) } };
  // raw: false gives each cell's formatted text; defval fills gaps so rows are dense; blank rows are kept
  // so row numbers hold.
  return utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true, range });
}
