/**
 * The Weights sheet's diagnostics and collapsed strata (issue 11, item 3): the sheet from a weighting
 * worked out by hand, and a whole workbook whose weight column, Weights, About and Codebook follow
 * the coordinator's collapses.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { weightsSheet, WEIGHTS_HEADER } from '../../../renderer/src/core/export/weights-sheet';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights, stratumVocabulary, type PopulationTable, type Respondent } from '../../../renderer/src/core/weights';
import { generateResponses } from '../../fixtures/generate-responses';
import { oracleRows, readBook, request, rowsOf, sortRecords, tableRowsOf } from './workbook-fixtures';

// A state·3–9 N 10 (a1 a2), B state·10–49 N 6 (b1–b3), C region·3–9 N 4 (nobody), D region·10–49 N 5 (d1).
const A = 'sector_level=state|size_class=3_9';
const B = 'sector_level=state|size_class=10_49';
const C = 'sector_level=region|size_class=3_9';
const D = 'sector_level=region|size_class=10_49';
const table: PopulationTable = [
  { sector_level: 'state', size_class: '3_9', population: 10 },
  { sector_level: 'state', size_class: '10_49', population: 6 },
  { sector_level: 'region', size_class: '3_9', population: 4 },
  { sector_level: 'region', size_class: '10_49', population: 5 },
];
const at = (id: string, sector_level: string, size_class: string): Respondent => ({ id, values: { sector_level, size_class } });
const people = [at('a1', 'state', '3_9'), at('a2', 'state', '3_9'), at('b1', 'state', '10_49'), at('b2', 'state', '10_49'), at('b3', 'state', '10_49'), at('d1', 'region', '10_49')];
const column = (name: string) => WEIGHTS_HEADER.indexOf(name as (typeof WEIGHTS_HEADER)[number]);
/** The diagnostics block: measure → [value, note]. */
const block = (rows: readonly (readonly unknown[])[]) => {
  const start = rows.findIndex((r) => r.length === 0);
  return new Map(rows.slice(start + 2).map((r) => [r[0], [r[1], r[2]]]));
};

describe('the Weights sheet without collapses', () => {
  const sheet = weightsSheet(computeWeights(table, people), 6, 'en');
  const rows = sheet.rows;

  it('gives every stratum its weighting stratum, Σw of its rows, Σw − N and a check', () => {
    const pick = ['stratum', 'weighting_stratum', 'N_weighting', 'r_weighting', 'sum_w', 'sum_w_minus_N', 'check'].map(column);
    expect(rows.slice(1, 5).map((r) => pick.map((i) => r[i]))).toEqual([
      [A, A, 10, 2, 10, 0, null],
      [B, B, 6, 3, 6, 0, null],
      [C, C, 4, 0, 0, -4, 'empty'],
      [D, D, 5, 1, 5, 0, 'single'],
    ]);
    expect(sheet.filterRows).toBe(4); // the auto-filter covers the table, not the block below it
  });

  it('puts the diagnostics under one empty row: totals, spread, Kish’s design effect, empty and single strata', () => {
    expect(rows[5]).toEqual([]);
    expect(rows[6]).toEqual(['diagnostic', 'value', 'note']);
    const d = block(rows);
    expect(d.get('total_N')?.[0]).toBe(25);
    expect(d.get('sum_w')?.[0]).toBe(21);
    expect(d.get('sum_w_minus_N')?.[0]).toBe(-4);
    expect(d.get('weighted_responses')?.[0]).toBe(6);
    expect(d.get('min_w')?.[0]).toBe(2);
    expect(d.get('max_w')?.[0]).toBe(5);
    expect(d.get('max_min_ratio')?.[0]).toBe(2.5);
    expect(d.get('mean_w')?.[0]).toBeCloseTo(3.5, 12);
    expect(d.get('cv_w')?.[0]).toBeCloseTo(3 / 7, 12);
    expect(d.get('deff_kish')?.[0]).toBeCloseTo(522 / 441, 12);
    expect(d.get('n_effective_kish')?.[0]).toBeCloseTo(441 / 87, 12);
    expect(d.get('empty_strata')).toEqual([1, 'Strata with N > 0 but no responses: region · 3–9 employees.']);
    expect(d.get('single_strata')?.[0]).toBe(1);
    expect(d.get('collapsed')).toEqual([0, 'Collapsed strata (stratum → neighbour), chosen by a coordinator: none.']);
    expect(d.has('collapse_ignored')).toBe(false);
  });

  it('an unweighted sheet has one row and no diagnostics', () => {
    const plain = weightsSheet(computeWeights(null, people), 6, 'da');
    expect(plain.rows).toHaveLength(2);
    expect(plain.rows[1]?.[column('status')]).toBe('unweighted');
  });
});

