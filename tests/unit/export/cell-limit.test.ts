/**
 * Exports never exceed a cell (issue 10, item 5): a 40,000-character answer beginning with "=" used to
 * break every export carrying the audit log ("Cell K30 has 32768 characters"), because the audit and
 * quality sheets cut to 32,767 BEFORE adding the neutralising apostrophe. Every sheet writer now goes
 * through one function (`cellText`: neutralise first, then cut), and the xlsx writer applies it to
 * every text cell as well. Each writer is fed the payload and its file read back with SheetJS.
 */
import { describe, expect, it } from 'vitest';
import { auditSheet } from '../../../renderer/src/core/audit/audit-rows';
import { buildAuditWorkbook } from '../../../renderer/src/core/export/audit-workbook';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { codebookSheet } from '../../../renderer/src/core/export/codebook-sheet';
import { dataColumns } from '../../../renderer/src/core/export/data-columns';
import { cellText, safeCellText } from '../../../renderer/src/core/export/neutralise-formula';
import { writeXlsx, type SheetData } from '../../../renderer/src/core/export/xlsx-writer';
import { qualityRows, QUALITY_COLUMNS, QUALITY_SHEET_NAME } from '../../../renderer/src/core/quality/quality-rows';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import { computeWeights } from '../../../renderer/src/core/weights';
import { DEVICE_A, makeChain, stored } from '../audit/chain-fixture';
import { testDefinition } from '../db/test-questionnaire';
import { innovationAnswers, record } from './fixtures';
import { readBook, request, rowsOf, type Cell } from './workbook-fixtures';

const PAYLOAD = '=' + 'x'.repeat(39_999);
/** Worked out by hand: the apostrophe, then the first 32,766 characters of the payload. */
const EXPECTED = "'=" + 'x'.repeat(32_765);

/** Every text cell of every sheet of the file: none over 32,767, none formula-like. */
function expectEveryCellFits(bytes: Uint8Array): Cell[] {
  const book = readBook(bytes);
  const cells = book.SheetNames.flatMap((name) => rowsOf(book, name).flat());
  for (const c of cells) {
    if (typeof c !== 'string') continue;
    expect(c.length).toBeLessThanOrEqual(32_767);
    expect(/^[=+\-@\t\r]/.test(c), c.slice(0, 20)).toBe(false);
  }
  return cells;
}

describe('the one cell function', () => {
  it('neutralises first, then cuts: 40,000 "=…" becomes exactly 32,767 characters starting with an apostrophe', () => {
    expect(EXPECTED).toHaveLength(32_767);
    expect(cellText(PAYLOAD)).toBe(EXPECTED);
    expect(safeCellText(PAYLOAD)).toEqual({ text: EXPECTED, truncatedFrom: 40_000 });
  });

  it('is idempotent, so the writer may apply it again', () => {
    expect(cellText(cellText(PAYLOAD))).toBe(EXPECTED);
    expect(cellText("'+45")).toBe("'+45");
    expect(cellText('plain')).toBe('plain');
  });

  it('a text just at the limit that needs the apostrophe is cut by one', () => {
    const text = '-' + 'y'.repeat(32_766);
    expect(safeCellText(text)).toEqual({ text: "'-" + 'y'.repeat(32_765), truncatedFrom: 32_767 });
  });
});

