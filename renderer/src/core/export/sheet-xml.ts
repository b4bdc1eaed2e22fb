/**
 * SpreadsheetML (ECMA-376) pieces of a worksheet: cell references, text escaping, the shared-string
 * table and one row's XML. Plain strings, no DOM. Every text is a shared-string cell (`t="s"`) and
 * no cell ever has a formula (`<f>`), so nothing in the file can be evaluated.
 */
import type { CellValue } from './data-rows';
import { excelSerial } from './excel-date';
import { cellText } from './neutralise-formula';

/** Cell styles (indexes into `cellXfs` of styles.xml, see workbook-parts). */
export const STYLE = { plain: 0, date: 1, header: 2, percent: 3, day: 4 } as const;
/** A column's number format: a share as a percent, or a calendar date (a date question) without a time. */
export type CellStyle = 'percent' | 'day';

/** `A`, `B`, …, `Z`, `AA`, … for a 0-based column index. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const XML_SPECIAL = /[&<>"]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Characters XML 1.0 cannot hold literally (C0 controls but tab and LF, U+FFFE/U+FFFF), and CR
 * (an XML parser turns a literal CR into LF), are written `_xHHHH_` as Excel does; a text that
 * itself contains `_xHHHH_` gets its underscore escaped as `_x005F_`, so it reads back unchanged.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_OOXML_ESCAPE = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  let out = text;
  NEEDS_OOXML_ESCAPE.lastIndex = 0;
  if (NEEDS_OOXML_ESCAPE.test(out)) out = out.replace(NEEDS_OOXML_ESCAPE, hex4);
  XML_SPECIAL.lastIndex = 0;
  if (XML_SPECIAL.test(out)) out = out.replace(XML_SPECIAL, (c) => XML_ESCAPES[c] ?? c);
  return out;
}

/** The shared-string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Cells referring to the table (the `count` attribute). */
  references = 0;

  indexOf(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }

  get uniqueCount(): number {
    return this.texts.length;
  }

  /** The table's XML in pieces (it can be large), for a streaming writer. */
  *xml(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    yield `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">`;
    let batch = '';
    for (const text of this.texts) {
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      batch += `<si><t${space}>${escapeXml(text)}</t></si>`;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}</sst>`;
  }
}

/**
 * One `<row>`: `rowNumber` is 1-based. Empty cells (null) are left out. Numbers are written with
 * JavaScript's shortest round-trip form; dates as local-time serials with the date style.
 *
 * A cell carries its reference (`r`) only after a gap (or when the row does not start in column A):
 * Office places a `c` without `r` in the column after the previous cell's, the first at A
 * ([MS-OI29500] 2.1.590, Part 1 §18.3.1.4), as SheetJS, openpyxl and LibreOffice do. That is a
 * third less XML to build, encode and compress. (Plain `+` concatenation: the hottest loop.)
 */
export function rowXml(
  rowNumber: number,
  cells: readonly CellValue[],
  letters: readonly string[],
  strings: SharedStrings,
  header = false,
  styles?: readonly (CellStyle | undefined)[],
): string {
  const rs = String(rowNumber);
  const textStyle = header ? ` s="${STYLE.header}"` : '';
  let xml = '<row r="' + rs + '">';
  let next = 0; // the column a cell without `r` would land in
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === null || cell === undefined) continue;
    const open = c === next ? '<c' : '<c r="' + (letters[c] ?? columnLetters(c)) + rs + '"';
    next = c + 1;
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      xml += open + (styles?.[c] === 'percent' ? ` s="${STYLE.percent}"` : '') + '><v>' + cell + '</v></c>';
    } else if (typeof cell === 'string' || typeof cell === 'number') {
      // NaN and ±Infinity have no numeric cell: written as text. Every text passes `cellText` here
      // as the last step (neutralised, then cut to 32,767): builders do it already and report cuts;
      // this makes it impossible for any sheet to miss (a second pass changes nothing).
      xml += open + textStyle + ' t="s"><v>' + strings.indexOf(typeof cell === 'string' ? cellText(cell) : String(cell)) + '</v></c>';
    } else if (!Number.isNaN(cell.getTime())) {
      xml += open + ` s="${styles?.[c] === 'day' ? STYLE.day : STYLE.date}"><v>` + excelSerial(cell) + '</v></c>';
    } else {
      next = c; // nothing written: the next cell needs its reference
    }
  }
  return xml + '</row>';
}
