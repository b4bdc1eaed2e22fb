import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { exportOrder, suggestedExportFileName } from '../../../renderer/src/core/export/build-workbook';
import type { CellValue } from '../../../renderer/src/core/export/data-rows';
import { EXCEL_MAX_ROWS, ExportLimitError, sheetNameProblem, writeXlsx, XlsxWriter } from '../../../renderer/src/core/export/xlsx-writer';
import { innovationAnswers, record } from './fixtures';

describe('xlsx limits', () => {
  it('validates sheet names as Excel does (SheetJS lets ":" through)', () => {
    expect(sheetNameProblem('Data')).toBeNull();
    expect(sheetNameProblem('Data (2)')).toBeNull();
    for (const bad of ['a:b', 'a/b', 'a\\b', 'a?b', 'a*b', 'a[b]', '', '   ', 'x'.repeat(32), "'quoted'", 'History']) {
      expect(sheetNameProblem(bad), bad).not.toBeNull();
    }
  });

  it('refuses a bad or repeated sheet name before writing anything', async () => {
    await expect(writeXlsx([{ name: 'a:b', rows: [['x']] }])).rejects.toThrow(ExportLimitError);
    await expect(writeXlsx([{ name: 'Data', rows: [['x']] }, { name: 'DATA', rows: [['y']] }])).rejects.toThrow(/twice/);
  });

  it('refuses more rows than Excel allows instead of writing an invalid file', async () => {
    const writer = new XlsxWriter();
    const rows: CellValue[][] = [];
    await expect(writer.addSheet({ name: 'Data', header: ['a'], rowCount: EXCEL_MAX_ROWS, rows })).rejects.toMatchObject({ code: 'too-many-rows' });
  });

  it('cuts a cell over 32,767 characters (the builders cut and report before) and refuses a row longer than its header', async () => {
    const book = XLSX.read(await writeXlsx([{ name: 'Data', rows: [['a'], ['x'.repeat(32_768)]] }]), { type: 'array' });
    expect(String(book.Sheets.Data?.A2?.v)).toHaveLength(32_767);
    await expect(writeXlsx([{ name: 'Data', rows: [['a'], [1, 2]] }])).rejects.toMatchObject({ code: 'too-many-columns' });
  });

  it('refuses rows that do not match the announced count', async () => {
    const writer = new XlsxWriter();
    await expect(writer.addSheet({ name: 'Data', header: ['a'], rowCount: 2, rows: [[1]] })).rejects.toThrow(/announced/);
  });
});

describe('writeXlsx', () => {
  it('writes sheets that SheetJS reads back: text, numbers, dates, empty cells', async () => {
    const bytes = await writeXlsx([
      { name: 'Data', rows: [['a', 'b', 'c'], [1, 'tekst', new Date(2026, 2, 1, 9, 15, 30)], [null, -99.5, 'æøå 😀']] },
      { name: 'Andet', rows: [['x']], autoFilter: false },
    ]);
    const book = XLSX.read(bytes, { type: 'array', cellDates: true });
    expect(book.SheetNames).toEqual(['Data', 'Andet']);
    const data = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Data as XLSX.WorkSheet, { header: 1, raw: true, defval: null });
    expect(data[1]?.slice(0, 2)).toEqual([1, 'tekst']);
    expect(data[2]).toEqual([null, -99.5, 'æøå 😀']);
    expect(book.Sheets.Data?.['!autofilter']).toEqual({ ref: 'A1:C3' });
    expect(book.Sheets.Andet?.['!autofilter']).toBeUndefined();
  });
});

describe('exportOrder', () => {
  it('orders by creation time, then key, then UUID', () => {
    const a = record(innovationAnswers, { id: '2', key: 'B', createdAt: '2026-01-01T10:00:00.000Z' });
    const b = record(innovationAnswers, { id: '1', key: 'A', createdAt: '2026-01-01T10:00:00.000Z' });
    const c = record(innovationAnswers, { id: '0', key: 'Z', createdAt: '2025-12-31T10:00:00.000Z' });
    expect(exportOrder([a, b, c]).map((r) => r.key)).toEqual(['Z', 'A', 'B']);
  });
});

describe('suggestedExportFileName', () => {
  it('names the file after the local date and time, without a colon', () => {
    expect(suggestedExportFileName(new Date(2026, 10, 26, 23, 10, 59))).toBe('innovationsbarometer-2026-11-26T2310.xlsx');
    expect(suggestedExportFileName(new Date(2027, 0, 2, 3, 4))).toBe('innovationsbarometer-2027-01-02T0304.xlsx');
  });

  it('is safe on Windows, macOS and Linux', () => {
    for (const date of [new Date(), new Date(2026, 0, 1, 0, 0), new Date(Number.NaN)]) {
      const name = suggestedExportFileName(date);
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.xlsx$/);
      expect(name).not.toMatch(/[<>:"/\\|?*\s]/);
      expect(name.length).toBeLessThan(100);
    }
  });
});
