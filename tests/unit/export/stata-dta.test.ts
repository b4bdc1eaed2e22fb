/**
 * The Stata .dta writer (format 118), byte by byte for a tiny dataset: the expected bytes below are
 * written out by hand from the format's description (https://www.stata.com/help.cgi?dta), not
 * produced by the writer. R haven reads the real export in statistics-export.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cutText, dtaBytes, dtaTimestamp, numericType, utf8Length, writeDta, type DtaCell, type DtaDataset, type DtaVariable } from '../../../renderer/src/core/export/stata-dta';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n), 0, 0, 0, 0];
/** A NUL-padded fixed field. */
const fixed = (bytes: number[], size: number) => [...bytes, ...new Array<number>(size - bytes.length).fill(0)];
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

function dataset(variables: DtaVariable[], rows: DtaCell[][], valueLabels: DtaDataset['valueLabels'] = []): Uint8Array {
  return dtaBytes(writeDta({ label: 'Test', timestamp: new Date(2026, 7, 1, 12, 5), variables, rowCount: rows.length, row: (r) => rows[r] ?? [], valueLabels }));
}

/** The bytes between `<tag>` and `</tag>`. */
function section(bytes: Uint8Array, tag: string): number[] {
  const b = Buffer.from(bytes);
  const start = b.indexOf(`<${tag}>`) + tag.length + 2;
  return [...bytes.subarray(start, b.indexOf(`</${tag}>`, start))];
}

// A surveyor's workplace "æø" answered 1 (Ja) with weight 0.5; workplace "a" left the question unanswered (.a) and has no weight.
const tiny = () =>
  dataset(
    [
      { name: 'id', label: 'Identitet', type: 'string' },
      { name: 'q', label: 'Spørgsmål', type: 'numeric', valueLabel: 'q' },
      { name: 'w', label: 'Vægt', type: 'numeric' },
    ],
    [
      ['æø', 1, 0.5],
      ['a', '.a', null],
    ],
    [{ name: 'q', entries: [['.a', 'Ikke besvaret'], [1, 'Ja']] }],
  );

