/** The workbook across editions: union columns in the documented order, renamed options mapped, −97 for what an edition lacks. */
import { describe, expect, it } from 'vitest';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import { orderEditions } from '../../../renderer/src/core/editions/edition-order';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { META_COLUMNS } from '../../../renderer/src/core/export/data-columns';
import { editionColumns, editionDataRow, editionPlan, unionOrder } from '../../../renderer/src/core/export/edition-columns';
import { columnEditions } from '../../../renderer/src/core/export/codebook-editions';
import { codebookSheet } from '../../../renderer/src/core/export/codebook-sheet';
import { labelRowMapper } from '../../../renderer/src/core/export/label-rows';
import { computeWeights } from '../../../renderer/src/core/weights';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import { compiled, edition1, edition2 } from './editions-fixture';

const q1 = compiled(edition1);
const q2 = compiled(edition2);
const set = editionSet([q2, q1]);

const record = (version: string, answers: Answers) => ({
  id: `id-${version}`, key: `K-${version}`, status: 'draft', createdByName: 'Anna', createdAt: '2027-01-01T10:00:00.000Z', updatedAt: '2027-01-01T10:00:00.000Z',
  questionnaireId: 'editions-test', questionnaireVersion: version, answers,
});

describe('the order of editions and of the union of their variables', () => {
  it('an edition comes after the one it names as previous; otherwise versions compare as numbers', () => {
    const v = (version: string, previousVersion?: string) => ({ ...edition1, version, ...(previousVersion ? { previousVersion } : {}) });
    expect(orderEditions([v('2024.10'), v('2024.2'), v('2024.1')]).map((d) => d.version)).toEqual(['2024.1', '2024.2', '2024.10']);
    // "b" follows "z" by its declaration, though "b" sorts first.
    expect(orderEditions([v('b', 'z'), v('z'), v('a')]).map((d) => d.version)).toEqual(['a', 'z', 'b']);
  });

  it('the newest edition is the reference; a name only an older edition has goes right after its predecessor there', () => {
    expect(set.reference).toBe(q2);
    expect(unionOrder([['a', 'c', 'x'], ['a', 'b', 'c', 'd']])).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(unionOrder([['b', 'c'], ['a', 'b']])).toEqual(['a', 'b', 'c']);
    expect(unionOrder([['a'], ['a', 'b'], ['c', 'a']])).toEqual(['c', 'a', 'b']);
  });

  it('columns: metadata, edition 2 in its order with the retired question after its predecessor, options in edition 2’s codes, weight', () => {
    const names = editionColumns(set).map((c) => c.name);
    expect(names).toEqual([
      ...META_COLUMNS,
      'name', 'level', 'ai', 'kinds', 'kinds/service', 'kinds/method', 'kinds/digital', 'kinds/none', 'retired',
      'weight',
    ]);
  });
});

describe('one response of each edition in the union columns', () => {
  const columns = editionColumns(set);
  const cells = (version: string, answers: Answers) => {
    const q = version === '1' ? q1 : q2;
    const row = editionDataRow(record(version, answers), editionPlan(set, q, columns), evaluateResponse(q, answers));
    return Object.fromEntries(columns.slice(META_COLUMNS.length - 1, -1).map((c, i) => [c.name, row[META_COLUMNS.length - 1 + i]]));
  };

  it('edition 1: renamed codes carried to edition 2’s, −97 for the new question and the new option, the retired answer kept', () => {
    expect(cells('1', { name: 'A', level: 'region', kinds: ['service', 'process'], retired: 7 })).toEqual({
      questionnaire_version: '1',
      name: 'A', level: 'regional', ai: -97, kinds: 'service method',
      'kinds/service': 1, 'kinds/method': 1, 'kinds/digital': -97, 'kinds/none': 0, retired: 7,
    });
  });

  it('edition 2: −97 for the retired question; unanswered is still −99', () => {
    expect(cells('2', { name: 'B', kinds: ['digital'] })).toEqual({
      questionnaire_version: '2',
      name: 'B', level: -99, ai: -99, kinds: 'digital',
      'kinds/service': 0, 'kinds/method': 0, 'kinds/digital': 1, 'kinds/none': 0, retired: -97,
    });
  });

  it('the Labels sheet says −97 in words', () => {
    const q = q1;
    const answers = { level: 'region', kinds: ['service'] };
    const row = editionDataRow(record('1', answers), editionPlan(set, q, columns), evaluateResponse(q, answers));
    const labels = labelRowMapper(q2, columns, 'en')(row);
    const at = (name: string) => labels[columns.findIndex((c) => c.name === name)];
    expect([at('level'), at('ai'), at('kinds/digital')]).toEqual(['Regional', "Not in the response's edition", "Not in the response's edition"]);
  });
});

describe('the Codebook across editions', () => {
  const columns = editionColumns(set);
  const sheet = codebookSheet(q2, columns, computeWeights(null, []), { editions: set });
  const header = sheet.rows[0] as string[];
  const row = (name: string) => {
    const r = sheet.rows.find((x) => x[0] === name) as unknown[];
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  };

  it('names the editions of each column and the renames mapped into it', () => {
    expect(header.slice(-2)).toEqual(['editions', 'renamed_options']);
    expect([row('level').editions, row('level').renamed_options]).toEqual(['1, 2', '1: region → regional']);
    expect([row('kinds/method').editions, row('kinds/method').renamed_options]).toEqual(['1, 2', '1: process → method']);
    expect([row('ai').editions, row('retired').editions, row('kinds/digital').editions]).toEqual(['2', '1', '2']);
  });

  it('gives −97 as a missing code only where an edition lacks the column', () => {
    expect(String(row('ai').missing_codes)).toContain("-97 = not in the edition the response was keyed in");
    expect(String(row('retired').missing_codes)).toContain('-97');
    expect(String(row('level').missing_codes)).not.toContain('-97');
  });

  it('columnEditions agrees with the plan for each edition', () => {
    const byName = new Map(columns.map((c, i) => [c.name, columnEditions(set, columns)[i]]));
    expect(byName.get('kinds/none')).toEqual({ editions: ['1', '2'], renamed: [] });
  });
});
