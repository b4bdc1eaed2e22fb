/**
 * A sample-frame file the coordinator picked → validated cases, or the reasons it was refused (each
 * naming its row and column). An xlsx is read, and a csv split into rows, in the disposable
 * spreadsheet Worker, at most the frame's limit of rows below the header (a longer file is refused
 * whole, and never read past the limit); nothing here stores anything.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { MAX_FRAME_CASES, parseFrameRows, TOO_MANY_FRAME_ROWS, type FrameProblem, type ParsedFrame } from '../../core/fieldwork/parse-frame';
import type { StratumVocabulary } from '../../core/weights/population';
import { splitCsv } from '../../core/weights/split-csv';
import type { OpenedFile } from '../../host/host';
import { readCsvInWorker, readSpreadsheetInWorker, type SheetReader } from '../../ui/spreadsheet/read-spreadsheet';
import { readTableFile } from '../../ui/spreadsheet/read-table-file';
import { SHEET_READ_TIMEOUT_MS } from '../../ui/spreadsheet/sheet-limits';

const refusal = (message: LocalText): Result<never, FrameProblem[]> =>
  err([{ code: message.da === TOO_MANY_FRAME_ROWS.da ? 'too-many-rows' : 'unreadable', message }]);

/** The header and the frame's rows below it. */
const FRAME_SHEET_ROWS = MAX_FRAME_CASES + 1;
const frameSheetReader: SheetReader = (data) => readSpreadsheetInWorker(data, SHEET_READ_TIMEOUT_MS * 3, FRAME_SHEET_ROWS, TOO_MANY_FRAME_ROWS);
const frameCsvReader: SheetReader = (data) => readCsvInWorker(data, SHEET_READ_TIMEOUT_MS * 3, FRAME_SHEET_ROWS, TOO_MANY_FRAME_ROWS);

export async function importFrameFile(
  file: OpenedFile,
  vocabulary: StratumVocabulary,
  readSheet: SheetReader = frameSheetReader,
  readCsv: SheetReader = frameCsvReader,
): Promise<Result<ParsedFrame, FrameProblem[]>> {
  const table = await readTableFile(file, readSheet, ['.csv', '.txt'], readCsv);
  if (table.kind === 'refused') return refusal(table.message);
  // With a csv reader every csv comes back as rows; the text is split here only for a caller without one.
  return parseFrameRows(table.kind === 'rows' ? table.rows : splitCsv(table.text), vocabulary);
}
