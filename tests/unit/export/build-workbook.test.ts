import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import {
  buildDataSheet,
  buildDataWorkbook,
  suggestedExportFileName,
} from '../../../renderer/src/core/export/build-workbook';
import type { CellValue } from '../../../renderer/src/core/export/data-rows';
import { EXCEL_MAX_ROWS, ExportLimitError, sheetNameProblem, writeXlsx } from '../../../renderer/src/core/export/xlsx-writer';
import { innovationAnswers, noInnovationAnswers, record } from './fixtures';

const q = loadBuiltinQuestionnaire();

const records = [
  record(noInnovationAnswers, { id: 'b-uuid', key: 'BBB-222', createdAt: '2026-03-05T08:00:00.000Z', status: 'draft' }),
  record(
    { ...innovationAnswers, workplace_name: '=1+1', recent_desc: 'y'.repeat(40_000), comment: '\r@x', n_employees: 120.5 },
    { id: 'a-uuid', key: 'AAA-111', createdAt: '2026-03-01T09:15:30.123Z' },
  ),
];

/** Every cell of the written Data sheet must read back as the row we meant to write. */
function expectCell(actual: XLSX.CellObject | undefined, expected: CellValue, where: string): void {
  if (expected === null) {
    expect(actual?.v, where).toBeUndefined();
    return;
  }
  expect(actual, where).toBeDefined();
  expect(actual?.f, where).toBeUndefined(); // never a formula
  if (expected instanceof Date) {
    expect(actual?.t, where).toBe('d');
    expect(actual?.v, where).toBeInstanceOf(Date);
    // Excel stores a day fraction: allow a millisecond of rounding.
    expect(Math.abs((actual?.v as Date).getTime() - expected.getTime()), where).toBeLessThanOrEqual(1);
  } else if (typeof expected === 'number') {
    expect(actual?.t, where).toBe('n');
    expect(actual?.v, where).toBe(expected);
  } else {
    expect(actual?.t, where).toBe('s');
    expect(actual?.v, where).toBe(expected);
  }
}

describe('buildDataWorkbook', () => {
  const result = buildDataWorkbook(q, records);
  const expected = buildDataSheet(q, records);
  const book = XLSX.read(result.bytes, { type: 'array', cellDates: true });

  it('writes one sheet "Data" with a header row and one row per response', () => {
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect(book.SheetNames).toEqual(['Data']);
    expect(result.rowCount).toBe(2);
    expect(result.columnCount).toBe(expected.columns.length);
    const sheet = book.Sheets.Data;
    if (!sheet) throw new Error('no Data sheet');
    expect(sheet['!ref']).toBe(XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 2, c: expected.columns.length - 1 } }));
  });

  it('reads back exactly the expected value of every cell (header included)', () => {
    const sheet = book.Sheets.Data;
    if (!sheet) throw new Error('no Data sheet');
    expect(expected.sheet.rows).toHaveLength(3);
    expected.sheet.rows.forEach((row, r) => {
      expect(row).toHaveLength(expected.columns.length);
      row.forEach((value, c) => {
        const address = XLSX.utils.encode_cell({ r, c });
        expectCell(sheet[address] as XLSX.CellObject | undefined, value, `${address} (${expected.columns[c]?.name})`);
      });
    });
  });

  it('orders rows by creation time and keeps types: numbers numeric, texts neutralised, dates as dates', () => {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data as XLSX.WorkSheet, { defval: null });
    expect(rows.map((r) => r.key)).toEqual(['AAA-111', 'BBB-222']);
    const [innovative, other] = rows;
    expect(innovative?.workplace_name).toBe("'=1+1");
    expect(innovative?.comment).toBe("'\r@x");
    expect(innovative?.n_employees).toBe(120.5);
    expect(innovative?.['recent_types/service']).toBe(1);
    expect(innovative?.['recent_types/product']).toBe(0);
    expect(innovative?.created_at).toBeInstanceOf(Date);
    expect(other?.status).toBe('draft');
    expect(other?.recent_desc).toBeNull();
    expect(other?.['recent_types/service']).toBeNull(); // skipped: empty, not 0
    expect(other?.innov_any).toBe(0);
  });

  it('cuts the 40,000-character text and reports it', () => {
    expect(result.truncated).toEqual([{ key: 'AAA-111', uuid: 'a-uuid', column: 'recent_desc', originalLength: 40_000 }]);
    const cell = book.Sheets.Data?.[XLSX.utils.encode_cell({ r: 1, c: expected.columns.findIndex((c) => c.name === 'recent_desc') })];
    expect(String(cell?.v)).toHaveLength(32_767);
  });

  it('writes a header-only sheet when there are no responses', () => {
    const empty = buildDataWorkbook(q, []);
    const sheet = XLSX.read(empty.bytes, { type: 'array' }).Sheets.Data;
    expect(empty.rowCount).toBe(0);
    expect(sheet?.A1?.v).toBe('key');
    expect(sheet?.A2).toBeUndefined();
  });
});

describe('xlsx limits', () => {
  it('validates sheet names as Excel does (SheetJS lets ":" through)', () => {
    expect(sheetNameProblem('Data')).toBeNull();
    for (const bad of ['a:b', 'a/b', 'a\\b', 'a?b', 'a*b', 'a[b]', '', 'x'.repeat(32), "'quoted'", 'History']) {
      expect(sheetNameProblem(bad), bad).not.toBeNull();
    }
    expect(() => writeXlsx([{ name: 'a:b', rows: [['x']] }])).toThrow(ExportLimitError);
  });

  it('refuses more rows than Excel allows instead of writing an invalid file', () => {
    const row: CellValue[] = [1];
    const rows = new Array<CellValue[]>(EXCEL_MAX_ROWS + 1).fill(row);
    expect(() => writeXlsx([{ name: 'Data', rows }])).toThrow(/rows/);
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
