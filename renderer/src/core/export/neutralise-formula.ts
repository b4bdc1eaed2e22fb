/**
 * Export safety for text cells: formula-injection neutralisation and Excel's cell length limit.
 *
 * Why a leading apostrophe, kept inside a string cell:
 * - In the .xlsx we write, every text is a string cell (`t: 's'`), never a formula, so Excel and
 *   LibreOffice do not evaluate `=HYPERLINK(…)` even without help. The danger is the next step:
 *   a user copies cells into another sheet, saves as CSV, or pastes into a tool that re-parses
 *   the text. There a text beginning with `=`, `+`, `-`, `@`, tab or CR may be read as a formula
 *   (OWASP "CSV injection"; DDE payloads).
 * - OWASP's advice is to prefix such a cell with a single quote. A leading `'` is the marker that
 *   Excel, LibreOffice Calc and Google Sheets all take as "this is text" when the text is typed,
 *   pasted or read from CSV, so the prefixed value stays inert wherever it travels.
 * - Alternatives fail somewhere: a leading tab is itself one of the dangerous characters and is a
 *   delimiter in TSV/clipboard pastes; a leading space is trimmed by several importers; Excel's
 *   hidden "quote prefix" is a cell style that is lost the moment the value leaves the file.
 * - The cost: the apostrophe is part of the exported value (the codebook will say so). Only text
 *   is touched: numbers stay numeric cells, so a numeric answer of -5 is exported as the number -5.
 *
 * Excel refuses a cell of more than 32,767 characters (SheetJS throws), so longer texts are cut
 * and every cut is reported to the user.
 *
 * Order matters: neutralise FIRST, then cut. Cutting a 40,000-character "=…" to 32,767 and then
 * adding the apostrophe makes 32,768 characters, a cell no spreadsheet accepts. `cellText` is the
 * one function that does both in that order; every sheet builder uses it (directly or through
 * `safeCellText`), and the xlsx writer applies it once more to every text cell it writes, so no
 * sheet can ever carry a formula-like or over-long text (it is idempotent).
 */
import { EXCEL_CELL_MAX_CHARS } from '../limits/limits';

/** Characters that make a spreadsheet or CSV consumer treat a text as a formula (OWASP). */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** The prefix that makes a triggering text inert. */
export const FORMULA_GUARD = "'";

/** Excel's limit on the characters (UTF-16 code units) of one cell (`core/limits`). */
export const EXCEL_MAX_CELL_CHARS = EXCEL_CELL_MAX_CHARS;

/** `'=1+1` for `=1+1`; any text not starting with a trigger character is returned unchanged. */
export function neutraliseFormula(text: string): string {
  const first = text.charAt(0);
  return FORMULA_TRIGGERS.includes(first) ? FORMULA_GUARD + text : text;
}

/** True when `text` would be neutralised by `neutraliseFormula`. */
export function needsNeutralising(text: string): boolean {
  return FORMULA_TRIGGERS.includes(text.charAt(0));
}

/**
 * Cuts `text` to at most `max` UTF-16 code units without splitting a surrogate pair (an emoji is
 * never cut in half). Returns the text unchanged when it fits.
 */
export function truncateCellText(text: string, max: number = EXCEL_MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // high surrogate whose partner would be cut off
  return text.slice(0, end);
}

export interface SafeText {
  text: string;
  /** The length before cutting, when the text was cut to fit a cell. */
  truncatedFrom?: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every unpaired surrogate replaced by U+FFFD, as UTF-8 encoding would do anyway: done
 * first, so the cell, the file and the checksum all hold the same text.
 */
export function wellFormed(text: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/**
 * THE way a text becomes a cell: neutralised against formula injection first, then cut to Excel's
 * limit (so the apostrophe is counted). Idempotent: `cellText(cellText(t)) === cellText(t)`.
 */
export function cellText(text: string): string {
  return truncateCellText(neutraliseFormula(text));
}

/** `cellText` of the well-formed text, saying when it was cut (for the About sheet's report). */
export function safeCellText(text: string): SafeText {
  const whole = wellFormed(text);
  const fitted = cellText(whole);
  return fitted.length === neutraliseFormula(whole).length ? { text: fitted } : { text: fitted, truncatedFrom: text.length };
}

/**
 * Undoes `neutraliseFormula` for a code read back from a cell (`'-1` → `-1`). Only for codes and
 * code lists, whose values never begin with an apostrophe of their own.
 */
export function unneutraliseCode(text: string): string {
  return text.startsWith(FORMULA_GUARD) && FORMULA_TRIGGERS.includes(text.charAt(1)) ? text.slice(1) : text;
}
