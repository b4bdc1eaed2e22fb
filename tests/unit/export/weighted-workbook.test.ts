/**
 * With a population table: the weight column, the Weights sheet and the Indicators sheet agree with
 * computeWeights / computeIndicators run on independently evaluated responses (the dashboard's numbers).
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { computeIndicators } from '../../../renderer/src/core/indicators';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights, stratumVocabulary, type PopulationTable } from '../../../renderer/src/core/weights';
import { generateResponses } from '../../fixtures/generate-responses';
import { oracleRows, readBook, request, rowsOf, sortRecords, tableRowsOf, type Cell } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();
const records = generateResponses(q, 300, 11).records;
// Every level, but not every level × size: some strata are flagged (no population row).
const population: PopulationTable = [
  { sector_level: 'state', size_class: '3_9', population: 120 },
  { sector_level: 'state', size_class: '10_49', population: 300 },
  { sector_level: 'region', size_class: '100_plus', population: 80 },
  { sector_level: 'municipality', size_class: '10_49', population: 2_000 },
  { sector_level: 'municipality', size_class: '50_99', population: 0 },
];

describe('a weighted workbook', async () => {
  const result = await buildWorkbook(q, records, request({ population, labelLanguage: 'en' }));
  const book = readBook(result.bytes);
  const respondents = sortRecords(records).map((r) => ({ id: r.id, values: evaluateResponse(q, r.answers).values }));
  const weights = computeWeights(population, respondents, stratumVocabulary(q));
  const indicators = computeIndicators(q, respondents, weights.weights, weights);

  it('fills the weight column with w = N_h / r_h, empty where a response has no weight', () => {
    const data = rowsOf(book, 'Data').slice(1);
    expect(data).toEqual(oracleRows(q, records, (id) => weights.weights.get(id) ?? null, null));
    expect(data.some((r) => r[r.length - 1] === null)).toBe(true);
    expect(result.summary.weighted).toBe(true);
  });

  it('lists the strata with N_h, n_h (empty without a sample frame), r_h, w and their status', () => {
    const sheet = tableRowsOf(book, 'Weights');
    expect(sheet[0]).toEqual([
      'stratum', 'label', 'sector_level', 'policy_area', 'size_class', 'N_h', 'n_h', 'r_h', 'w', 'status', 'note',
      'weighting_stratum', 'N_weighting', 'r_weighting', 'sum_w', 'sum_w_minus_N', 'check',
    ]);
    const body = sheet.slice(1).filter((r) => r[0] !== '(unclassified)');
    expect(body.map((r) => [r[0], r[5], r[6], r[7], r[8], r[9]])).toEqual(weights.strata.map((s) => [s.key, s.N_h, null, s.r_h, s.w, s.status]));
    expect(body.some((r) => r[9] === 'no-population')).toBe(true);
    expect(body.find((r) => r[0] === 'sector_level=municipality|size_class=50_99')?.[9]).toBe('zero-population');
  });

  it('writes every indicator figure as computeIndicators gives it, I7 as two shares and their ratio', () => {
    const sheet = rowsOf(book, 'Indicators');
    expect(sheet.slice(1)).toHaveLength(indicators.length);
    sheet.slice(1).forEach((row, i) => {
      const r = indicators[i];
      if (!r) throw new Error('missing figure');
      expect([row[0], row[1], row[4], row[5], row[7], row[8]]).toEqual([r.id, r.key, { overall: 'Overall', sector_level: 'Government level', policy_area: 'Area', size_class: 'Size class' }[r.group.dimension], r.group.code, r.n, r.nWeighted]);
      const figures: Cell[] = r.kind === 'share' ? [r.weightedShare, r.unweightedShare, null, null] : [null, null, r.weightedRatio, r.unweightedRatio];
      expect(row.slice(10, 14)).toEqual(figures);
      const uncertainty: Cell[] =
        r.kind === 'share' ? [r.se, r.ciLow, r.ciHigh, r.deff, r.nEffective, null, null, null] : [null, null, null, null, null, r.se, r.ciLow, r.ciHigh];
      expect(row.slice(14, 23)).toEqual([...uncertainty, r.smallBase ? 1 : 0]);
    });
    expect(sheet.filter((r) => r[0] === 'I7' && r[5] === 'all').map((r) => r[1])).toEqual(['I7.with_civil_role', 'I7.without_civil_role', 'I7.ratio']);
  });

  it('says in About that the figures are weighted, and that an invalid table is not used', async () => {
    expect(String(rowsOf(book, 'About').find((r) => r[0] === 'Weighting')?.[1])).toMatch(/^Weighted: w = N_h \/ r_h over strata \(sector_level × size_class\)/);
    expect(String(rowsOf(book, 'About').find((r) => r[0] === 'Uncertainty')?.[1])).toMatch(/^Indicators sheet: se = standard error of the weighted share for a stratified sample/);
    const bad = await buildWorkbook(q, records.slice(0, 5), request({ population: [{ sector_level: 'moon', population: 3 }], labelLanguage: 'en' }));
    const about = rowsOf(readBook(bad.bytes), 'About').filter((r) => r[0] === 'Weighting').map((r) => String(r[1]));
    expect(about[0]).toMatch(/^Unweighted/);
    expect(about[1]).toMatch(/^The population table is invalid and was not used/);
    expect(bad.summary.weighted).toBe(false);
  });
});
