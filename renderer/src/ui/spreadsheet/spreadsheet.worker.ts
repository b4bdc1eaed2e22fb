/**
 * Reads the first sheet of an xlsx file into a plain matrix of strings. Runs in a Worker that the
 * caller terminates after one use: SheetJS 0.18.5 can pollute Object.prototype when reading a
 * crafted file, and that pollution must die with this throw-away global scope. The caller still
 * checks the shape of whatever comes back (see `sheet-matrix.ts`).
 */
import { read, utils } from 'xlsx';
import { MAX_SHEET_ROWS } from './sheet-limits';

export type SheetReply = { ok: true; rows: unknown } | { ok: false; error: string };

// The renderer's TypeScript program has the DOM lib, not WebWorker's: name the two members used.
const scope = self as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage(message: SheetReply): void };

/** The file and the row limit: `{ bytes, maxRows }`, or the bare bytes (the population table's limit). */
function requestOf(data: unknown): { bytes: ArrayBuffer; maxRows: number } {
  if (data instanceof ArrayBuffer) return { bytes: data, maxRows: MAX_SHEET_ROWS };
  const request = data as { bytes?: unknown; maxRows?: unknown } | null;
  if (request && request.bytes instanceof ArrayBuffer && typeof request.maxRows === 'number' && Number.isInteger(request.maxRows) && request.maxRows > 0) {
    return { bytes: request.bytes, maxRows: request.maxRows };
  }
  throw new Error('expected the file as an ArrayBuffer');
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  let reply: SheetReply;
  try {
    const { bytes, maxRows } = requestOf(event.data);
    const workbook = read(new Uint8Array(bytes), {
      type: 'array',
      sheets: 0, // the first sheet only
      sheetRows: maxRows + 1, // one more, so the caller can tell a sheet that is too long
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
    const name = workbook.SheetNames[0];
    const sheet = name === undefined ? undefined : workbook.Sheets[name];
    if (!sheet) throw new Error('the workbook has no sheet');
    // raw: false gives each cell's formatted text; defval fills gaps so rows are dense.
    const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
    reply = { ok: true, rows };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