describe('every sheet writer with a 40,000-character "=…" answer', () => {
  const entries = stored(makeChain(DEVICE_A, 2)).map((e, i) => (i === 1 ? { ...e, oldValue: PAYLOAD, newValue: PAYLOAD, reason: PAYLOAD } : e));

  it('the xlsx writer itself: a raw cell is neutralised and cut, never refused', async () => {
    const cells = expectEveryCellFits(await writeXlsx([{ name: 'Raw', rows: [['a'], [PAYLOAD]] }]));
    expect(cells).toContain(EXPECTED);
  });

  it('the Audit sheet (old, new, reason)', () => {
    const row = auditSheet(entries).rows[1];
    expect(row?.slice(9, 12)).toEqual([EXPECTED, EXPECTED, EXPECTED]);
  });

  it('the standalone audit workbook writes (it used to fail "Cell … has 32768 characters")', async () => {
    const book = await buildAuditWorkbook(entries, { exportedAt: new Date(2026, 10, 27), exportedBy: PAYLOAD, appVersion: '0.1.0', lang: 'da' });
    const cells = expectEveryCellFits(book.bytes);
    expect(cells.filter((c) => c === EXPECTED)).toHaveLength(4); // old, new, reason, exported by
  });

  it('the barometer workbook: Data, Labels, About and the Audit sheet', async () => {
    const q = loadBuiltinQuestionnaire();
    const records = [record({ ...innovationAnswers, recent_desc: PAYLOAD }, { id: 'long', key: 'LNG-1', createdByName: PAYLOAD })];
    const job = await import('../../../renderer/src/core/export/workbook-export');
    const exp = new job.WorkbookExport(q, request({ exportedBy: PAYLOAD }));
    exp.add(records);
    const result = await exp.finish(undefined, { audit: auditSheet(entries) });
    const book = readBook(result.bytes);
    expectEveryCellFits(result.bytes);
    const [header, row] = rowsOf(book, 'Data');
    const at = (name: string) => (header as string[]).indexOf(name);
    expect(row?.[at('recent_desc')]).toBe(EXPECTED);
    expect(row?.[at('created_by')]).toBe(EXPECTED);
    expect(rowsOf(book, 'Labels')[1]?.[at('recent_desc')]).toBe(EXPECTED);
    expect(rowsOf(book, 'Audit')[2]?.slice(9, 12)).toEqual([EXPECTED, EXPECTED, EXPECTED]);
    expect(rowsOf(book, 'About').find((r) => r[0] === 'Eksporteret af')?.[1]).toBe(EXPECTED);
    expect(result.summary.truncated.map((t) => t.column).sort()).toEqual(['created_by', 'recent_desc']);
    // The same through the one-call entry point (no audit log): Data holds the cut answer.
    const plain = await buildWorkbook(q, records, request());
    expect(rowsOf(readBook(plain.bytes), 'Data')[1]?.[at('recent_desc')]).toBe(EXPECTED);
  });

  it('the About sheet says how long texts are cut', async () => {
    const q = loadBuiltinQuestionnaire();
    const result = await buildWorkbook(q, [record(innovationAnswers)], request());
    const about = rowsOf(readBook(result.bytes), 'About');
    const line = about.find((r) => r[0] === 'Tekster, der ligner formler')?.[1];
    expect(line).toMatch(/32\.767 tegn/);
    const en = await buildWorkbook(q, [record(innovationAnswers)], request({ labelLanguage: 'en' }));
    expect(rowsOf(readBook(en.bytes), 'About').find((r) => r[0] === 'Texts that look like formulas')?.[1]).toMatch(/32,767 characters/);
  });

  it('the Data quality sheet (value and the question text)', async () => {
    const q = loadQuestionnaire({
      ...testDefinition,
      sections: testDefinition.sections.map((s, i) =>
        i === 0 ? { ...s, questions: s.questions.map((qq, j) => (j === 0 ? { ...qq, label: { da: PAYLOAD, en: PAYLOAD } } : qq)) } : s,
      ),
    });
    if (!q.ok) throw new Error('test questionnaire did not load');
    const rows = qualityRows(
      [{ responseId: 'r1', key: 'LNG-1', variable: 'workplace_name', rule: 'wrong-type', message: { da: PAYLOAD, en: PAYLOAD }, value: PAYLOAD }],
      q.value,
      'da',
    );
    expect(rows[0]?.slice(3)).toEqual([EXPECTED, 'wrong-type', EXPECTED, EXPECTED]);
    const sheet: SheetData = { name: QUALITY_SHEET_NAME, rows: [[...QUALITY_COLUMNS], ...rows] };
    expectEveryCellFits(await writeXlsx([sheet]));
  });

  it('the Codebook sheet (a question wording from a questionnaire file)', async () => {
    const q = loadQuestionnaire({
      ...testDefinition,
      sections: testDefinition.sections.map((s, i) =>
        i === 0 ? { ...s, questions: s.questions.map((qq, j) => (j === 0 ? { ...qq, label: { da: PAYLOAD, en: PAYLOAD } } : qq)) } : s,
      ),
    });
    if (!q.ok) throw new Error('test questionnaire did not load');
    const sheet = codebookSheet(q.value, dataColumns(q.value), computeWeights(null, []));
    const cells = expectEveryCellFits(await writeXlsx([sheet]));
    expect(cells).toContain(EXPECTED);
  });
});
