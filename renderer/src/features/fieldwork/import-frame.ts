/**
 * A sample-frame file the coordinator picked → validated cases, or the reasons it was refused (each
 * naming its row and column). Spreadsheets are read in a disposable Worker; nothing here stores anything.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { parseFrameCsv, parseFrameRows, type FrameProblem, type ParsedFrame } from '../../core/fieldwork/parse-frame';
import type { StratumVocabulary } from '../../core/weights/population';
import type { OpenedFile } from '../../host/host';
import { decodeCsvText } from '../../ui/spreadsheet/decode-text';
import { readSpreadsheetInWorker, type SheetReader } from '../../ui/spreadsheet/read-spreadsheet';
import { MAX_FRAME_ROWS, SHEET_READ_TIMEOUT_MS } from '../../ui/spreadsheet/sheet-limits';

const refusal = (message: LocalText): Result<never, FrameProblem[]> => err([{ code: 'unreadable', message }]);

/** An xlsx file is a zip archive: it starts with "PK\x03\x04". */
const isZip = (data: Uint8Array) => data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

const frameSheetReader: SheetReader = (data) => readSpreadsheetInWorker(data, SHEET_READ_TIMEOUT_MS * 3, MAX_FRAME_ROWS + 1);

export async function importFrameFile(
  file: OpenedFile,
  vocabulary: StratumVocabulary,
  readSheet: SheetReader = frameSheetReader,
): Promise<Result<ParsedFrame, FrameProblem[]>> {
  const name = file.name.toLowerCase();
  if (file.data.byteLength === 0) return refusal({ da: 'Filen er tom.', en: 'The file is empty.' });
  if (name.endsWith('.csv') || name.endsWith('.txt')) return parseFrameCsv(decodeCsvText(file.data), vocabulary);
  if (name.endsWith('.xlsx')) {
    if (!isZip(file.data)) {
      return refusal({
        da: 'Filen hedder .xlsx, men er ikke en Excel-projektmappe. Gem den fra Excel som .xlsx eller .csv.',
        en: 'The file is named .xlsx but is not an Excel workbook. Save it from Excel as .xlsx or .csv.',
      });
    }
    const rows = await readSheet(file.data);
    return rows.ok ? parseFrameRows(rows.value, vocabulary) : refusal(rows.error);
  }
  return refusal({ da: 'Vælg en .xlsx- eller .csv-fil.', en: 'Choose an .xlsx or .csv file.' });
}
