/**
 * The checksum in `About`: SHA-256 over a canonical text of a data sheet's rows, defined so that an
 * auditor can recompute it from the workbook alone (see `CHECKSUM_DEFINITION`).
 */
import type { CellValue } from './data-rows';
import { localTimestamp } from './excel-date';
import { sha256Sink, type ByteSink } from './byte-sinks';

/** The definition, as written in `About` (English; it is a technical specification). */
export const CHECKSUM_DEFINITION =
  'SHA-256, lower-case hex, of the UTF-8 bytes of this text: the header row, then every data row in ' +
  'sheet order (continuation sheets such as "Data (2)" follow on, their repeated header skipped), each ' +
  'row as its cells from the first to the last column joined by TAB (U+0009) and ended by LF (U+000A). ' +
  'A cell is written as: empty cell = nothing; number = shortest round-trip decimal, as JavaScript ' +
  'String(n) (integers without ".0", e.g. 120, -99, 14.285714285714286); date = local time ' +
  '"YYYY-MM-DD hh:mm:ss"; text = the text exactly as in the cell (a leading apostrophe included), ' +
  'with "\\" written as "\\\\", TAB as "\\t", LF as "\\n" and CR as "\\r".';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One cell in canonical form. */
export function canonicalCell(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return localTimestamp(cell);
  return /[\\\t\n\r]/.test(cell) ? cell.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : cell;
}

/** One row in canonical form, LF included. */
export function canonicalRow(row: readonly CellValue[]): string {
  let out = '';
  for (let i = 0; i < row.length; i++) out += (i === 0 ? '' : '\t') + canonicalCell(row[i] ?? null);
  return `${out}\n`;
}

/**
 * Feeds rows to SHA-256 in batches (encoding row by row would dominate the cost). `add` returns a
 * promise when a batch went to the hasher (await it before adding more: that is the backpressure).
 */
export class RowChecksum {
  private readonly encoder = new TextEncoder();
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly sink: ByteSink<string> = sha256Sink()) {}

  add(row: readonly CellValue[]): Promise<void> | undefined {
    const text = canonicalRow(row);
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.pendingLength > 1 << 18 ? this.flush() : undefined;
  }

  async hex(): Promise<string> {
    await this.flush();
    return this.sink.finish();
  }

  private flush(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    const bytes = this.encoder.encode(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    return this.sink.write(bytes);
  }
}
