/** The fixture files of tests/fixtures/xlsforms read as the app's spreadsheet Worker reads them, in Node. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { read } from 'xlsx';
import type { ImportedForm, XlsFormProblem } from '../../../renderer/src/core/xlsform/xlsform-types';
import { MAX_XLSFORM_ROWS, readXlsFormFile } from '../../../renderer/src/features/questionnaires/read-xlsform';
import { namedSheetRows } from '../../../renderer/src/ui/spreadsheet/named-sheet-rows';
import { checkWorkbookReply } from '../../../renderer/src/ui/spreadsheet/sheet-matrix';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/xlsforms');
export const SHEET_NAMES = ['survey', 'choices', 'settings'];

/** What the spreadsheet Worker does, in Node: the named sheets (ignoring case), each read by its namedSheetRows. */
export const workerLikeReader = async (data: Uint8Array) => {
  const book = read(data, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false });
  const sheets = Object.fromEntries(
    book.SheetNames.filter((n) => SHEET_NAMES.includes(n.trim().toLowerCase())).map((n) => [n, namedSheetRows(book.Sheets[n]!, MAX_XLSFORM_ROWS)]),
  );
  return checkWorkbookReply({ ok: true, sheets }, SHEET_NAMES, MAX_XLSFORM_ROWS);
};

export const fileBytes = (file: string) => new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));

export async function imported(file: string): Promise<ImportedForm> {
  const result = await readXlsFormFile({ name: file, data: fileBytes(file) }, workerLikeReader);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function refusedWith(file: string): Promise<XlsFormProblem[]> {
  const result = await readXlsFormFile({ name: file, data: fileBytes(file) }, workerLikeReader);
  if (result.ok) throw new Error(`${file} was accepted`);
  if (result.error.kind !== 'problems') throw new Error(`${file} could not be read: ${result.error.message.en}`);
  return result.error.problems;
}

/** sheet, row, column, character (when named) and the English message. */
export const notice = (n: XlsFormProblem) => (n.position === undefined ? [n.sheet, n.row, n.column, n.message.en] : [n.sheet, n.row, n.column, n.position, n.message.en]);