describe('the Weights sheet with C collapsed into A and D into B, in Danish', () => {
  const set = computeWeights(table, people, stratumVocabulary(loadBuiltinQuestionnaire()), undefined, [{ from: C, into: A }, { from: D, into: B }, { from: 'sector_level=moon|size_class=3_9', into: A }]);
  const rows = weightsSheet(set, 6, 'da').rows;

  it('names the neighbour of each collapsed stratum and the N and r of both together', () => {
    const pick = ['stratum', 'N_h', 'r_h', 'w', 'status', 'weighting_stratum', 'N_weighting', 'r_weighting', 'sum_w', 'sum_w_minus_N', 'check'].map(column);
    expect(rows.slice(1, 5).map((r) => pick.map((i) => r[i]))).toEqual([
      [A, 10, 2, 7, 'weighted', A, 14, 2, 14, 0, null],
      [B, 6, 3, 2.75, 'weighted', B, 11, 4, 8.25, 0, null],
      [C, 4, 0, 7, 'collapsed', A, 14, 2, 0, 0, null],
      [D, 5, 1, 2.75, 'collapsed', B, 11, 4, 2.75, 0, null],
    ]);
    expect(rows[1]?.[column('note')]).toBe('Vægtet: w = N_h / r_h. Vægtet sammen med Region · 3-9 ansatte: w = N_weighting / r_weighting.');
  });

  it('lists the collapses by name, and the stored one the table does not allow with its reason', () => {
    const d = block(rows);
    expect(d.get('sum_w')?.[0]).toBe(25);
    expect(d.get('sum_w_minus_N')?.[0]).toBe(0);
    expect(d.get('empty_strata')?.[0]).toBe(0);
    expect(d.get('collapsed')).toEqual([2, 'Sammenvægtede strata (stratum → nabostratum), valgt af en koordinator: Region · 3-9 ansatte → Stat · 3-9 ansatte; Region · 10-49 ansatte → Stat · 10-49 ansatte.']);
    expect(d.get('collapse_ignored')).toEqual([1, 'Gemte sammenvægtninger, der ikke passer til populationstabellen og ikke er brugt: sector_level=moon|size_class=3_9 → sector_level=state|size_class=3_9 (stratummet findes ikke i populationstabellen).']);
  });
});

describe('a workbook with collapsed strata', async () => {
  const q = loadBuiltinQuestionnaire();
  const records = generateResponses(q, 200, 5).records;
  const population: PopulationTable = [
    { sector_level: 'state', population: 300 },
    { sector_level: 'region', population: 50 },
    { sector_level: 'municipality', population: 2_000 },
  ];
  const collapses = [{ from: 'sector_level=region', into: 'sector_level=state' }];
  const result = await buildWorkbook(q, records, request({ population, collapses, labelLanguage: 'en' }));
  const book = readBook(result.bytes);
  const respondents = sortRecords(records).map((r) => ({ id: r.id, values: evaluateResponse(q, r.answers).values }));
  const weights = computeWeights(population, respondents, stratumVocabulary(q), undefined, collapses);
  const r = (level: string) => respondents.filter((x) => x.values['sector_level'] === level).length;

  it('weights state and region as one stratum in the weight column: w = 350 / (r_state + r_region)', () => {
    expect(r('state')).toBeGreaterThan(0);
    expect(r('region')).toBeGreaterThan(0);
    expect(rowsOf(book, 'Data').slice(1)).toEqual(oracleRows(q, records, (id) => weights.weights.get(id) ?? null, null));
    const stateOne = respondents.find((x) => x.values['sector_level'] === 'region');
    expect(weights.weights.get(stateOne?.id ?? '')).toBeCloseTo(350 / (r('state') + r('region')), 12);
  });

  it('records it in Weights, About and the Codebook', () => {
    const region = tableRowsOf(book, 'Weights').find((row) => row[0] === 'sector_level=region');
    expect(region?.[column('status')]).toBe('collapsed');
    expect(region?.[column('weighting_stratum')]).toBe('sector_level=state');
    expect(region?.[column('N_weighting')]).toBe(350);
    const about = rowsOf(book, 'About');
    expect(String(about.find((row) => row[0] === 'Collapsed strata')?.[1])).toMatch(/^A coordinator collapsed small strata into a named neighbouring stratum .*: Region → State\./);
    expect(String(about.find((row) => row[0] === 'Spread of the weights')?.[1])).toMatch(/^Σw = 2,350 against N = 2,350; weights from /);
    const codebook = rowsOf(book, 'Codebook').find((row) => row[0] === 'weight');
    expect(String(codebook?.[10])).toMatch(/collapsed strata are weighted with their named neighbour as one stratum \(N and r of both\): Region → State; see Weights \(weighting_stratum\)\.$/);
  });
});

describe('the spread of the weights in About', () => {
  it('writes the number of weighted responses as the other numbers are (1,200, not 1200)', async () => {
    const q = loadBuiltinQuestionnaire();
    const { records } = generateResponses(q, 1_200, 7);
    // One stratum per government level, N 1,000 each: every response has a weight.
    const population: PopulationTable = ['state', 'region', 'municipality'].map((sector_level) => ({ sector_level, population: 1_000 }));
    const book = readBook((await buildWorkbook(q, records, request({ population, labelLanguage: 'en' }))).bytes);
    const spread = String(rowsOf(book, 'About').find((row) => row[0] === 'Spread of the weights')?.[1]);
    expect(spread).toMatch(/^Σw = 3,000 against N = 3,000; .* effective n [\d,.]+ of 1,200\. /);
  }, 60_000); // a workbook of 1,200 responses: over vitest's 5 s when the machine is busy
});
