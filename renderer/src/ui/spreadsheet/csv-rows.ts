/**
 * A csv file's bytes → its rows, at most one more than `maxRows` (so the check of the reply can tell
 * a file that is too long; the rest of the text is never split). What the spreadsheet Worker does
 * with a csv, and what runs in its place where there is no Worker. A row wider than the sheet's
 * column limit loses its empty trailing cells (Excel writes a `;` for every column ever touched), so
 * only cells that hold something count against the limit.
 */
import { splitCsv } from '../../core/weights/split-csv';
import { decodeCsvText } from './decode-text';
import { MAX_SHEET_COLUMNS } from './sheet-limits';

function withoutEmptyTail(row: string[]): string[] {
  if (row.length <= MAX_SHEET_COLUMNS) return row;
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end -= 1;
  return end === row.length ? row : row.slice(0, end);
}

export function csvRows(bytes: Uint8Array, maxRows: number): string[][] {
  return splitCsv(decodeCsvText(bytes), undefined, maxRows + 1).map(withoutEmptyTail);
}
