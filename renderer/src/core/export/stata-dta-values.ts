/**
 * The values of a Stata 118 file: its types and limits, UTF-8 lengths and cuts, the smallest exact
 * numeric type, the extended missing values, and how each variable is sized and each number written.
 * The file itself is put together in `stata-dta.ts`.
 */
export const DTA_RELEASE = 118;
/** Stata's widest fixed-width string, in bytes; a longer value makes the variable a strL. */
export const DTA_STR_MAX = 2045;
export const NAME_FIELD = 129;
export const LABEL_FIELD = 321;
export const FORMAT_FIELD = 57;
export const LABEL_CHARS = 80;
export const VALUE_LABEL_MAX_BYTES = 32_000;
export const NOTE_MAX_BYTES = 67_783;

/** The type codes of format 117/118 (`<variable_types>`): 1…2045 is str# of that width. */
export const DTA_TYPE = { strL: 32_768, double: 65_526, float: 65_527, long: 65_528, int: 65_529, byte: 65_530 } as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';
/** One of Stata's extended missing values `.a` … `.z`. */
export type StataMissing = `.${Letter}`;

/** A numeric variable's value: a number, system missing (null) or an extended missing value. A string variable's: its text (null = ""). */
export type DtaCell = number | string | null;

export interface DtaVariable {
  /** A Stata name: a letter or `_`, then letters, digits or `_`, at most 32 characters. */
  name: string;
  label: string;
  type: 'numeric' | 'string';
  /** The value-label table attached to it (`label values`), for a numeric variable. */
  valueLabel?: string;
  notes?: readonly string[];
}

export interface DtaValueLabelTable {
  name: string;
  /** Integer values (or extended missing values) and their labels. */
  entries: readonly (readonly [number | StataMissing, string])[];
}

export interface DtaDataset {
  label: string;
  /** Written as "dd Mon yyyy hh:mm" in the machine's local time, as Stata does. */
  timestamp: Date;
  variables: readonly DtaVariable[];
  rowCount: number;
  /** Row `r`'s values, one per variable. Called twice per row (sizing, then writing), in row order each time. */
  row(r: number): readonly DtaCell[];
  valueLabels: readonly DtaValueLabelTable[];
}

export const encoder = new TextEncoder();

/** UTF-8 length of `s` without encoding it (a lone surrogate counts as U+FFFD, as TextEncoder writes it). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** At most `chars` characters of `s` (code points), and at most `bytes` UTF-8 bytes, never splitting a character. */
export function cutText(s: string, chars: number, bytes = Infinity): string {
  let out = '';
  let count = 0;
  let size = 0;
  for (const ch of s) {
    const b = utf8Length(ch);
    if (count + 1 > chars || size + b > bytes) break;
    out += ch;
    count++;
    size += b;
  }
  return out;
}

export function missingIndex(value: StataMissing): number {
  return LETTERS.indexOf(value.slice(1)) + 1;
}

const isMissingCode = (v: unknown): v is StataMissing => typeof v === 'string' && /^\.[a-z]$/.test(v);

/** How one variable is stored, found in the first pass over the rows. */
export interface Storage {
  code: number;
  width: number;
  format: string;
}

type NumericType = 'byte' | 'int' | 'long' | 'double';
const RANGES: [NumericType, number, number][] = [
  ['byte', -127, 100],
  ['int', -32_767, 32_740],
  ['long', -2_147_483_647, 2_147_483_620],
];

/** The smallest numeric type that holds every value (`integers`: all are whole numbers). */
export function numericType(integers: boolean, min: number, max: number): NumericType {
  if (!integers) return 'double';
  if (min > max) return 'byte'; // no value at all
  for (const [type, lo, hi] of RANGES) if (min >= lo && max <= hi) return type;
  return 'double';
}

const NUMERIC: Record<NumericType, Storage> = {
  byte: { code: DTA_TYPE.byte, width: 1, format: '%8.0g' },
  int: { code: DTA_TYPE.int, width: 2, format: '%8.0g' },
  long: { code: DTA_TYPE.long, width: 4, format: '%12.0g' },
  double: { code: DTA_TYPE.double, width: 8, format: '%10.0g' },
};


export function checkName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) throw new Error(`Stata file: "${name}" is not a valid Stata name.`);
}

/** Sizes every variable from its values (the first pass). */
export function storages(ds: DtaDataset): Storage[] {
  const k = ds.variables.length;
  const integers = new Array<boolean>(k).fill(true);
  const min = new Array<number>(k).fill(Infinity);
  const max = new Array<number>(k).fill(-Infinity);
  const widths = new Array<number>(k).fill(1);
  for (let r = 0; r < ds.rowCount; r++) {
    const row = ds.row(r);
    for (let i = 0; i < k; i++) {
      const value = row[i] ?? null;
      const variable = ds.variables[i] as DtaVariable;
      if (variable.type === 'string') {
        if (value !== null) widths[i] = Math.max(widths[i] as number, utf8Length(String(value)));
      } else if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new Error(`Stata file: ${variable.name} has ${value} in row ${r + 1}.`);
        if (!Number.isInteger(value)) integers[i] = false;
        if (value < (min[i] as number)) min[i] = value;
        if (value > (max[i] as number)) max[i] = value;
      } else if (value !== null && !isMissingCode(value)) {
        throw new Error(`Stata file: ${variable.name} is numeric but has "${value}" in row ${r + 1}.`);
      }
    }
  }
  return ds.variables.map((v, i) => {
    if (v.type === 'numeric') return NUMERIC[numericType(integers[i] as boolean, min[i] as number, max[i] as number)];
    const w = widths[i] as number;
    return w > DTA_STR_MAX ? { code: DTA_TYPE.strL, width: 8, format: '%9s' } : { code: w, width: w, format: `%${w}s` };
  });
}

/** Writes one numeric value of `storage` at `at`. */
export function writeNumber(view: DataView, at: number, storage: Storage, value: number | StataMissing | null): void {
  const missing = value === null ? 0 : typeof value === 'string' ? missingIndex(value) : -1;
  switch (storage.code) {
    case DTA_TYPE.byte:
      view.setInt8(at, missing >= 0 ? 101 + missing : (value as number));
      return;
    case DTA_TYPE.int:
      view.setInt16(at, missing >= 0 ? 32_741 + missing : (value as number), true);
      return;
    case DTA_TYPE.long:
      view.setInt32(at, missing >= 0 ? 2_147_483_621 + missing : (value as number), true);
      return;
    default:
      if (missing < 0) view.setFloat64(at, value as number, true);
      else {
        // `.` is 0x7FE0000000000000, `.a` 0x7FE0010000000000, … (steps of 2^40).
        view.setUint32(at, 0, true);
        view.setUint32(at + 4, 0x7fe0_0000 + missing * 0x100, true);
      }
  }
}
