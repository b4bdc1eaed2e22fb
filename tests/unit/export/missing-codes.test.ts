/** Skipped, asked-but-unanswered and "don't know" never look alike, in Data, Labels and the Codebook. */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { missingCodesText, UNANSWERED_CODE, unansweredCodeCollides } from '../../../renderer/src/core/export/missing-codes';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { Variable } from '../../../renderer/src/core/questionnaire/model';
import { record } from './fixtures';
import { readBook, request, rowsOf, type Cell } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();

// Section B: product "don't know", service left blank (asked), process yes → innovator; dev_ongoing skipped.
const answers = { innov_product: 'dk', innov_process: 'yes', innov_comm: 'no', initiator: ['dk'] };

describe('missing codes', async () => {
  const result = await buildWorkbook(q, [record(answers)], request({ labelLanguage: 'en' }));
  const book = readBook(result.bytes);
  const cells = (sheet: string) => {
    const [header, row] = rowsOf(book, sheet);
    return new Map((header as string[]).map((name, i) => [name, (row as Cell[])[i]]));
  };
  const data = cells('Data');
  const labels = cells('Labels');

  it('writes "don\'t know" as its code, asked-but-unanswered as -99, skipped as an empty cell', () => {
    expect(data.get('innov_product')).toBe('dk');
    expect(data.get('innov_service')).toBe(UNANSWERED_CODE);
    expect(data.get('dev_ongoing')).toBeNull(); // skipped: innovator
    expect(labels.get('innov_product')).toBe("Don't know");
    expect(labels.get('innov_service')).toBe('Not answered');
    expect(labels.get('dev_ongoing')).toBeNull();
  });

  it('uses -99 in a numeric column and in every option column of an unanswered multiple choice', () => {
    expect(data.get('n_employees')).toBe(-99);
    expect(data.get('recent_types')).toBe(-99);
    expect(data.get('recent_types/product')).toBe(-99);
    expect(labels.get('recent_types/product')).toBe('Not answered');
    expect(data.get('dev_types/product')).toBeNull(); // skipped: empty, never 0 or -99
  });

  it('keeps a chosen "don\'t know" option a 1 in its own column', () => {
    expect(data.get('initiator')).toBe('dk');
    expect(data.get('initiator/dk')).toBe(1);
    expect(data.get('initiator/citizens')).toBe(0);
  });

  it('writes -99 for a derived variable whose inputs were not all answered, empty when it does not apply', async () => {
    const partial = readBook((await buildWorkbook(q, [record({ innov_product: 'no' })], request())).bytes);
    const [header, row] = rowsOf(partial, 'Data');
    const get = (name: string) => (row as Cell[])[(header as string[]).indexOf(name)];
    expect(get('innov_any')).toBe(-99);
    expect(get('size_class')).toBe(-99);
    expect(data.get('innov_any')).toBe(1);
    expect(data.get('size_class')).toBe(-99); // n_employees not answered
    expect(data.get('civil_role')).toBe(0);
  });

  it('documents the scheme in the Codebook and in About', () => {
    expect(missingCodesText('question')).toBe('Empty = skipped by routing (not asked). -99 = asked but not answered.');
    const about = new Map(rowsOf(book, 'About').map((r) => [String(r[0]), String(r[1])]));
    expect(about.get('Missing values')).toContain('-99 = asked but not answered');
    expect(about.get('Missing values')).toContain('never a missing value');
  });

  it('warns in the Codebook when -99 could be a real answer', () => {
    const n = q.byName.get('n_employees') as Variable;
    expect(unansweredCodeCollides(n)).toBe(false);
    const open: Variable = { ...n, question: { name: 'x', type: 'integer', label: n.label } };
    expect(unansweredCodeCollides(open)).toBe(true);
    expect(missingCodesText('question', open)).toContain('-99 is also a valid answer');
  });
});
