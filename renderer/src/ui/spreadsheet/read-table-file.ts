/**
 * A table file a coordinator picked (csv or xlsx) as text or as rows: the checks both the
 * population table and the sample frame make before their own parsing. The xlsx is read in the
 * disposable Worker (through `readSheet`); a file of another kind, an empty file and an .xlsx that
 * is not a zip archive are refused with a message.
 */
import type { LocalText } from '../../core/questionnaire/model';
import type { OpenedFile } from '../../host/host';
import { decodeCsvText } from './decode-text';
import type { SheetReader } from './read-spreadsheet';

export type TableFile = { kind: 'csv'; text: string } | { kind: 'rows'; rows: string[][] } | { kind: 'refused'; message: LocalText };

/** An xlsx file is a zip archive: it starts with "PK\x03\x04". */
const isZip = (data: Uint8Array) => data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

/**
 * With `readCsv`, a csv file is read by it into rows (the population table: in the Worker, with a
 * row cap); without, it comes back as text for the caller's own parser.
 */
export async function readTableFile(file: OpenedFile, readSheet: SheetReader, csvExtensions: readonly string[] = ['.csv'], readCsv?: SheetReader): Promise<TableFile> {
  const name = file.name.toLowerCase();
  if (file.data.byteLength === 0) return { kind: 'refused', message: { da: 'Filen er tom.', en: 'The file is empty.' } };
  if (csvExtensions.some((extension) => name.endsWith(extension))) {
    if (!readCsv) return { kind: 'csv', text: decodeCsvText(file.data) };
    const rows = await readCsv(file.data);
    return rows.ok ? { kind: 'rows', rows: rows.value } : { kind: 'refused', message: rows.error };
  }
  if (name.endsWith('.xlsx')) {
    if (!isZip(file.data)) {
      return {
        kind: 'refused',
        message: {
          da: 'Filen hedder .xlsx, men er ikke en Excel-projektmappe. Gem den fra Excel som .xlsx eller .csv.',
          en: 'The file is named .xlsx but is not an Excel workbook. Save it from Excel as .xlsx or .csv.',
        },
      };
    }
    const rows = await readSheet(file.data);
    return rows.ok ? { kind: 'rows', rows: rows.value } : { kind: 'refused', message: rows.error };
  }
  return { kind: 'refused', message: { da: 'Vælg en .xlsx- eller .csv-fil.', en: 'Choose an .xlsx or .csv file.' } };
}
