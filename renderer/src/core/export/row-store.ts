/**
 * The Data rows of one export, held compactly until they are written: 100,000 rows × 170 cells as
 * JS arrays would be 17 million traced slots that every major garbage collection walks while the
 * XML is produced; typed arrays are not traced, and numbers are not boxed.
 *
 * Each cell is a kind byte and a 16-bit payload (3 bytes): most cells are empty, a code, 0/1 or
 * −99, and fit. What does not fit (a date's milliseconds, a fraction, a large number, the index of
 * a text past the first 32,768) goes to one list of wide values, in row order, the payload then
 * being its place among its row's wide values. At 100,000 × 171 that is ~55 MB where a kind byte
 * and a float per cell were 154 MB (`npm run bench`, the export's breakdown). Texts live in one
 * table (repeated ones once). Rows are materialised one at a time for writing.
 */
import type { CellValue } from './data-rows';

const EMPTY = 0;
/** A number in the payload. */
const SMALL = 1;
/** A number among the row's wide values. */
const NUMBER = 2;
/** A text whose index is the payload. */
const TEXT = 3;
/** A text whose index is among the row's wide values. */
const WIDE_TEXT = 4;
/** A date whose milliseconds are among the row's wide values. */
const DATE = 5;

const BLOCK_ROWS = 1_024;
const MIN_PAYLOAD = -32_768;
const MAX_PAYLOAD = 32_767;

const fitsPayload = (n: number) => Number.isInteger(n) && n >= MIN_PAYLOAD && n <= MAX_PAYLOAD && !Object.is(n, -0);

/** Cells set after their row was stored (the weight), one column at a time. */
class ColumnPatch {
  set = new Uint8Array(0);
  values = new Float64Array(0);

  put(i: number, value: number | null): void {
    if (i >= this.set.length) {
      const n = Math.max(i + 1, this.set.length * 2, BLOCK_ROWS);
      const set = new Uint8Array(n);
      const values = new Float64Array(n);
      set.set(this.set);
      values.set(this.values);
      this.set = set;
      this.values = values;
    }
    this.set[i] = value === null ? 1 : 2;
    this.values[i] = value ?? 0;
  }
}

export class RowStore {
  private readonly kinds: Uint8Array[] = [];
  private readonly payloads: Int16Array[] = [];
  /** Per row: where its wide values start in `wide`. */
  private readonly wideStart: Int32Array[] = [];
  private readonly wide: number[] = [];
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly patches: (ColumnPatch | undefined)[];
  private count = 0;

  /**
   * @param width cells per row (at most 32,768: a wide value's place in its row is a payload)
   * @param repeated per column: whether its texts repeat across rows (codes, statuses, names), so
   *   they are stored once; free texts are stored as they come.
   */
  constructor(
    readonly width: number,
    private readonly repeated: readonly boolean[],
  ) {
    if (width > MAX_PAYLOAD + 1) throw new Error(`RowStore: ${width} columns; at most ${MAX_PAYLOAD + 1}.`);
    this.patches = Array.from({ length: width }, () => undefined);
  }

  get length(): number {
    return this.count;
  }

  push(row: readonly CellValue[]): number {
    const i = this.count++;
    const b = Math.floor(i / BLOCK_ROWS);
    if (b === this.kinds.length) {
      this.kinds.push(new Uint8Array(BLOCK_ROWS * this.width));
      this.payloads.push(new Int16Array(BLOCK_ROWS * this.width));
      this.wideStart.push(new Int32Array(BLOCK_ROWS));
    }
    const kinds = this.kinds[b] as Uint8Array;
    const payloads = this.payloads[b] as Int16Array;
    const wide = this.wide;
    const start = wide.length;
    (this.wideStart[b] as Int32Array)[i % BLOCK_ROWS] = start;
    const at = (i % BLOCK_ROWS) * this.width;
    for (let c = 0; c < this.width; c++) {
      const cell = row[c] ?? null;
      if (cell === null) kinds[at + c] = EMPTY;
      else if (typeof cell === 'number') {
        if (fitsPayload(cell)) {
          kinds[at + c] = SMALL;
          payloads[at + c] = cell;
        } else {
          kinds[at + c] = NUMBER;
          payloads[at + c] = wide.length - start;
          wide.push(cell);
        }
      } else if (typeof cell === 'string') {
        const id = this.textId(cell, this.repeated[c] === true);
        if (id <= MAX_PAYLOAD) {
          kinds[at + c] = TEXT;
          payloads[at + c] = id;
        } else {
          kinds[at + c] = WIDE_TEXT;
          payloads[at + c] = wide.length - start;
          wide.push(id);
        }
      } else {
        kinds[at + c] = DATE;
        payloads[at + c] = wide.length - start;
        wide.push(cell.getTime());
      }
    }
    return i;
  }

  /** One cell of row `i`. */
  cell(i: number, c: number): CellValue {
    const patch = this.patches[c];
    if (patch && i < patch.set.length && patch.set[i] !== 0) return patch.set[i] === 1 ? null : (patch.values[i] as number);
    const b = Math.floor(i / BLOCK_ROWS);
    const r = i % BLOCK_ROWS;
    const at = r * this.width + c;
    const payload = (this.payloads[b] as Int16Array)[at] as number;
    switch ((this.kinds[b] as Uint8Array)[at]) {
      case SMALL:
        return payload;
      case TEXT:
        return this.texts[payload] as string;
      case NUMBER:
        return this.wide[((this.wideStart[b] as Int32Array)[r] as number) + payload] as number;
      case WIDE_TEXT:
        return this.texts[this.wide[((this.wideStart[b] as Int32Array)[r] as number) + payload] as number] as string;
      case DATE:
        return new Date(this.wide[((this.wideStart[b] as Int32Array)[r] as number) + payload] as number);
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
    if (i >= this.count || c < 0 || c >= this.width) throw new RangeError(`RowStore: no cell ${i}, ${c}.`);
    let patch = this.patches[c];
    if (!patch) this.patches[c] = patch = new ColumnPatch();
    patch.put(i, value);
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
