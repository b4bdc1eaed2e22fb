/**
 * The .xlsx writer of the export: sheets streamed row by row into compressed XML, so 100,000
 * responses × 170 columns never exist as one string or one cell-object tree.
 *
 * Why not SheetJS here: `XLSX.write` builds each sheet's XML as one string and keeps every cell as
 * an object first. Measured on this stack for 10,000 × 169: ~6 s and ~1 GB; 100,000 would need
 * ~10 GB and a sheet string past V8's maximum string length, so it cannot write the barometer at
 * scale. SheetJS stays the reference reader in the tests and the bare-write baseline of the benchmark.
 *
 * Every limit of the format is checked before anything is written for a sheet.
 */
import type { CellValue } from './data-rows';
import { EXCEL_MAX_COLUMNS } from './data-columns';
import { EXCEL_MAX_ROWS, ExportLimitError, sheetNameProblem } from './sheet-limits';
import { columnLetters, rowXml, SharedStrings, type CellStyle } from './sheet-xml';
import {
  contentTypesXml,
  rootRelsXml,
  sheetPath,
  stylesXml,
  workbookRelsXml,
  workbookXml,
  worksheetEndXml,
  worksheetStartXml,
  type WrittenSheet,
} from './workbook-parts';
import { ZipWriter, type ZipEntry } from './zip-writer';
import { IN_THREAD_SINKS, type ByteSinks } from './byte-sinks';

export { DATE_FORMAT, EXCEL_MAX_ROWS, EXCEL_MAX_SHEET_NAME, ExportLimitError, sheetNameProblem } from './sheet-limits';
export type { ExportLimitCode } from './sheet-limits';
export type { CellStyle } from './sheet-xml';

/** A sheet to stream: its header, how many data rows follow, and the rows. */
export interface SheetSource {
  name: string;
  header: readonly string[];
  /** Data rows below the header (needed up front for the sheet's extent). */
  rowCount: number;
  rows: Iterable<readonly CellValue[]>;
  /** Put an auto-filter on the header row (default true). */
  autoFilter?: boolean;
  /** Data rows the auto-filter covers (default all): a table with a block of notes below it filters the table only. */
  filterRows?: number;
  /** A number format per column (e.g. percent for shares). */
  columnStyles?: readonly (CellStyle | undefined)[];
  /** Called after each data row is written (progress, checksums); a returned promise is awaited. */
  onRow?(row: readonly CellValue[], index: number): Promise<void> | undefined | void;
}

/** A small sheet held whole: the first row is the header. */
export interface SheetData {
  name: string;
  rows: readonly (readonly CellValue[])[];
  autoFilter?: boolean;
  filterRows?: number;
  columnStyles?: readonly (CellStyle | undefined)[];
}

/** Bytes handed to the compressor at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * Encodes text straight into 1 MB chunks (`encodeInto`: no giant joined string) and hands each full
 * chunk to the ZIP entry; the next is one the compressor is done with (recycled), or a fresh one,
 * since the full one may be transferred away.
 */
class TextSink {
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(CHUNK_BYTES);
  private used = 0;

  constructor(private readonly entry: ZipEntry) {}

  /** Returns a promise when the text made a chunk go to the compressor (await it: backpressure). */
  push(text: string): Promise<void> | undefined {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + text.length * 3 <= this.buffer.length) {
      this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
      return undefined;
    }
    return this.flushThen(text);
  }

  private async flushThen(text: string): Promise<void> {
    await this.flush();
    if (text.length * 3 > this.buffer.length) await this.entry.write(this.encoder.encode(text));
    else this.used += this.encoder.encodeInto(text, this.buffer).written;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    this.buffer = this.entry.spare(CHUNK_BYTES) ?? new Uint8Array(CHUNK_BYTES);
    this.used = 0;
    await this.entry.write(full);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.entry.close();
  }
}

function checkWidth(sheet: string, row: readonly CellValue[], width: number): void {
  if (row.length > width) throw new ExportLimitError('too-many-columns', `A row of sheet "${sheet}" has more cells than its header.`);
}

