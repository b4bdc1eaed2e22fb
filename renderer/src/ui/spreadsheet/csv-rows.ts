/**
 * A csv file's bytes → its rows, at most one more than `maxRows` (so the check of the reply can tell
 * a file that is too long; the rest of the text is never split). What the spreadsheet Worker does
 * with a csv, and what runs in its place where there is no Worker.
 */
import { splitCsv } from '../../core/weights/split-csv';
import { decodeCsvText } from './decode-text';

export function csvRows(bytes: Uint8Array, maxRows: number): string[][] {
  return splitCsv(decodeCsvText(bytes), undefined, maxRows + 1);
}
