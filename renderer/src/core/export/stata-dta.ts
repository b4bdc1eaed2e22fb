/**
 * A Stata dataset file, format 118 (Stata 14 and later; https://www.stata.com/help.cgi?dta), written
 * without any library: little-endian ("LSF"), strings in UTF-8.
 *
 * - A numeric variable is stored in the smallest type that holds every value exactly: byte
 *   (−127…100), int (−32,767…32,740), long (−2,147,483,647…2,147,483,620), else double (any
 *   fraction too). Above each type's range lie its missing values: system missing `.` and the
 *   extended missing values `.a`…`.z`. An empty number is `.`, never 0.
 * - A string variable is `str#` sized by its longest value in BYTES (æ, ø, å take two), at least 1;
 *   a variable with a value over 2,045 bytes is a `strL` (its texts in <strls>, each distinct text once).
 * - Variable labels and the dataset label are cut to 80 characters (Stata's limit; ≤ 320 bytes in
 *   UTF-8, never splitting a character), value labels to 32,000 bytes.
 * - Notes are stored as Stata stores `notes`: the characteristics `note1`, `note2`, … and `note0`
 *   (their count) of the variable.
 *
 * The file is returned as parts (header, data in chunks of about 1 MB, long strings, value labels),
 * so a ZIP entry can take them one by one; `dtaBytes` joins them.
 */


import {
  checkName, cutText, missingIndex, DTA_TYPE, encoder, FORMAT_FIELD, LABEL_CHARS, LABEL_FIELD, NAME_FIELD, NOTE_MAX_BYTES,
  storages, VALUE_LABEL_MAX_BYTES, writeNumber,
  type DtaDataset, type DtaValueLabelTable, type StataMissing, type Storage,
} from './stata-dta-values';

export { cutText, DTA_RELEASE, DTA_STR_MAX, DTA_TYPE, numericType, utf8Length } from './stata-dta-values';
export type { DtaCell, DtaDataset, DtaValueLabelTable, DtaVariable, StataMissing } from './stata-dta-values';

/** Appends byte parts and keeps the offset. */
class Parts {
  readonly list: Uint8Array<ArrayBuffer>[] = [];
  length = 0;

  push(bytes: Uint8Array<ArrayBuffer>): void {
    this.list.push(bytes);
    this.length += bytes.length;
  }

  text(s: string): void {
    this.push(encoder.encode(s));
  }

  /** A fixed-size little-endian field filled by `fill`. */
  field(size: number, fill: (v: DataView, bytes: Uint8Array<ArrayBuffer>) => void): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(size);
    fill(new DataView(bytes.buffer), bytes);
    this.push(bytes);
    return bytes;
  }

  /** `count` fixed fields of `size` bytes, each a NUL-padded UTF-8 text. */
  fixedTexts(texts: readonly string[], size: number): void {
    this.field(texts.length * size, (_, bytes) => texts.forEach((t, i) => encoder.encodeInto(t, bytes.subarray(i * size, i * size + size - 1))));
  }
}

/** One long string in <strls> (a GSO): type 130 = text, stored with its terminating NUL. */
function gso(v: number, o: number, text: string): Uint8Array<ArrayBuffer> {
  const body = encoder.encode(text);
  const out = new Uint8Array(3 + 4 + 8 + 1 + 4 + body.length + 1);
  const view = new DataView(out.buffer);
  out.set([0x47, 0x53, 0x4f], 0); // "GSO"
  view.setUint32(3, v, true);
  view.setUint32(7, o, true); // o is 8 bytes; < 2^32 here
  view.setUint8(15, 130);
  view.setUint32(16, body.length + 1, true);
  out.set(body, 20);
  return out;
}

/** Value 1…2,147,483,620 as itself; `.a`… as long's missing values (how Stata stores them in a label table). */
function labelValue(value: number | StataMissing): number {
  if (typeof value === 'string') return 2_147_483_621 + missingIndex(value);
  if (!Number.isInteger(value) || value < -2_147_483_647 || value > 2_147_483_620) throw new Error(`Stata file: a value label needs an integer, not ${value}.`);
  return value;
}

