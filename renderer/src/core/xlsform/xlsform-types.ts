/**
 * An XLSForm as the app reads it: the workbook's sheets as plain matrices of cell text (the first
 * row holds the column headers), already taken out of the spreadsheet by the reading Worker and
 * checked there (see ui/spreadsheet). Everything here is framework-free.
 */
import type { LocalText, QuestionnaireDef } from '../questionnaire/model';

/** Sheet name (as written in the file) → rows of cell text; row 0 is the header. */
export type XlsFormBook = Readonly<Record<string, readonly (readonly string[])[]>>;

/** A place in the file, as pyxform names it: the sheet, the spreadsheet row (1 = the header row) and the column header. */
export interface CellPlace {
  sheet: string;
  row?: number;
  column?: string;
}

/** Why the form was refused, or (as a notice) what was read differently from how it was written. */
export interface XlsFormProblem extends CellPlace {
  message: LocalText;
  /** For an expression: the 0-based character offset within the cell. */
  position?: number;
}

export interface ImportedForm {
  def: QuestionnaireDef;
  /** Accepted, but worth a coordinator's look before the form is stored (an ignored column, a language copied). */
  notices: XlsFormProblem[];
}

export { t } from '../local-text';
