/**
 * A sample-frame csv split into rows as the spreadsheet Worker splits it (`csvRows`): decoded (a BOM
 * dropped, Windows-1252 when it is not UTF-8), the separator of the header line, quoted cells with
 * separators, quotes and line breaks, and never more than one row past the limit. Expected rows are
 * written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseFrameRows, TOO_MANY_FRAME_ROWS } from '../../../renderer/src/core/fieldwork/parse-frame';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { csvRows } from '../../../renderer/src/ui/spreadsheet/csv-rows';
import { checkSheetMatrix } from '../../../renderer/src/ui/spreadsheet/sheet-matrix';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('splitting a sample-frame csv', () => {
  it('a Danish Excel csv: BOM, semicolons, CRLF, a quoted name with a semicolon, a quote and a line break', () => {
    const text = '\ufeffcvr;navn;niveau;område;størrelse\r\n11111111;"Skolen ""Nord""; afd. 2";kommune;uddannelse;10-49\r\n22222222;"Museet\r\nved åen";stat;kultur og fritid;3-9\r\n';
    expect(csvRows(utf8(text), 10)).toEqual([
      ['cvr', 'navn', 'niveau', 'område', 'størrelse'],
      ['11111111', 'Skolen "Nord"; afd. 2', 'kommune', 'uddannelse', '10-49'],
      ['22222222', 'Museet\r\nved åen', 'stat', 'kultur og fritid', '3-9'],
    ]);
  });

  it('a file from Excel with a separator for 80 columns, only 5 of them filled: the empty tail does not count against the 50-column limit', () => {
    const pad = ';'.repeat(75);
    const text = `cvr;navn;niveau;område;størrelse${pad}\r\n11111111;Skolen;kommune;uddannelse;10-49${pad}\r\n`;
    const rows = csvRows(utf8(text), 10);
    expect(rows).toEqual([
      ['cvr', 'navn', 'niveau', 'område', 'størrelse'],
      ['11111111', 'Skolen', 'kommune', 'uddannelse', '10-49'],
    ]);
    expect(checkSheetMatrix(rows, 10).ok).toBe(true);
    // 51 cells that hold something are still too many.
    const wide = `${Array.from({ length: 51 }, (_, i) => `k${i}`).join(';')}\r\n`;
    const refused = checkSheetMatrix(csvRows(utf8(wide), 10), 10);
    expect(refused.ok ? '' : refused.error.da).toBe('Række 1 har mere end 50 kolonner.');
  });

  it('a tab-separated Windows-1252 file from an old Excel, with a blank line kept as a row', () => {
    // "id\tnavn\tområde" + "12345678\tRådhuset\tsundhed", å as the single byte 0xE5.
    const bytes = new Uint8Array([...utf8('id\tnavn\tomr'), 0xe5, ...utf8('de\n\n12345678\tR'), 0xe5, ...utf8('dhuset\tsundhed')]);
    expect(csvRows(bytes, 10)).toEqual([['id', 'navn', 'område'], [''], ['12345678', 'Rådhuset', 'sundhed']]);
  });

  it('stops one row past the limit: five lines with a limit of 3 give four rows, which the check refuses in the frame’s words', () => {
    const text = 'cvr;navn\n1;a\n2;b\n3;c\n4;d\n';
    const rows = csvRows(utf8(text), 3);
    expect(rows).toEqual([['cvr', 'navn'], ['1', 'a'], ['2', 'b'], ['3', 'c']]);
    expect(checkSheetMatrix(rows, 3, TOO_MANY_FRAME_ROWS)).toEqual({ ok: false, error: TOO_MANY_FRAME_ROWS });
    expect(checkSheetMatrix(rows.slice(0, 3), 3, TOO_MANY_FRAME_ROWS)).toEqual({ ok: true, value: rows.slice(0, 3) });
  });

  it('the rows of a split frame parse into its cases', () => {
    const rows = csvRows(utf8('cvr,navn,niveau,område,antal ansatte\n29189846,Region H,Region,Sundhed,420\n'), 10);
    expect(rows).toEqual([['cvr', 'navn', 'niveau', 'område', 'antal ansatte'], ['29189846', 'Region H', 'Region', 'Sundhed', '420']]);
    const parsed = parseFrameRows(rows, stratumVocabulary(loadBuiltinQuestionnaire()));
    expect(parsed.ok && parsed.value.cases.map((c) => [c.workplaceId, c.sector_level, c.policy_area, c.size_class, c.employees])).toEqual([['29189846', 'region', 'health', '100_plus', 420]]);
  });
});