/** One <lbl> table: n, txtlen, off[n], val[n], txt (labels NUL-terminated), sorted by value. */
function labelTable(table: DtaValueLabelTable): Uint8Array<ArrayBuffer> {
  const entries = table.entries.map(([v, l]) => [labelValue(v), encoder.encode(cutText(l, Infinity, VALUE_LABEL_MAX_BYTES))] as const).sort((a, b) => a[0] - b[0]);
  const n = entries.length;
  const txtlen = entries.reduce((s, [, t]) => s + t.length + 1, 0);
  const len = 8 + 8 * n + txtlen;
  const open = encoder.encode('<lbl>');
  const close = encoder.encode('</lbl>');
  const out = new Uint8Array(open.length + 4 + NAME_FIELD + 3 + len + close.length);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(open, at);
  at += open.length;
  view.setInt32(at, len, true);
  at += 4;
  encoder.encodeInto(table.name, out.subarray(at, at + NAME_FIELD - 1));
  at += NAME_FIELD + 3; // 3 bytes of padding
  view.setInt32(at, n, true);
  view.setInt32(at + 4, txtlen, true);
  at += 8;
  let off = 0;
  entries.forEach(([value, text], j) => {
    view.setInt32(at + 4 * j, off, true);
    view.setInt32(at + 4 * n + 4 * j, value, true);
    off += text.length + 1;
  });
  at += 8 * n;
  for (const [, text] of entries) {
    out.set(text, at);
    at += text.length + 1;
  }
  out.set(close, at);
  return out;
}

