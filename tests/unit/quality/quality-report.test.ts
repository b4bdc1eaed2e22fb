import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import type { QualityResponse } from '../../../renderer/src/core/quality/finding';
import { fences, quantile } from '../../../renderer/src/core/quality/outliers';
import { qualityReport } from '../../../renderer/src/core/quality/quality-report';
import { QUALITY_COLUMNS, qualityRows } from '../../../renderer/src/core/quality/quality-rows';
import { testQuestionnaire } from '../db/test-questionnaire';

const q = testQuestionnaire();
const clean: Answers = { workplace_name: 'Aarhus Kommune', workplace_id: '751', employees: 10, innovated: 'no' };
let n = 0;
const response = (answers: Answers, key = `K${String(++n).padStart(2, '0')}-AAA`): QualityResponse => ({ id: `id-${key}`, key, answers });
const found = (responses: QualityResponse[], rule?: string) =>
  qualityReport(responses, q, { outlierVariables: ['employees'] })
    .filter((f) => rule === undefined || f.rule === rule)
    .map((f) => [f.key, f.variable, f.rule, f.value]);

describe('the data-quality report', () => {
  it('finds nothing in a clean response', () => {
    expect(found([response(clean, 'CLN-001')])).toEqual([]);
  });

  it('required but unanswered: an asked, required question left blank', () => {
    expect(found([response({ ...clean, workplace_name: '' }, 'REQ-001')])).toEqual([['REQ-001', 'workplace_name', 'required-unanswered', '']]);
  });

  it('out of range: a number outside its bounds', () => {
    const [finding] = qualityReport([response({ ...clean, employees: 200_000 }, 'RNG-001')], q);
    expect(finding).toMatchObject({ key: 'RNG-001', variable: 'employees', rule: 'out-of-range', value: 200_000 });
    expect(finding?.message).toEqual({ en: 'Must be at most 100000', da: 'Må højst være 100000' });
  });

  it('wrong type: text typed where a number belongs', () => {
    expect(found([response({ ...clean, employees: '12a' }, 'TYP-001')])).toEqual([['TYP-001', 'employees', 'wrong-type', '12a']]);
  });

  it('invalid choice codes, from an older questionnaire version, asked or skipped', () => {
    const answers = { ...clean, innovated: 'yes', kinds: ['service', 'digital_2019'], effect_cost: 'maybe' };
    expect(found([response(answers, 'OLD-001')], 'invalid-choice')).toEqual([
      ['OLD-001', 'kinds', 'invalid-choice', ['service', 'digital_2019']],
      ['OLD-001', 'effect_cost', 'invalid-choice', 'maybe'],
    ]);
    const skipped = qualityReport([response({ ...clean, kinds: ['gone'] }, 'OLD-002')], q);
    expect(skipped.map((f) => f.rule)).toEqual(['invalid-choice', 'skipped-with-value']);
    expect(skipped[0]?.message.en).toMatch(/'gone'/);
  });

  it('skipped questions that still hold a value', () => {
    const [finding] = qualityReport([response({ ...clean, kinds: ['service'] }, 'SKP-001')], q);
    expect(finding).toMatchObject({ variable: 'kinds', rule: 'skipped-with-value', value: ['service'] });
    // An option is shown by its label, with the code beside it.
    expect(finding?.message.en).toBe('Skipped by the routing, but still holds the value Service (service)');
    expect(finding?.message.da).toBe('Springes over af filtreringen, men har stadig værdien Service (service)');
    const [two] = qualityReport([response({ ...clean, kinds: ['service', 'process'] }, 'SKP-002')], q);
    expect(two?.message.en).toBe('Skipped by the routing, but still holds the value Service (service), Process (process)');
  });

  it('outliers in the number of employees, beyond Q3 + 3·IQR', () => {
    const usual = Array.from({ length: 12 }, (_, i) => response({ ...clean, workplace_id: `w${i}`, employees: 10 + i }, `OUT-${String(i).padStart(3, '0')}`));
    const big = response({ ...clean, workplace_id: 'big', employees: 5_000 }, 'OUT-BIG');
    expect(found([...usual, big], 'outlier')).toEqual([['OUT-BIG', 'employees', 'outlier', 5_000]]);
    expect(found(usual, 'outlier')).toEqual([]);
    // Too few values to say what is usual: nothing flagged.
    expect(found([...usual.slice(0, 8), big], 'outlier')).toEqual([]);
  });

  it('two responses for one workplace id, each naming the other', () => {
    const a = response({ ...clean, workplace_id: ' 751 ' }, 'DUP-001');
    const b = response({ ...clean }, 'DUP-002');
    const report = qualityReport([a, b, response({ ...clean, workplace_id: '999' }, 'DUP-003')], q);
    expect(report.map((f) => [f.key, f.rule, f.value, f.message.en])).toEqual([
      ['DUP-001', 'duplicate-workplace', '751', 'Workplace id 751 also has response(s) DUP-002'],
      ['DUP-002', 'duplicate-workplace', '751', 'Workplace id 751 also has response(s) DUP-001'],
    ]);
  });

  it('orders findings by response, then questionnaire order, and exports them as a sheet', () => {
    const responses = [response({ employees: -1, innovated: 'no', kinds: ['x'] }, 'B-1'), response({ ...clean, workplace_id: 'a' }, 'A-1')];
    const report = qualityReport(responses, q);
    expect(report.map((f) => [f.key, f.variable, f.rule])).toEqual([
      ['B-1', 'workplace_name', 'required-unanswered'],
      ['B-1', 'employees', 'out-of-range'],
      ['B-1', 'kinds', 'invalid-choice'],
      ['B-1', 'kinds', 'skipped-with-value'],
    ]);
    const rows = qualityRows(report, q, 'en');
    expect(QUALITY_COLUMNS).toEqual(['response', 'responseId', 'variable', 'question', 'rule', 'message', 'value']);
    expect(rows[1]).toEqual(['B-1', 'id-B-1', 'employees', 'Employees', 'out-of-range', 'Must be at least 0', -1]);
    expect(rows[2]?.[6]).toBe('x');
  });

  it('checks n_employees of the barometer by default', () => {
    const barometer = loadBuiltinQuestionnaire();
    const values = [5, 8, 12, 15, 20, 25, 30, 40, 50, 60, 70, 9_000];
    const responses = values.map((v, i) => response({ n_employees: v, workplace_id: `${10_000_000 + i}` }, `BAR-${String(i).padStart(3, '0')}`));
    const outliers = qualityReport(responses, barometer).filter((f) => f.rule === 'outlier');
    expect(outliers.map((f) => [f.key, f.variable, f.value])).toEqual([['BAR-011', 'n_employees', 9_000]]);
  });
});

describe('quartiles and fences', () => {
  it('interpolate between order statistics (R type 7, Excel QUARTILE.INC)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(fences([4, 1, 3, 2])).toEqual({ q1: 1.75, q3: 3.25, iqr: 1.5, low: -2.75, high: 7.75 });
  });
});
