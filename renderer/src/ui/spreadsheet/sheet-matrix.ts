/**
 * Checks what the spreadsheet Worker sent back before anything reads it: the Worker ran a parser
 * that a crafted file can subvert, so its reply is treated as untrusted input. Only a bounded array
 * of arrays of plain strings/numbers/booleans passes, copied into fresh arrays of strings.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, ok, type Result } from '../../core/result';
import { MAX_CELL_LENGTH, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './sheet-limits';

const t = (da: string, en: string): LocalText => ({ da, en });

/** True for a genuine array whose own keys are its indices and nothing else (no `__proto__`, no extras). */
function isPlainArray(value: unknown): value is unknown[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  const keys = Reflect.ownKeys(value);
  return keys.every((k) => k === 'length' || (typeof k === 'string' && /^(0|[1-9]\d*)$/.test(k)));
}

function cellText(cell: unknown): string | undefined {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : undefined;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return undefined;
}

const malformed = t(
  'Filen kunne ikke læses som et regneark (uventet indhold).',
  'The file could not be read as a spreadsheet (unexpected content).',
);

/**
 * The Worker's rows as a fresh `string[][]`, or a message a coordinator can act on; more than
 * `maxRows` rows is refused with `tooManyRows` (the caller's words for its limit) when given.
 */
export function checkSheetMatrix(rows: unknown, maxRows = MAX_SHEET_ROWS, tooManyRows?: LocalText): Result<string[][], LocalText> {
  if (!isPlainArray(rows)) return err(malformed);
  if (rows.length > maxRows) {
    if (tooManyRows) return err(tooManyRows);
    return err(t(`Arket har mere end ${maxRows} rækker: det er for mange til denne fil.`, `The sheet has more than ${maxRows} rows: too many for this file.`));
  }
  const out: string[][] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (!isPlainArray(row)) return err(malformed);
    if (row.length > MAX_SHEET_COLUMNS) {
      return err(t(`Række ${r + 1} har mere end ${MAX_SHEET_COLUMNS} kolonner.`, `Row ${r + 1} has more than ${MAX_SHEET_COLUMNS} columns.`));
    }
    const cells: string[] = [];
    for (let c = 0; c < row.length; c += 1) {
      const text = cellText(row[c]);
      if (text === undefined) return err(malformed);
      if (text.length > MAX_CELL_LENGTH) {
        return err(t(`Række ${r + 1}, kolonne ${c + 1}: cellen er for lang.`, `Row ${r + 1}, column ${c + 1}: the cell is too long.`));
      }
      cells.push(text);
    }
    out.push(cells);
  }
  return ok(out);
}

/** The Worker's whole reply: `{ ok: true, rows }` or `{ ok: false, error }`, own keys only. */
export function checkSheetReply(reply: unknown, maxRows = MAX_SHEET_ROWS, tooManyRows?: LocalText): Result<string[][], LocalText> {
  if (typeof reply !== 'object' || reply === null || Object.getPrototypeOf(reply) !== Object.prototype) return err(malformed);
  const own = (key: string): unknown => (Object.hasOwn(reply, key) ? (reply as Record<string, unknown>)[key] : undefined);
  if (own('ok') === true) return checkSheetMatrix(own('rows'), maxRows, tooManyRows);
  const error = own('error');
  const detail = typeof error === 'string' ? error.slice(0, 200) : '';
  return err(t(`Filen kunne ikke læses som et Excel-regneark (xlsx). ${detail}`.trim(), `The file could not be read as an Excel workbook (xlsx). ${detail}`.trim()));
}

/**
 * The Worker's reply for named sheets: `{ ok: true, sheets: { name: rows } }`, only the names asked
 * for (matched ignoring case, given back as asked), each checked as one sheet is.
 */
export function checkWorkbookReply(reply: unknown, names: readonly string[], maxRows = MAX_SHEET_ROWS): Result<Record<string, string[][]>, LocalText> {
  if (typeof reply !== 'object' || reply === null || Object.getPrototypeOf(reply) !== Object.prototype) return err(malformed);
  const own = (from: object, key: string): unknown => (Object.hasOwn(from, key) ? (from as Record<string, unknown>)[key] : undefined);
  if (own(reply, 'ok') !== true) {
    const failed = checkSheetReply(reply, maxRows);
    return failed.ok ? err(malformed) : err(failed.error);
  }
  const sheets = own(reply, 'sheets');
  if (typeof sheets !== 'object' || sheets === null || Object.getPrototypeOf(sheets) !== Object.prototype) return err(malformed);
  const out: Record<string, string[][]> = {};
  for (const key of Object.keys(sheets)) {
    const name = names.find((n) => n.toLowerCase() === key.trim().toLowerCase());
    if (name === undefined || Object.hasOwn(out, name)) return err(malformed);
    const rows = checkSheetMatrix(own(sheets, key), maxRows);
    if (!rows.ok) return err({ da: `Arket ${name}: ${rows.error.da}`, en: `Sheet ${name}: ${rows.error.en}` });
    out[name] = rows.value;
  }
  return ok(out);
}
