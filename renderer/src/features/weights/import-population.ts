/**
 * A population file the coordinator picked → a validated population table, or the reasons it was
 * refused (each naming its row or column). Nothing here stores anything: a refused file changes nothing.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { parsePopulationRows, type PopulationProblem } from '../../core/weights/parse-population';
import { parsePopulationCsv } from '../../core/weights/population-csv';
import type { PopulationTable, StratumVocabulary } from '../../core/weights/population';
import type { OpenedFile } from '../../host/host';
import { decodeCsvText } from '../../ui/spreadsheet/decode-text';
import { readSpreadsheetInWorker, type SheetReader } from '../../ui/spreadsheet/read-spreadsheet';

const refusal = (message: LocalText): Result<never, PopulationProblem[]> => err([{ code: 'invalid', message }]);

/** An xlsx file is a zip archive: it starts with "PK\x03\x04". */
const isZip = (data: Uint8Array) => data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

export async function importPopulationFile(
  file: OpenedFile,
  vocabulary: StratumVocabulary,
  readSheet: SheetReader = readSpreadsheetInWorker,
): Promise<Result<PopulationTable, PopulationProblem[]>> {
  const name = file.name.toLowerCase();
  if (file.data.byteLength === 0) return refusal({ da: 'Filen er tom.', en: 'The file is empty.' });
  if (name.endsWith('.csv')) return parsePopulationCsv(decodeCsvText(file.data), vocabulary);
  if (name.endsWith('.xlsx')) {
    if (!isZip(file.data)) {
      return refusal({
        da: 'Filen hedder .xlsx, men er ikke en Excel-projektmappe. Gem den fra Excel som .xlsx eller .csv.',
        en: 'The file is named .xlsx but is not an Excel workbook. Save it from Excel as .xlsx or .csv.',
      });
    }
    const rows = await readSheet(file.data);
    return rows.ok ? parsePopulationRows(rows.value, vocabulary) : refusal(rows.error);
  }
  return refusal({
    da: 'Vælg en .xlsx- eller .csv-fil.',
    en: 'Choose an .xlsx or .csv file.',
  });
}
