/**
 * Reads the first sheet of an xlsx file into a plain matrix of strings. Runs in a Worker that the
 * caller terminates after one use: SheetJS 0.18.5 can pollute Object.prototype when reading a
 * crafted file, and that pollution must die with this throw-away global scope. The caller still
 * checks the shape of whatever comes back (see `sheet-matrix.ts`).
 */
import { read, utils } from 'xlsx';
import { csvRows } from './csv-rows';
import { MAX_SHEET_ROWS } from './sheet-limits';
import { namedSheetRows } from './named-sheet-rows';

export type SheetReply = { ok: true; rows: unknown } | { ok: true; sheets: Record<string, unknown> } | { ok: false; error: string };

// The renderer's TypeScript program has the DOM lib, not WebWorker's: name the two members used.
const scope = self as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage(message: SheetReply): void };

/**
 * The file and the row limit: `{ bytes, maxRows }`, or the bare bytes (the population table's limit);
 * with `sheets`, the named sheets (compared ignoring case) instead of the first; with `csv: true`, a
 * csv file split into rows.
 */
function requestOf(data: unknown): { bytes: ArrayBuffer; maxRows: number; sheets?: string[]; csv?: true } {
  if (data instanceof ArrayBuffer) return { bytes: data, maxRows: MAX_SHEET_ROWS };
  const request = data as { bytes?: unknown; maxRows?: unknown; sheets?: unknown; csv?: unknown } | null;
  if (request && request.bytes instanceof ArrayBuffer && typeof request.maxRows === 'number' && Number.isInteger(request.maxRows) && request.maxRows > 0) {
    if (request.csv === true) return { bytes: request.bytes, maxRows: request.maxRows, csv: true };
    const sheets = request.sheets;
    if (Array.isArray(sheets) && sheets.every((s) => typeof s === 'string')) return { bytes: request.bytes, maxRows: request.maxRows, sheets: sheets as string[] };
    return { bytes: request.bytes, maxRows: request.maxRows };
  }
  throw new Error('expected the file as an ArrayBuffer');
}

const OPTIONS = { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false } as const;
// raw: false gives each cell's formatted text; defval fills gaps so rows are dense.
const rowsOf = (sheet: Parameters<typeof utils.sheet_to_json>[0]) => utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });

/** The named sheets present in the file: names first (cheap), then only those sheets. */
function namedSheets(bytes: Uint8Array, wanted: readonly string[], maxRows: number): Record<string, unknown> {
  const names = read(bytes, { ...OPTIONS, bookSheets: true }).SheetNames;
  const present = names.filter((name) => wanted.some((w) => w.toLowerCase() === name.trim().toLowerCase()));
  if (present.length === 0) return {};
  // No sheetRows here: rows are bounded by the last filled cell (named-sheet-rows.ts), and the file by its size.
  const workbook = read(bytes, { ...OPTIONS, sheets: present });
  const out: Record<string, unknown> = {};
  for (const name of present) {
    const sheet = workbook.Sheets[name];
    if (sheet) out[name] = namedSheetRows(sheet, maxRows);
  }
  return out;
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  let reply: SheetReply;
  try {
    const { bytes, maxRows, sheets, csv } = requestOf(event.data);
    if (csv) {
      // One row more than the limit, so the caller can tell a file that is too long; the rest is never split.
      reply = { ok: true, rows: csvRows(new Uint8Array(bytes), maxRows) };
    } else if (sheets) {
      reply = { ok: true, sheets: namedSheets(new Uint8Array(bytes), sheets, maxRows) };
    } else {
      const workbook = read(new Uint8Array(bytes), {
        ...OPTIONS,
        sheets: 0, // the first sheet only
        sheetRows: maxRows + 1, // one more, so the caller can tell a sheet that is too long
      });
      const name = workbook.SheetNames[0];
      const sheet = name === undefined ? undefined : workbook.Sheets[name];
      if (!sheet) throw new Error('the workbook has no sheet');
      reply = { ok: true, rows: rowsOf(sheet) };
    }
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
