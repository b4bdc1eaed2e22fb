/** The import path of a population file, without the store: decoding, format checks and the Worker's reply. */
import { describe, expect, it, vi } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { ok, err } from '../../../renderer/src/core/result';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { decodeCsvText } from '../../../renderer/src/ui/spreadsheet/decode-text';
import { importPopulationFile } from '../../../renderer/src/features/weights/import-population';
import { checkSheetReply } from '../../../renderer/src/ui/spreadsheet/sheet-matrix';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
const utf8 = (text: string) => new TextEncoder().encode(text);
const noWorker = vi.fn(() => Promise.reject(new Error('the Worker must not be used')));

describe('importing a population file', () => {
  it('reads a Danish csv from Excel: UTF-8 with BOM, semicolons, Danish headers and labels', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Niveau;Størrelse;Antal\r\nStat;10-49 ansatte;1.250\r\nKommune;3_9;98\r\n')]);
    const result = await importPopulationFile({ name: 'Population.CSV', data: bytes }, vocabulary, noWorker);
    expect(result).toEqual(ok([
      { sector_level: 'state', size_class: '10_49', population: 1250 },
      { sector_level: 'municipality', size_class: '3_9', population: 98 },
    ]));
  });

  it('falls back to Windows-1252 when the csv is not valid UTF-8', async () => {
    // "Område;Antal\nadministration;7" with å as the single byte 0xE5.
    const bytes = new Uint8Array([...utf8('Omr'), 0xe5, ...utf8('de;Antal\nadministration;7\n')]);
    expect(decodeCsvText(bytes)).toBe('Område;Antal\nadministration;7\n');
    const result = await importPopulationFile({ name: 'p.csv', data: bytes }, vocabulary, noWorker);
    expect(result).toEqual(ok([{ policy_area: 'administration', population: 7 }]));
  });

  it('refuses a file with a wrong column, naming the row and the column', async () => {
    const result = await importPopulationFile({ name: 'p.csv', data: utf8('niveau;indbyggere\nstate;3\n') }, vocabulary, noWorker);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => [p.code, p.row, p.column])).toEqual([
      ['unknown-column', 1, 'indbyggere'],
      ['missing-column', 1, 'population'],
    ]);
    expect(result.error[0]?.message.da).toMatch(/^Ukendt kolonne "indbyggere"/);
  });

  it('reads an xlsx through the sheet reader and validates its rows on this side', async () => {
    const reader = vi.fn(async () => ok([['sector_level', 'population'], ['region', '5'], ['region', '6']]));
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    const result = await importPopulationFile({ name: 'p.xlsx', data: zip }, vocabulary, reader);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ code: 'duplicate-stratum', row: 3 });
  });

  it('passes on a reader failure (e.g. a timeout) as the refusal', async () => {
    const reader = vi.fn(async () => err({ da: 'for langsom', en: 'too slow' }));
    const result = await importPopulationFile({ name: 'p.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4]) }, vocabulary, reader);
    expect(result).toEqual(err([{ code: 'invalid', message: { da: 'for langsom', en: 'too slow' } }]));
  });

  it('refuses an .xlsx that is not a zip, an empty file and other file types without reading them', async () => {
    for (const file of [
      { name: 'p.xlsx', data: utf8('<html>not a workbook</html>') },
      { name: 'p.csv', data: new Uint8Array() },
      { name: 'p.xls', data: utf8('x') },
    ]) {
      const result = await importPopulationFile(file, vocabulary, noWorker);
      expect(result.ok, file.name).toBe(false);
    }
    expect(noWorker).not.toHaveBeenCalled();
  });
});

describe("checking the spreadsheet Worker's reply", () => {
  it('accepts rows of strings, numbers and gaps, as fresh string rows', () => {
    const sparse: unknown[] = ['a'];
    sparse[2] = 'c';
    expect(checkSheetReply({ ok: true, rows: [['x', 12, true, null], sparse] })).toEqual(ok([['x', '12', 'TRUE', ''], ['a', '', 'c']]));
  });

  it.each([
    { why: 'rows that are not an array', reply: { ok: true, rows: { 0: ['a'] } } },
    { why: 'a cell that is an object', reply: { ok: true, rows: [[{ toString: 'x' }]] } },
    { why: 'a row with an extra key', reply: { ok: true, rows: [Object.assign(['a'], { __proto__x: 1 })] } },
    { why: 'a reply that is not a plain object', reply: Object.create({ ok: true, rows: [] }) as unknown },
    { why: 'a non-finite number', reply: { ok: true, rows: [[Number.NaN]] } },
    { why: 'too many rows', reply: { ok: true, rows: Array.from({ length: 5_001 }, () => ['a']) } },
    { why: 'too many columns', reply: { ok: true, rows: [Array.from({ length: 51 }, () => 'a')] } },
    { why: 'a cell too long', reply: { ok: true, rows: [['x'.repeat(1_001)]] } },
    { why: 'a reported failure', reply: { ok: false, error: 'Unsupported file' } },
  ])('refuses $why', ({ reply }) => {
    expect(checkSheetReply(reply).ok).toBe(false);
  });

  it('refuses a csv of 1,000,000 rows for its length (the sheet limit, 5,000 rows), and splits no more than one row past it', async () => {
    const lines = ['Niveau;Antal', ...Array.from({ length: 1_000_000 }, (_, i) => `Kommune;${i}`)];
    const result = await importPopulationFile({ name: 'p.csv', data: utf8(lines.join('\n')) }, vocabulary, noWorker);
    expect(result).toEqual(err([{ code: 'invalid', message: { da: 'Arket har mere end 5000 rækker: det er for mange til denne fil.', en: 'The sheet has more than 5000 rows: too many for this file.' } }]));
    expect(noWorker).not.toHaveBeenCalled();
  });
});
