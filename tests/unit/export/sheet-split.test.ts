/** Data continues on "Data (2)" past Excel's 1,048,575 data rows: tested with a small injected limit. */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { continuationSheetName, MAX_DATA_ROWS_PER_SHEET, splitSheetRows } from '../../../renderer/src/core/export/sheet-limits';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { generateResponses } from '../../fixtures/generate-responses';
import { oracleRows, readBook, request, rowsOf } from './workbook-fixtures';

describe('splitSheetRows', () => {
  it("keeps Excel's limit by default: 1,048,575 data rows below the header", () => {
    expect(MAX_DATA_ROWS_PER_SHEET).toBe(1_048_575);
    expect(splitSheetRows('Data', 1_048_575)).toEqual([{ name: 'Data', start: 0, end: 1_048_575 }]);
    expect(splitSheetRows('Data', 1_048_576)).toEqual([
      { name: 'Data', start: 0, end: 1_048_575 },
      { name: 'Data (2)', start: 1_048_575, end: 1_048_576 },
    ]);
  });

  it('splits at an injected limit, the last sheet taking the rest', () => {
    expect(splitSheetRows('Data', 7, 3)).toEqual([
      { name: 'Data', start: 0, end: 3 },
      { name: 'Data (2)', start: 3, end: 6 },
      { name: 'Data (3)', start: 6, end: 7 },
    ]);
    expect(splitSheetRows('Labels', 6, 3).map((p) => p.name)).toEqual(['Labels', 'Labels (2)']);
  });

  it('gives one header-only sheet for no rows, and refuses a nonsensical limit', () => {
    expect(splitSheetRows('Data', 0)).toEqual([{ name: 'Data', start: 0, end: 0 }]);
    expect(() => splitSheetRows('Data', 5, 0)).toThrow(RangeError);
    expect(() => splitSheetRows('Data', 5, 2_000_000)).toThrow(RangeError);
    expect(continuationSheetName('Data', 12)).toBe('Data (12)');
  });
});

describe('a workbook past the (injected) row limit', async () => {
  const q = loadBuiltinQuestionnaire();
  const records = generateResponses(q, 7, 3).records;
  const result = await buildWorkbook(q, records, request({ maxRowsPerSheet: 3 }));
  const book = readBook(result.bytes);

  it('continues Data and Labels on numbered sheets, each with the header', () => {
    expect(book.SheetNames).toEqual(['Data', 'Data (2)', 'Data (3)', 'Labels', 'Labels (2)', 'Labels (3)', 'Codebook', 'Indicators', 'Weights', 'About']);
    const parts = ['Data', 'Data (2)', 'Data (3)'].map((name) => rowsOf(book, name));
    expect(parts.map((p) => p.length - 1)).toEqual([3, 3, 1]);
    expect(parts[1]?.[0]).toEqual(parts[0]?.[0]);
    expect(parts.flatMap((p) => p.slice(1))).toEqual(oracleRows(q, records, () => 1, null));
  });

  it('counts the rows of every sheet in About', () => {
    const about = new Map(rowsOf(book, 'About').map((r) => [String(r[0]), r[1]]));
    expect(about.get('Datarækker i Data')).toBe(3);
    expect(about.get('Datarækker i Data (2)')).toBe(3);
    expect(about.get('Datarækker i Data (3)')).toBe(1);
    expect(about.get('Besvarelser i eksporten')).toBe(7);
  });
});
