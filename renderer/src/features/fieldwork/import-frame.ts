/**
 * A sample-frame file the coordinator picked → validated cases, or the reasons it was refused (each
 * naming its row and column). Spreadsheets are read in a disposable Worker; nothing here stores anything.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { parseFrameCsv, parseFrameRows, type FrameProblem, type ParsedFrame } from '../../core/fieldwork/parse-frame';
import type { StratumVocabulary } from '../../core/weights/population';
import type { OpenedFile } from '../../host/host';
import { readSpreadsheetInWorker, type SheetReader } from '../../ui/spreadsheet/read-spreadsheet';
import { readTableFile } from '../../ui/spreadsheet/read-table-file';
import { MAX_FRAME_ROWS, SHEET_READ_TIMEOUT_MS } from '../../ui/spreadsheet/sheet-limits';

const refusal = (message: LocalText): Result<never, FrameProblem[]> => err([{ code: 'unreadable', message }]);

const frameSheetReader: SheetReader = (data) => readSpreadsheetInWorker(data, SHEET_READ_TIMEOUT_MS * 3, MAX_FRAME_ROWS + 1);

export async function importFrameFile(
  file: OpenedFile,
  vocabulary: StratumVocabulary,
  readSheet: SheetReader = frameSheetReader,
): Promise<Result<ParsedFrame, FrameProblem[]>> {
  const table = await readTableFile(file, readSheet, ['.csv', '.txt']);
  if (table.kind === 'refused') return refusal(table.message);
  return table.kind === 'csv' ? parseFrameCsv(table.text, vocabulary) : parseFrameRows(table.rows, vocabulary);
}
