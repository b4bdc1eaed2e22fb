/** One sheet of an XLSForm as rows of named cells, each able to say where it sits in the file. */
import { LANGS, type Lang, type LocalText } from '../questionnaire/model';
import { unneutraliseCode } from '../export/neutralise-formula';
import { languageOf, readColumn, type Column } from './columns';
import type { CellPlace, XlsFormProblem } from './xlsform-types';

export class SheetRow {
  constructor(
    readonly sheet: string,
    /** The spreadsheet row number (the header is row 1). */
    readonly row: number,
    private readonly columns: readonly Column[],
    private readonly cells: readonly string[],
  ) {}

  private cellAt(index: number): string {
    // A leading apostrophe guards a cell that starts like a formula (the app's own export writes one).
    return unneutraliseCode((this.cells[index] ?? '').trim());
  }

  /** The cell of an untranslated column (first match), trimmed; '' when absent. */
  text(key: string): string {
    const index = this.columns.findIndex((c) => c.key === key && c.language === undefined);
    return index < 0 ? '' : this.cellAt(index);
  }

  /** The header of a column as written, for messages (the canonical key when the sheet lacks it). */
  header(key: string): string {
    return this.columns.find((c) => c.key === key)?.header ?? key;
  }

  place(key?: string): CellPlace {
    return key === undefined ? { sheet: this.sheet, row: this.row } : { sheet: this.sheet, row: this.row, column: this.header(key) };
  }

  /** Every non-empty cell of a translated column, by the app's language; other languages are reported. */
  translations(key: string, defaultLang: Lang): { text: Partial<LocalText>; others: string[] } {
    const text: Partial<LocalText> = {};
    const others: string[] = [];
    this.columns.forEach((column, index) => {
      if (column.key !== key) return;
      const value = this.cellAt(index);
      if (value === '') return;
      const lang = column.language === undefined ? defaultLang : languageOf(column.language);
      if (lang === undefined) others.push(column.header);
      else if (text[lang] === undefined) text[lang] = value;
    });
    return { text, others };
  }

  /** Non-empty cells of columns the caller does not read, by header. */
  filled(keys: (key: string) => boolean): Column[] {
    return this.columns.filter((column, index) => keys(column.key) && this.cellAt(index) !== '');
  }
}

export interface SheetTable {
  name: string;
  columns: readonly Column[];
  rows: readonly SheetRow[];
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => (cell ?? '').trim() === '');

/**
 * The sheet's rows below the header, skipping wholly empty rows (pyxform does the same). The header
 * is the first row that is not blank; `matrix[i]` is spreadsheet row i + 1, so a blank row above the
 * header or between rows keeps every row's number as the coordinator sees it.
 */
export function readSheet(name: string, matrix: readonly (readonly string[])[]): SheetTable {
  const headerIndex = Math.max(0, matrix.findIndex((cells) => !isBlank(cells)));
  const columns = (matrix[headerIndex] ?? []).map((header) => readColumn(header ?? ''));
  const rows: SheetRow[] = [];
  matrix.forEach((cells, i) => {
    if (i <= headerIndex || isBlank(cells)) return;
    rows.push(new SheetRow(name, i + 1, columns, cells));
  });
  return { name, columns, rows };
}

/** Finds a sheet by name regardless of case and surrounding spaces. */
export function findSheet(book: Readonly<Record<string, readonly (readonly string[])[]>>, name: string): SheetTable | undefined {
  const actual = Object.keys(book).find((sheet) => sheet.trim().toLowerCase() === name);
  const matrix = actual === undefined ? undefined : book[actual];
  return actual === undefined || matrix === undefined ? undefined : readSheet(actual, matrix);
}

/**
 * Text in both app languages from a translated column: a language the form lacks takes the other's
 * text (with a notice). Undefined when the column is empty in every language.
 */
export function localText(row: SheetRow, key: string, defaultLang: Lang, notices: XlsFormProblem[]): LocalText | undefined {
  const { text, others } = row.translations(key, defaultLang);
  for (const header of others) {
    notices.push({ ...row.place(), column: header, message: { da: `Sproget i kolonnen '${header}' bruges ikke: appen taler dansk og engelsk.`, en: `The language of column '${header}' is not used: the app speaks Danish and English.` } });
  }
  const present = LANGS.filter((lang) => text[lang] !== undefined);
  if (present.length === 0) return undefined;
  const fallback = text[present[0] as Lang] as string;
  if (present.length < LANGS.length) {
    const missing = LANGS.find((lang) => text[lang] === undefined);
    notices.push({
      ...row.place(key),
      message:
        missing === 'en'
          ? { da: `Ingen engelsk tekst i '${row.header(key)}': den danske bruges også på engelsk.`, en: `No English text in '${row.header(key)}': the Danish one is used in English too.` }
          : { da: `Ingen dansk tekst i '${row.header(key)}': den engelske bruges også på dansk.`, en: `No Danish text in '${row.header(key)}': the English one is used in Danish too.` },
    });
  }
  return { da: text.da ?? fallback, en: text.en ?? fallback };
}
