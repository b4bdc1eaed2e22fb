/**
 * "Free text without −99" in the workbook (issue 11, item 6): the free-text columns of Data and
 * Labels are plain text (an unanswered text empty); every other column keeps −99; the Codebook and
 * About say which columns and how. Read back with SheetJS.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { dataColumns } from '../../../renderer/src/core/export/data-columns';
import { isFreeTextColumn, PLAIN_TEXT_MISSING, plainTextRowMapper } from '../../../renderer/src/core/export/missing-codes';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { record } from './fixtures';
import { readBook, request, rowsOf, type Cell } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();

// Section A without the workplace's name (asked, unanswered); an innovator who left recent_desc
// (the long text of section C) and n_employees unanswered; workplace_id answered.
const answers = { workplace_id: '12345678', innov_product: 'yes', innov_service: 'no', innov_process: 'no', innov_comm: 'no' };

async function book(plainText: boolean | undefined, content: 'both' | 'codes' | 'labels' = 'both') {
  const result = await buildWorkbook(q, [record(answers)], request({ labelLanguage: 'en', content, ...(plainText !== undefined && { plainText }) }));
  return readBook(result.bytes);
}

function cells(b: Awaited<ReturnType<typeof book>>, sheet: string): Map<string, Cell> {
  const [header, row] = rowsOf(b, sheet);
  return new Map((header as string[]).map((name, i) => [name, (row as Cell[])[i] ?? null]));
}

describe('free text without -99 in the workbook', () => {
  it('the free-text columns are the text and long-text questions of the questionnaire, nothing else', () => {
    expect(dataColumns(q).filter(isFreeTextColumn).map((c) => c.name)).toEqual(['workplace_name', 'workplace_id', 'recent_desc', 'comment']);
  });

  it('maps only -99 in free-text columns to an empty cell, leaving the row it was given alone', () => {
    const columns = dataColumns(q);
    const at = (name: string) => columns.findIndex((c) => c.name === name);
    const row = columns.map(() => -99 as Cell);
    row[at('workplace_id')] = '-99 kroner'; // a text that merely begins like the code stays
    const plain = plainTextRowMapper(columns)(row);
    expect([plain[at('workplace_name')], plain[at('workplace_id')], plain[at('recent_desc')], plain[at('comment')]]).toEqual([null, '-99 kroner', null, null]);
    expect([plain[at('n_employees')], plain[at('innov_service')], plain[at('recent_types')], plain[at('recent_types/product')], plain[at('size_class')]]).toEqual([-99, -99, -99, -99, -99]);
    expect(row[at('workplace_name')]).toBe(-99);
  });

  it('by default a free text left unanswered is -99, as every other column', async () => {
    const data = cells(await book(undefined), 'Data');
    expect([data.get('workplace_name'), data.get('workplace_id'), data.get('recent_desc'), data.get('n_employees')]).toEqual([-99, '12345678', -99, -99]);
    const labels = cells(await book(false), 'Labels');
    expect(labels.get('workplace_name')).toBe('Not answered');
  });

  it('when chosen, Data and Labels leave an unanswered free text empty; numbers, codes and skipped cells are unchanged', async () => {
    const b = await book(true);
    const data = cells(b, 'Data');
    expect([data.get('workplace_name'), data.get('workplace_id'), data.get('recent_desc')]).toEqual([null, '12345678', null]);
    expect([data.get('n_employees'), data.get('recent_types'), data.get('recent_types/product'), data.get('size_class')]).toEqual([-99, -99, -99, -99]);
    expect(data.get('innov_product')).toBe('yes');
    expect(data.get('dev_ongoing')).toBeNull(); // skipped: an innovator is not asked
    const labels = cells(b, 'Labels');
    expect([labels.get('workplace_name'), labels.get('recent_desc'), labels.get('n_employees'), labels.get('innov_product')]).toEqual([null, null, 'Not answered', 'Yes']);
    expect(cells(await book(true, 'codes'), 'Data').get('workplace_name')).toBeNull();
  });

  it('the Codebook gives the free-text columns their plain-text missing codes; About states the choice and the columns', async () => {
    const codebook = (b: Awaited<ReturnType<typeof book>>) => {
      const [header, ...rows] = rowsOf(b, 'Codebook');
      const m = (header as string[]).indexOf('missing_codes');
      return new Map(rows.map((r) => [String(r[0]), r[m]]));
    };
    const plain = codebook(await book(true));
    expect(plain.get('workplace_name')).toBe(PLAIN_TEXT_MISSING);
    expect(plain.get('comment')).toBe(PLAIN_TEXT_MISSING);
    expect(plain.get('n_employees')).toBe('Empty = skipped by routing (not asked). -99 = asked but not answered.');
    expect(codebook(await book(false)).get('workplace_name')).toBe('Empty = skipped by routing (not asked). -99 = asked but not answered.');

    const about = async (plainText: boolean) => new Map(rowsOf(await book(plainText), 'About').map((r) => [String(r[0]), String(r[1])]));
    expect((await about(true)).get('Free text')).toBe(
      'Chosen for this export: "Free text without -99 (an unanswered text field is left empty)". The free-text columns (workplace_name, workplace_id, recent_desc, comment) are plain text: empty cell = not answered or skipped; -99 is not used in them. Every other column has -99 as above.',
    );
    expect((await about(false)).get('Free text')).toBe(
      'The free-text columns (workplace_name, workplace_id, recent_desc, comment) have -99 for not answered like every other column (the export choice "Free text without -99" was not made).',
    );
  });

  it('About in Danish uses the dialog\'s Danish wording', async () => {
    const result = await buildWorkbook(q, [record(answers)], request({ labelLanguage: 'da', plainText: true }));
    const about = new Map(rowsOf(readBook(result.bytes), 'About').map((r) => [String(r[0]), String(r[1])]));
    expect(about.get('Fritekst')).toMatch(/^Valgt ved eksporten: "Fritekst uden -99 \(et ubesvaret tekstfelt står tomt\)"\. Fritekstkolonnerne \(workplace_name, workplace_id, recent_desc, comment\) er ren tekst/);
  });
});
