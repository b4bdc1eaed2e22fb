/**
 * An XLSForm file chosen by the coordinator: its sheets read in a disposable Worker (SheetJS never
 * reads a file in the window), then turned into a definition and checked whole.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { importXlsForm } from '../../core/xlsform/import-xlsform';
import type { ImportedForm, XlsFormProblem } from '../../core/xlsform/xlsform-types';
import type { OpenedFile } from '../../host/host';
import { readWorkbookInWorker, type WorkbookReader } from '../../ui/spreadsheet/read-spreadsheet';

/** The largest XLSForm a coordinator may pick (the barometer's own is about 20 kB). */
export const MAX_XLSFORM_FILE_BYTES = 5 * 1024 * 1024;
/** Rows per sheet: far above any questionnaire's survey and choices sheets. */
export const MAX_XLSFORM_ROWS = 5_000;

export type XlsFormRefusal = { kind: 'unreadable'; message: LocalText } | { kind: 'problems'; problems: XlsFormProblem[] };

const defaultReader: WorkbookReader = (data) => readWorkbookInWorker(data, ['survey', 'choices', 'settings'], undefined, MAX_XLSFORM_ROWS);

export async function readXlsFormFile(file: OpenedFile, readBook: WorkbookReader = defaultReader): Promise<Result<ImportedForm, XlsFormRefusal>> {
  const sheets = await readBook(file.data);
  if (!sheets.ok) return err({ kind: 'unreadable', message: sheets.error });
  const imported = importXlsForm(sheets.value);
  return imported.ok ? imported : err({ kind: 'problems', problems: imported.error });
}
