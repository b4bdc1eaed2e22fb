/**
 * Formula-like text, overlong text and awkward characters: nothing in the file can become a
 * formula, numbers stay numbers, texts read back exactly (as neutralised), long ones are cut and reported.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { innovationAnswers, record } from './fixtures';
import { readBook, request, rowsOf, type Cell } from './workbook-fixtures';
import { zipEntries } from './zip-reader';

const q = loadBuiltinQuestionnaire();

const payloads = {
  equals: '=HYPERLINK("http://evil.example","klik")',
  plus: '+45 12 34 56 78',
  minus: "-2+3+cmd|' /C calc'!A0",
  at: '@SUM(A1:A9)',
  tab: '\t=1+1',
  cr: '\r=1+1',
};

const records = Object.entries(payloads).map(([name, text], i) =>
  record(
    { ...innovationAnswers, workplace_name: text, recent_desc: text, n_employees: 100 + i },
    { id: `inj-${name}`, key: `INJ-${i}`, createdAt: `2026-02-0${i + 1}T10:00:00.000Z`, createdByName: text },
  ),
);
records.push(
  record(
    { ...innovationAnswers, recent_desc: 'x'.repeat(40_000), comment: 'ctrl\u0001\u001f end _x0041_ <b>&amp;</b> 😀 \uD800' },
    { id: 'long', key: 'LNG-1', createdAt: '2026-03-01T10:00:00.000Z' },
  ),
);

describe('formula injection and limits', async () => {
  const result = await buildWorkbook(q, records, request());
  const book = readBook(result.bytes);
  const [header, ...rows] = rowsOf(book, 'Data');
  const col = (name: string) => (header as string[]).indexOf(name);

  it.each(Object.entries(payloads))('neutralises a text starting with %s in answers and in metadata', (_name, text) => {
    const row = rows.find((r) => r[col('workplace_name')] === `'${text}`) as Cell[];
    expect(row, text).toBeDefined();
    expect(row[col('recent_desc')]).toBe(`'${text}`);
    expect(row[col('created_by')]).toBe(`'${text}`);
  });

  it('keeps numbers numeric', () => {
    expect(rows.map((r) => typeof r[col('n_employees')])).toEqual(rows.map(() => 'number'));
  });

  it('contains no formula element in any part of the file', () => {
    for (const [name, entry] of zipEntries(result.bytes)) {
      const xml = inflateRawSync(entry.data).toString('utf8');
      expect(xml, name).not.toMatch(/<f[\s>]/);
    }
  });

  it('cuts the 40,000-character text to 32,767 and reports it', () => {
    const row = rows.find((r) => r[col('key')] === 'LNG-1') as Cell[];
    expect(String(row[col('recent_desc')])).toHaveLength(32_767);
    expect(result.summary.truncated).toEqual([{ key: 'LNG-1', uuid: 'long', column: 'recent_desc', originalLength: 40_000 }]);
    const about = rowsOf(book, 'About').filter((r) => r[0] === 'Afkortet');
    expect(about).toEqual([['Afkortet', 'Data · LNG-1 · recent_desc: 40000 → 32767']]);
  });

  it('reads control characters, markup and Excel escapes back unchanged; an unpaired surrogate becomes U+FFFD', () => {
    const row = rows.find((r) => r[col('key')] === 'LNG-1') as Cell[];
    expect(row[col('comment')]).toBe('ctrl\u0001\u001f end _x0041_ <b>&amp;</b> 😀 \uFFFD');
  });
});
