/**
 * A population file the coordinator picked → a validated population table, or the reasons it was
 * refused (each naming its row or column). Nothing here stores anything: a refused file changes nothing.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { parsePopulationRows, type PopulationProblem } from '../../core/weights/parse-population';
import { splitCsv } from '../../core/weights/split-csv';
import type { PopulationTable, StratumVocabulary } from '../../core/weights/population';
import type { OpenedFile } from '../../host/host';
import { readTableFile } from '../../ui/spreadsheet/read-table-file';
import { readCsvInWorker, readSpreadsheetInWorker, type SheetReader } from '../../ui/spreadsheet/read-spreadsheet';

const refusal = (message: LocalText): Result<never, PopulationProblem[]> => err([{ code: 'invalid', message }]);

export async function importPopulationFile(
  file: OpenedFile,
  vocabulary: StratumVocabulary,
  readSheet: SheetReader = readSpreadsheetInWorker,
  readCsv: SheetReader = readCsvInWorker,
): Promise<Result<PopulationTable, PopulationProblem[]>> {
  // A csv is split into rows in the Worker too, with the sheet's row cap.
  const table = await readTableFile(file, readSheet, ['.csv'], readCsv);
  if (table.kind === 'refused') return refusal(table.message);
  return parsePopulationRows(table.kind === 'csv' ? splitCsv(table.text) : table.rows, vocabulary);
}
