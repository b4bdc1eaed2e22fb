/**
 * ZIP writer benchmark (bench/zip.bench-run.ts): the same Data-sheet XML (the export's rows,
 * encoded into 1 MB chunks) written into a ZIP by our writer (native `CompressionStream`) and by
 * fflate's streaming `Zip` + `ZipDeflate` (DEFLATE in JavaScript), both at zlib's default level, on
 * the page's thread. "bare" only builds and encodes the XML, for the share of the compression.
 */
import { Zip, ZipDeflate } from 'fflate';
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import type { CellValue } from '../../renderer/src/core/export/data-rows';
import { DataRowCollector } from '../../renderer/src/core/export/workbook-rows';
import { columnLetters, rowXml, SharedStrings } from '../../renderer/src/core/export/sheet-xml';
import { ZipWriter } from '../../renderer/src/core/export/zip-writer';
import { generateResponses } from '../../tests/fixtures/generate-responses';

const CHUNK = 1 << 20;
let prepared: { header: string[]; rows: (readonly CellValue[])[] } | null = null;

/** The Data rows of `base` generated responses (repeated by `xmlChunks` to reach the size wanted). */
function prepare(base: number): { rows: number; columns: number } {
  const collector = new DataRowCollector(loadBuiltinQuestionnaire(), { status: 'all', dateField: 'created' });
  const q = loadBuiltinQuestionnaire();
  collector.add(generateResponses(q, base).records);
  const collected = collector.finish(null);
  prepared = { header: collected.columns.map((c) => c.name), rows: Array.from({ length: collected.count }, (_, k) => collected.row(k)) };
  return { rows: prepared.rows.length, columns: prepared.header.length };
}

/** The sheet XML of `count` rows (the prepared rows over and over), then the shared strings, as fresh 1 MB chunks. */
function* xmlChunks(count: number): Generator<{ entry: string; bytes: Uint8Array<ArrayBuffer> }> {
  if (!prepared) throw new Error('prepare first');
  const { header, rows } = prepared;
  const encoder = new TextEncoder();
  const strings = new SharedStrings();
  const letters = header.map((_, i) => columnLetters(i));
  let buffer = new Uint8Array(CHUNK);
  let used = 0;
  function* push(entry: string, text: string): Generator<{ entry: string; bytes: Uint8Array<ArrayBuffer> }> {
    if (used + text.length * 3 > CHUNK) {
      yield { entry, bytes: buffer.subarray(0, used) };
      buffer = new Uint8Array(CHUNK);
      used = 0;
    }
    used += encoder.encodeInto(text, buffer.subarray(used)).written;
  }
  const sheet = 'xl/worksheets/sheet1.xml';
  yield* push(sheet, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData>');
  yield* push(sheet, rowXml(1, header, letters, strings, true));
  for (let i = 0; i < count; i++) yield* push(sheet, rowXml(i + 2, rows[i % rows.length] ?? [], letters, strings));
  yield* push(sheet, '</sheetData></worksheet>');
  yield { entry: sheet, bytes: buffer.subarray(0, used) };
  buffer = new Uint8Array(CHUNK);
  used = 0;
  for (const piece of strings.xml()) yield* push('xl/sharedStrings.xml', piece);
  yield { entry: 'xl/sharedStrings.xml', bytes: buffer.subarray(0, used) };
}

async function bare(count: number): Promise<number> {
  let n = 0;
  for (const { bytes } of xmlChunks(count)) n += bytes.length;
  return n;
}

async function ours(count: number): Promise<number> {
  const zip = new ZipWriter(new Date());
  let entry: ReturnType<ZipWriter['entry']> | null = null;
  let name = '';
  for (const { entry: e, bytes } of xmlChunks(count)) {
    if (e !== name) {
      await entry?.close();
      entry = zip.entry(e);
      name = e;
    }
    await entry?.write(bytes);
  }
  await entry?.close();
  return zip.finish().length;
}

async function fflate(count: number): Promise<number> {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  let done = false;
  const zip = new Zip((err, data, final) => {
    if (err) failure = err;
    else parts.push(data);
    if (final) done = true;
  });
  let file: ZipDeflate | null = null;
  let name = '';
  for (const { entry: e, bytes } of xmlChunks(count)) {
    if (e !== name) {
      file?.push(new Uint8Array(0), true);
      file = new ZipDeflate(e, { level: 6 });
      zip.add(file);
      name = e;
    }
    file?.push(bytes, false);
  }
  file?.push(new Uint8Array(0), true);
  zip.end();
  if (failure) throw failure;
  if (!done) throw new Error('fflate did not finish');
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.length;
}

const WRITERS = { bare, ours, fflate };

/** Writes `count` rows with one writer: time and output bytes (memory is sampled from outside: fflate blocks the thread). */
async function runZip(writer: keyof typeof WRITERS, count: number): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const bytes = await WRITERS[writer](count);
  return { ms: performance.now() - t0, bytes };
}

(window as unknown as { benchZip: unknown }).benchZip = { prepare, runZip };