/** One <ch> characteristic: variable name, characteristic name, NUL-terminated contents. */
function characteristic(variable: string, name: string, contents: string): Uint8Array<ArrayBuffer> {
  const body = encoder.encode(cutText(contents, Infinity, NOTE_MAX_BYTES));
  const open = encoder.encode('<ch>');
  const close = encoder.encode('</ch>');
  const len = 2 * NAME_FIELD + body.length + 1;
  const out = new Uint8Array(open.length + 4 + len + close.length);
  new DataView(out.buffer).setUint32(open.length, len, true);
  out.set(open, 0);
  let at = open.length + 4;
  encoder.encodeInto(variable, out.subarray(at, at + NAME_FIELD - 1));
  at += NAME_FIELD;
  encoder.encodeInto(name, out.subarray(at, at + NAME_FIELD - 1));
  at += NAME_FIELD;
  out.set(body, at);
  out.set(close, at + body.length + 1);
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "dd Mon yyyy hh:mm" in local time. */
export function dtaTimestamp(d: Date): string {
  return `${pad2(d.getDate())} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Rows per data part: about 1 MB. */
const DATA_PART_BYTES = 1 << 20;

/** The .dta file as parts, in order. */
export function writeDta(ds: DtaDataset): Uint8Array<ArrayBuffer>[] {
  const k = ds.variables.length;
  if (k === 0 || k > 32_767) throw new Error(`Stata file: ${k} variables; format 118 holds 1 to 32,767.`);
  ds.variables.forEach((v) => checkName(v.name));
  ds.valueLabels.forEach((t) => checkName(t.name));
  const store = storages(ds);
  const offsets: number[] = [];
  let rowWidth = 0;
  for (const s of store) {
    offsets.push(rowWidth);
    rowWidth += s.width;
  }

  const p = new Parts();
  const map: number[] = [];
  const mark = () => map.push(p.length);
  mark(); // <stata_dta>
  p.text('<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>');
  p.field(2, (v) => v.setUint16(0, k, true));
  p.text('</K><N>');
  p.field(8, (v) => {
    v.setUint32(0, ds.rowCount >>> 0, true);
    v.setUint32(4, Math.floor(ds.rowCount / 2 ** 32), true);
  });
  p.text('</N><label>');
  const label = encoder.encode(cutText(ds.label, LABEL_CHARS));
  p.field(2, (v) => v.setUint16(0, label.length, true));
  p.push(label);
  p.text('</label><timestamp>');
  const stamp = dtaTimestamp(ds.timestamp);
  p.field(1, (v) => v.setUint8(0, stamp.length));
  p.text(`${stamp}</timestamp></header>`);
  mark();
  p.text('<map>');
  const mapField = p.field(14 * 8, () => undefined); // filled at the end
  p.text('</map>');
  mark();
  p.text('<variable_types>');
  p.field(2 * k, (v) => store.forEach((s, i) => v.setUint16(2 * i, s.code, true)));
  p.text('</variable_types>');
  mark();
  p.text('<varnames>');
  p.fixedTexts(ds.variables.map((v) => v.name), NAME_FIELD);
  p.text('</varnames>');
  mark();
  p.text('<sortlist>');
  p.field(2 * (k + 1), () => undefined);
  p.text('</sortlist>');
  mark();
  p.text('<formats>');
  p.fixedTexts(store.map((s) => s.format), FORMAT_FIELD);
  p.text('</formats>');
  mark();
  p.text('<value_label_names>');
  p.fixedTexts(ds.variables.map((v) => v.valueLabel ?? ''), NAME_FIELD);
  p.text('</value_label_names>');
  mark();
  p.text('<variable_labels>');
  p.fixedTexts(ds.variables.map((v) => cutText(v.label, LABEL_CHARS)), LABEL_FIELD);
  p.text('</variable_labels>');
  mark();
  p.text('<characteristics>');
  for (const v of ds.variables) {
    const notes = v.notes ?? [];
    if (notes.length === 0) continue;
    notes.forEach((note, j) => p.push(characteristic(v.name, `note${j + 1}`, note)));
    p.push(characteristic(v.name, 'note0', String(notes.length)));
  }
  p.text('</characteristics>');

  mark();
  p.text('<data>');
  const longStrings: Uint8Array<ArrayBuffer>[] = [];
  const seen = new Map<string, [number, number]>();
  const rowsPerPart = Math.max(1, Math.floor(DATA_PART_BYTES / Math.max(1, rowWidth)));
  for (let start = 0; start < ds.rowCount; start += rowsPerPart) {
    const end = Math.min(ds.rowCount, start + rowsPerPart);
    const part = new Uint8Array((end - start) * rowWidth);
    const view = new DataView(part.buffer);
    for (let r = start; r < end; r++) {
      const row = ds.row(r);
      const base = (r - start) * rowWidth;
      for (let i = 0; i < k; i++) {
        const s = store[i] as Storage;
        const at = base + (offsets[i] as number);
        const value = row[i] ?? null;
        if (ds.variables[i]?.type === 'numeric') writeNumber(view, at, s, value as number | StataMissing | null);
        else if (s.code === DTA_TYPE.strL) {
          const text = value === null ? '' : String(value);
          if (text === '') continue; // (v,o) = (0,0): the empty string
          let ref = seen.get(text);
          if (!ref) {
            ref = [i + 1, r + 1];
            seen.set(text, ref);
            longStrings.push(gso(ref[0], ref[1], text));
          }
          // v in 2 bytes, o in 6 bytes (format 118).
          view.setUint16(at, ref[0], true);
          view.setUint32(at + 2, ref[1] >>> 0, true);
          view.setUint16(at + 6, Math.floor(ref[1] / 2 ** 32), true);
        } else if (value !== null) encoder.encodeInto(String(value), part.subarray(at, at + s.width));
      }
    }
    p.push(part);
  }
  p.text('</data>');
  mark();
  p.text('<strls>');
  longStrings.forEach((g) => p.push(g));
  p.text('</strls>');
  mark();
  p.text('<value_labels>');
  ds.valueLabels.forEach((t) => p.push(labelTable(t)));
  p.text('</value_labels>');
  mark();
  p.text('</stata_dta>');
  mark(); // end of file
  const view = new DataView(mapField.buffer);
  map.forEach((offset, j) => {
    view.setUint32(8 * j, offset >>> 0, true);
    view.setUint32(8 * j + 4, Math.floor(offset / 2 ** 32), true);
  });
  return p.list;
}

/** The parts of `writeDta` as one array. */
export function dtaBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