describe('the Stata .dta writer (format 118)', () => {
  it('writes the header: release 118, LSF, K = 3 variables in 2 bytes, N = 2 observations in 8, the label and "dd Mon yyyy hh:mm"', () => {
    const header = [
      ...ascii('<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>'), 3, 0,
      ...ascii('</K><N>'), 2, 0, 0, 0, 0, 0, 0, 0,
      ...ascii('</N><label>'), 4, 0, ...ascii('Test'),
      ...ascii('</label><timestamp>'), 17, ...ascii('01 Aug 2026 12:05'),
      ...ascii('</timestamp></header><map>'),
    ];
    expect([...tiny().subarray(0, header.length)]).toEqual(header);
  });

  it('the map gives the offset of each of the 13 sections and of the end of the file', () => {
    const bytes = tiny();
    const map = section(bytes, 'map');
    expect(map).toHaveLength(14 * 8);
    const view = new DataView(new Uint8Array(map).buffer);
    const offsets = Array.from({ length: 14 }, (_, j) => view.getUint32(8 * j, true) + 2 ** 32 * view.getUint32(8 * j + 4, true));
    const tags = ['<stata_dta>', '<map>', '<variable_types>', '<varnames>', '<sortlist>', '<formats>', '<value_label_names>', '<variable_labels>', '<characteristics>', '<data>', '<strls>', '<value_labels>', '</stata_dta>'];
    tags.forEach((tag, j) => expect(Buffer.from(bytes.subarray(offsets[j], (offsets[j] ?? 0) + tag.length)).toString('latin1')).toBe(tag));
    expect(offsets[13]).toBe(bytes.length);
    expect(offsets[0]).toBe(0);
  });

  it('describes the variables: str4 for "æø" (4 bytes, not 2 characters), byte and double; names, formats, value-label names and labels in fixed fields', () => {
    const bytes = tiny();
    expect(section(bytes, 'variable_types')).toEqual([...u16(4), ...u16(65_530), ...u16(65_526)]);
    expect(section(bytes, 'varnames')).toEqual([...fixed(ascii('id'), 129), ...fixed(ascii('q'), 129), ...fixed(ascii('w'), 129)]);
    expect(section(bytes, 'sortlist')).toEqual(new Array<number>(2 * 4).fill(0));
    expect(section(bytes, 'formats')).toEqual([...fixed(ascii('%4s'), 57), ...fixed(ascii('%8.0g'), 57), ...fixed(ascii('%10.0g'), 57)]);
    expect(section(bytes, 'value_label_names')).toEqual([...fixed([], 129), ...fixed(ascii('q'), 129), ...fixed([], 129)]);
    expect(section(bytes, 'variable_labels')).toEqual([...fixed(ascii('Identitet'), 321), ...fixed(utf8('Spørgsmål'), 321), ...fixed(utf8('Vægt'), 321)]);
    expect(section(bytes, 'characteristics')).toEqual([]);
  });

  it('writes each row at 4 + 1 + 8 bytes: UTF-8 padded with NUL, the byte 1 and .a (102), the double 0.5 and system missing (0x7FE0…)', () => {
    expect(section(tiny(), 'data')).toEqual([
      0xc3, 0xa6, 0xc3, 0xb8, 1, 0, 0, 0, 0, 0, 0, 0xe0, 0x3f,
      0x61, 0, 0, 0, 102, 0, 0, 0, 0, 0, 0, 0xe0, 0x7f,
    ]);
    expect(section(tiny(), 'strls')).toEqual([]);
  });

  it('writes the value-label table sorted by value, .a as 2,147,483,622: len, name, padding, n, txtlen, offsets, values, texts', () => {
    const table = [
      ...u32(8 + 8 * 2 + 17), ...fixed(ascii('q'), 129), 0, 0, 0,
      ...u32(2), ...u32(17), ...u32(0), ...u32(3), ...u32(1), ...u32(2_147_483_622),
      ...ascii('Ja'), 0, ...ascii('Ikke besvaret'), 0,
    ];
    expect(section(tiny(), 'value_labels')).toEqual([...ascii('<lbl>'), ...table, ...ascii('</lbl>')]);
    expect([...tiny().subarray(-ascii('</value_labels></stata_dta>').length)]).toEqual(ascii('</value_labels></stata_dta>'));
  });

  it('stores a number in the smallest type that holds it: byte −127…100, int to 32,740, long to 2,147,483,620, else (or a fraction) double', () => {
    expect([numericType(true, -99, 100), numericType(true, -127, 0), numericType(true, 0, 101), numericType(true, -128, 0)]).toEqual(['byte', 'byte', 'int', 'int']);
    expect([numericType(true, 0, 32_740), numericType(true, 0, 32_741), numericType(true, 0, 2_147_483_620), numericType(true, 0, 2_147_483_621)]).toEqual(['int', 'long', 'long', 'double']);
    expect([numericType(false, 0, 1), numericType(true, Infinity, -Infinity)]).toEqual(['double', 'byte']);
    // int: 1000, .b = 32,743; long: 40,000, . = 2,147,483,621; double .c = 0x7FE0030000000000.
    const bytes = dataset(
      [{ name: 'i', label: '', type: 'numeric' }, { name: 'l', label: '', type: 'numeric' }, { name: 'd', label: '', type: 'numeric' }],
      [[1000, 40_000, 1.5], ['.b', null, '.c']],
    );
    expect(section(bytes, 'variable_types')).toEqual([...u16(65_529), ...u16(65_528), ...u16(65_526)]);
    expect(section(bytes, 'data')).toEqual([
      ...u16(1000), ...u32(40_000), 0, 0, 0, 0, 0, 0, 0xf8, 0x3f,
      ...u16(32_743), ...u32(2_147_483_621), 0, 0, 0, 0, 0, 3, 0xe0, 0x7f,
    ]);
  });

  it('a text of 2,045 bytes stays str2045; 1,023 × "æ" (2,046 bytes) makes a strL: (v,o) in 2 + 6 bytes, each distinct text once in <strls>', () => {
    const wide = 'x'.repeat(2045);
    expect(section(dataset([{ name: 's', label: '', type: 'string' }], [[wide]]), 'variable_types')).toEqual(u16(2045));
    const long = 'æ'.repeat(1023);
    const bytes = dataset([{ name: 'n', label: '', type: 'numeric' }, { name: 's', label: '', type: 'string' }], [[1, long], [2, ''], [3, long], [4, 'kort']]);
    expect(section(bytes, 'variable_types')).toEqual([...u16(65_530), ...u16(32_768)]);
    expect(section(bytes, 'formats').slice(57, 57 + 4)).toEqual([...ascii('%9s'), 0]);
    expect(section(bytes, 'data')).toEqual([
      1, ...u16(2), ...u32(1), 0, 0,
      2, 0, 0, 0, 0, 0, 0, 0, 0, // the empty string is (0,0)
      3, ...u16(2), ...u32(1), 0, 0, // the same text as row 1: its (v,o)
      4, ...u16(2), ...u32(4), 0, 0,
    ]);
    expect(section(bytes, 'strls')).toEqual([
      ...ascii('GSO'), ...u32(2), ...u64(1), 130, ...u32(2047), ...utf8(long), 0,
      ...ascii('GSO'), ...u32(2), ...u64(4), 130, ...u32(5), ...ascii('kort'), 0,
    ]);
  });

  it('cuts labels at 80 characters without splitting one (100 × "æ" → 160 bytes); notes become the characteristics note1 and note0', () => {
    const bytes = dataset([{ name: 'v', label: 'æ'.repeat(100), type: 'numeric', notes: ['Hele spørgsmålet'] }], [[1]]);
    expect(section(bytes, 'variable_labels')).toEqual(fixed(utf8('æ'.repeat(80)), 321));
    const ch = (name: string, text: string) => [...ascii('<ch>'), ...u32(258 + utf8(text).length + 1), ...fixed(ascii('v'), 129), ...fixed(ascii(name), 129), ...utf8(text), 0, ...ascii('</ch>')];
    expect(section(bytes, 'characteristics')).toEqual([...ch('note1', 'Hele spørgsmålet'), ...ch('note0', '1')]);
  });

  it('counts UTF-8 bytes (2 for æ, 3 for €, 4 for an emoji) and cuts on a character boundary', () => {
    expect([utf8Length('abc'), utf8Length('æøå'), utf8Length('€'), utf8Length('😀'), utf8Length('\ud800')]).toEqual([3, 6, 3, 4, 3]);
    expect(cutText('æøå', 10, 5)).toBe('æø');
    expect(cutText('😀😀', 10, 7)).toBe('😀');
    expect(dtaTimestamp(new Date(2026, 11, 4, 9, 3))).toBe('04 Dec 2026 09:03');
  });

  it('refuses a name Stata cannot take, and text in a numeric variable', () => {
    expect(() => dataset([{ name: 'collab/citizens', label: '', type: 'numeric' }], [[1]])).toThrow(/not a valid Stata name/);
    expect(() => dataset([{ name: 'n', label: '', type: 'numeric' }], [['-99']])).toThrow(/numeric but has "-99"/);
  });
});
