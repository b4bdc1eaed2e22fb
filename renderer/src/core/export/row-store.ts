/**
 * The Data rows of one export, held compactly until they are written: each cell as a kind byte and
 * a float (a number, a date's milliseconds, or the index of a text) in typed-array blocks, texts in
 * one table (repeated ones once). 100,000 rows × 170 cells as JS arrays would be 17 million traced
 * slots that every major garbage collection walks while the XML is produced; typed arrays are not
 * traced, and numbers are not boxed. Rows are materialised one at a time for writing.
 */
import type { CellValue } from './data-rows';

const EMPTY = 0;
const NUMBER = 1;
const TEXT = 2;
const DATE = 3;

const BLOCK_ROWS = 1_024;

export class RowStore {
  private readonly kinds: Uint8Array[] = [];
  private readonly values: Float64Array[] = [];
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private count = 0;

  /**
   * @param width cells per row
   * @param repeated per column: whether its texts repeat across rows (codes, statuses, names), so
   *   they are stored once; free texts are stored as they come.
   */
  constructor(
    readonly width: number,
    private readonly repeated: readonly boolean[],
  ) {}

  get length(): number {
    return this.count;
  }

  push(row: readonly CellValue[]): number {
    const i = this.count++;
    const b = Math.floor(i / BLOCK_ROWS);
    if (b === this.kinds.length) {
      this.kinds.push(new Uint8Array(BLOCK_ROWS * this.width));
      this.values.push(new Float64Array(BLOCK_ROWS * this.width));
    }
    const kinds = this.kinds[b] as Uint8Array;
    const values = this.values[b] as Float64Array;
    const at = (i % BLOCK_ROWS) * this.width;
    for (let c = 0; c < this.width; c++) {
      const cell = row[c] ?? null;
      if (cell === null) kinds[at + c] = EMPTY;
      else if (typeof cell === 'number') {
        kinds[at + c] = NUMBER;
        values[at + c] = cell;
      } else if (typeof cell === 'string') {
        kinds[at + c] = TEXT;
        values[at + c] = this.textId(cell, this.repeated[c] === true);
      } else {
        kinds[at + c] = DATE;
        values[at + c] = cell.getTime();
      }
    }
    return i;
  }

  /** One cell of row `i`. */
  cell(i: number, c: number): CellValue {
    const b = Math.floor(i / BLOCK_ROWS);
    const at = (i % BLOCK_ROWS) * this.width + c;
    const value = (this.values[b] as Float64Array)[at] as number;
    switch ((this.kinds[b] as Uint8Array)[at]) {
      case NUMBER:
        return value;
      case TEXT:
        return this.texts[value] as string;
      case DATE:
        return new Date(value);
      default:
        return null;
    }
  }

  /** Row `i` as an array of cells (a fresh array: the caller may keep or change it). */
  row(i: number): CellValue[] {
    const out = new Array<CellValue>(this.width);
    for (let c = 0; c < this.width; c++) out[c] = this.cell(i, c);
    return out;
  }

  /** Sets a numeric (or empty) cell, e.g. the weight once the whole selection is known. */
  setNumber(i: number, c: number, value: number | null): void {
    const b = Math.floor(i / BLOCK_ROWS);
    const at = (i % BLOCK_ROWS) * this.width + c;
    (this.kinds[b] as Uint8Array)[at] = value === null ? EMPTY : NUMBER;
    (this.values[b] as Float64Array)[at] = value ?? 0;
  }

  private textId(text: string, repeated: boolean): number {
    if (repeated) {
      const known = this.textIds.get(text);
      if (known !== undefined) return known;
      this.textIds.set(text, this.texts.length);
    }
    this.texts.push(text);
    return this.texts.length - 1;
  }
}