/** Writes sheets one after another into one workbook. */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly strings = new SharedStrings();
  private readonly sheets: WrittenSheet[] = [];
  private readonly names = new Set<string>();

  constructor(modified: Date = new Date(), sinks: Pick<ByteSinks, 'deflate'> = IN_THREAD_SINKS) {
    this.zip = new ZipWriter(modified, sinks);
  }

  async addSheet(sheet: SheetSource): Promise<void> {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new ExportLimitError('sheet-name', `Sheet name "${sheet.name}" ${problem}.`);
    const folded = sheet.name.toLowerCase();
    if (this.names.has(folded)) throw new ExportLimitError('sheet-name', `Sheet name "${sheet.name}" is used twice.`);
    if (sheet.rowCount + 1 > EXCEL_MAX_ROWS) {
      throw new ExportLimitError('too-many-rows', `Sheet "${sheet.name}" has ${sheet.rowCount + 1} rows; Excel allows ${EXCEL_MAX_ROWS}.`);
    }
    const width = sheet.header.length;
    if (width > EXCEL_MAX_COLUMNS) {
      throw new ExportLimitError('too-many-columns', `Sheet "${sheet.name}" has ${width} columns; Excel allows ${EXCEL_MAX_COLUMNS}.`);
    }
    this.names.add(folded);

    const letters = Array.from({ length: Math.max(1, width) }, (_, i) => columnLetters(i));
    const ref = `A1:${letters[letters.length - 1] ?? 'A'}${sheet.rowCount + 1}`;
    const filterRef =
      sheet.autoFilter !== false && width > 0 ? `A1:${letters[letters.length - 1] ?? 'A'}${Math.min(sheet.filterRows ?? sheet.rowCount, sheet.rowCount) + 1}` : undefined;
    const sink = new TextSink(this.zip.entry(sheetPath(this.sheets.length)));
    await sink.push(worksheetStartXml(ref, true));
    await sink.push(rowXml(1, sheet.header, letters, this.strings, true));
    let index = 0;
    for (const row of sheet.rows) {
      if (index >= sheet.rowCount) throw new Error(`Sheet "${sheet.name}" has more rows than announced (${sheet.rowCount}).`);
      checkWidth(sheet.name, row, width);
      const pending = sink.push(rowXml(index + 2, row, letters, this.strings, false, sheet.columnStyles));
      if (pending) await pending;
      const after = sheet.onRow?.(row, index);
      if (after) await after;
      index++;
    }
    if (index !== sheet.rowCount) throw new Error(`Sheet "${sheet.name}" has ${index} rows, not the announced ${sheet.rowCount}.`);
    await sink.push(worksheetEndXml(filterRef));
    await sink.close();
    this.sheets.push(filterRef ? { name: sheet.name, filterRef } : { name: sheet.name });
  }

  /** Adds a small sheet held whole (its first row is the header). */
  addSheetData(sheet: SheetData): Promise<void> {
    const [header = [], ...rows] = sheet.rows;
    return this.addSheet({
      name: sheet.name,
      header: header.map((h) => (h === null ? '' : String(h))),
      rowCount: rows.length,
      rows,
      ...(sheet.autoFilter !== undefined ? { autoFilter: sheet.autoFilter } : {}),
      ...(sheet.filterRows !== undefined ? { filterRows: sheet.filterRows } : {}),
      ...(sheet.columnStyles ? { columnStyles: sheet.columnStyles } : {}),
    });
  }

  /** Writes the package parts and returns the file. */
  async finish(): Promise<Uint8Array> {
    if (this.sheets.length === 0) throw new Error('A workbook needs at least one sheet.');
    const sink = new TextSink(this.zip.entry('xl/sharedStrings.xml'));
    for (const piece of this.strings.xml()) {
      const pending = sink.push(piece);
      if (pending) await pending;
    }
    await sink.close();
    await this.zip.add('xl/styles.xml', stylesXml());
    await this.zip.add('xl/workbook.xml', workbookXml(this.sheets));
    await this.zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(this.sheets.length));
    await this.zip.add('_rels/.rels', rootRelsXml());
    await this.zip.add('[Content_Types].xml', contentTypesXml(this.sheets.length));
    return this.zip.finish();
  }
}

/** Writes small sheets held whole (header first) as one workbook. */
export async function writeXlsx(sheets: readonly SheetData[], modified: Date = new Date()): Promise<Uint8Array> {
  const writer = new XlsxWriter(modified);
  for (const sheet of sheets) await writer.addSheetData(sheet);
  return writer.finish();
}
