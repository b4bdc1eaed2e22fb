/** The .xlsx package itself: a valid ZIP (CRC-32 and sizes right), the parts Excel needs, escaped XML. */
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnLetters, escapeXml } from '../../../renderer/src/core/export/sheet-xml';
import { writeXlsx } from '../../../renderer/src/core/export/xlsx-writer';
import { zipEntries } from './zip-reader';

describe('the .xlsx package', async () => {
  const bytes = await writeXlsx([{ name: 'Data (2)', rows: [['a', 'b'], ['æ', 1]] }, { name: "O'Brien", rows: [['x']] }], new Date(2026, 10, 26, 23, 10, 5));
  const entries = zipEntries(bytes);

  it('holds the parts of a workbook', () => {
    expect([...entries.keys()].sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml',
      'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml',
    ]);
  });

  it('stores every entry deflated with the right CRC-32 and size', () => {
    for (const [name, entry] of entries) {
      expect(entry.method, name).toBe(8);
      const raw = inflateRawSync(entry.data);
      expect(raw.length, name).toBe(entry.size);
      expect(crc32(raw), name).toBe(entry.crc);
    }
  });

  it('names the sheets, escaped, with each auto-filter range quoted', () => {
    const workbook = inflateRawSync(entries.get('xl/workbook.xml')?.data ?? new Uint8Array()).toString();
    expect(workbook).toContain('<sheet name="Data (2)" sheetId="1" r:id="rId1"/>');
    expect(workbook).toContain(`<sheet name="O'Brien" sheetId="2" r:id="rId2"/>`);
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Data (2)'!$A$1:$B$2</definedName>`);
    expect(workbook).toContain(`'O''Brien'!$A$1:$A$1`);
  });

  it('escapes XML and Excel escape sequences', () => {
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(escapeXml('x\ry\u0001')).toBe('x_x000D_y_x0001_');
    expect(escapeXml('_x0041_ and _x12_')).toBe('_x005F_x0041_ and _x12_');
    expect(escapeXml('tab\tand\nline')).toBe('tab\tand\nline');
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});
