import { describe, expect, it } from 'vitest';
import { computeWeights } from '../../../renderer/src/core/weights/compute-weights';
import { populationTableSchema, stratumKey, SIZE_CLASSES } from '../../../renderer/src/core/weights/population';
import { POPULATION, THIRTY_WORKPLACES } from '../../fixtures/indicators/thirty-workplaces';

const vocabulary = {
  sector_level: [
    { code: 'state', label: { da: 'Stat', en: 'State' } },
    { code: 'region', label: { da: 'Region', en: 'Region' } },
    { code: 'municipality', label: { da: 'Kommune', en: 'Municipality' } },
  ],
  policy_area: [],
  size_class: SIZE_CLASSES,
};

describe('computeWeights with a sector_level × size_class table', () => {
  const set = computeWeights(POPULATION, THIRTY_WORKPLACES, vocabulary);
  const stratum = (key: string) => set.strata.find((s) => s.key === key);

  it('builds the stratum key from the table’s dimensions only', () => {
    expect(set.unweighted).toBe(false);
    expect(set.dimensions).toEqual(['sector_level', 'size_class']);
    expect(stratumKey({ sector_level: 'state', policy_area: 'health', size_class: '10_49' }, set.dimensions)).toBe(
      'sector_level=state|size_class=10_49',
    );
  });

  it('gives N_h, r_h and w = N_h / r_h per stratum, table rows first', () => {
    expect(set.strata.map((s) => [s.key, s.N_h, s.r_h, s.w, s.status])).toEqual([
      ['sector_level=state|size_class=10_49', 8, 4, 2, 'weighted'], // 8 / 4 = 2
      ['sector_level=state|size_class=100_plus', 5, 5, 1, 'weighted'], // 5 / 5 = 1
      ['sector_level=region|size_class=50_99', 9, 0, null, 'empty'], // no respondent
      ['sector_level=region|size_class=100_plus', 12, 4, 3, 'weighted'], // 12 / 4 = 3
      ['sector_level=municipality|size_class=3_9', 24, 6, 4, 'weighted'], // 24 / 6 = 4
      ['sector_level=municipality|size_class=10_49', 40, 8, 5, 'weighted'], // 40 / 8 = 5
      ['sector_level=municipality|size_class=50_99', null, 2, null, 'no-population'], // no row
    ]);
    expect(stratum('sector_level=municipality|size_class=3_9')?.label).toEqual({ da: 'Kommune · 3–9 ansatte', en: 'Municipality · 3–9 employees' });
  });

  it('weights every classified respondent of a weighted stratum, so Σw per stratum = N_h', () => {
    expect(set.weights.get('sa1')).toBe(2);
    expect(set.weights.get('sb5')).toBe(1);
    expect(set.weights.get('rc3')).toBe(3);
    expect(set.weights.get('md6')).toBe(4);
    expect(set.weights.get('me8')).toBe(5);
    // 27 weighted respondents; Σw = 4·2 + 5·1 + 4·3 + 6·4 + 8·5 = 8 + 5 + 12 + 24 + 40 = 89
    expect(set.weights.size).toBe(27);
    expect([...set.weights.values()].reduce((a, b) => a + b, 0)).toBe(89);
  });

  it('flags a stratum with respondents but no population row, and leaves its respondents without a weight', () => {
    expect(set.flagged.map((s) => [s.key, s.r_h, s.status])).toEqual([['sector_level=municipality|size_class=50_99', 2, 'no-population']]);
    expect(set.weights.has('mf1')).toBe(false);
    expect(set.weights.has('mf2')).toBe(false);
  });

  it('reports respondents lacking a stratum value as unclassified, without a weight', () => {
    expect(set.unclassified).toEqual(['x1']);
    expect(set.weights.has('x1')).toBe(false);
  });

  it('flags N_h = 0 with respondents as zero-population (no weight rather than w = 0)', () => {
    const table = POPULATION.map((row) => (row.sector_level === 'region' && row.size_class === '100_plus' ? { ...row, population: 0 } : row));
    const zero = computeWeights(table, THIRTY_WORKPLACES);
    expect(zero.flagged.map((s) => [s.key, s.status])).toEqual([
      ['sector_level=region|size_class=100_plus', 'zero-population'],
      ['sector_level=municipality|size_class=50_99', 'no-population'],
    ]);
    expect(zero.weights.has('rc1')).toBe(false);
  });

  it('uses a coarser table (sector_level only): w = N_h / r_h per level', () => {
    const coarse = computeWeights(
      [
        { sector_level: 'state', population: 30 },
        { sector_level: 'region', population: 8 },
        { sector_level: 'municipality', population: 64 },
      ],
      THIRTY_WORKPLACES,
    );
    // state r = 4 + 5 + 1 (x1 has a level) = 10 → 30 / 10 = 3; region 8 / 4 = 2; municipality 64 / 16 = 4
    expect(coarse.strata.map((s) => [s.key, s.r_h, s.w])).toEqual([
      ['sector_level=state', 10, 3],
      ['sector_level=region', 4, 2],
      ['sector_level=municipality', 16, 4],
    ]);
    expect(coarse.unclassified).toEqual([]);
    expect(coarse.weights.get('x1')).toBe(3);
  });
});

describe('computeWeights without a table', () => {
  it('weighs every respondent 1 and says it is unweighted', () => {
    const set = computeWeights(null, THIRTY_WORKPLACES);
    expect(set.unweighted).toBe(true);
    expect(set.weights.size).toBe(30);
    expect(new Set(set.weights.values())).toEqual(new Set([1]));
    expect(set.strata).toEqual([]);
    expect(set.flagged).toEqual([]);
  });

  it('refuses duplicate respondent ids', () => {
    const first = THIRTY_WORKPLACES[0];
    if (!first) throw new Error('fixture');
    expect(() => computeWeights(null, [first, first])).toThrow(/twice/);
  });
});

describe('populationTableSchema', () => {
  it('accepts the fixture table', () => {
    expect(populationTableSchema.safeParse(POPULATION).success).toBe(true);
  });

  it.each([
    ['an unknown key', [{ sector_level: 'state', population: 1, extra: 1 }]],
    ['a non-integer count', [{ sector_level: 'state', population: 1.5 }]],
    ['a negative count', [{ sector_level: 'state', population: -1 }]],
    ['an unknown size class', [{ size_class: '1_2', population: 1 }]],
    ['no dimension', [{ population: 1 }]],
    ['no rows', []],
    ['inconsistent dimensions', [{ sector_level: 'state', population: 1 }, { sector_level: 'region', size_class: '3_9', population: 1 }]],
    ['a duplicate stratum', [{ sector_level: 'state', population: 1 }, { sector_level: 'state', population: 2 }]],
  ])('refuses %s', (_name, rows) => {
    expect(populationTableSchema.safeParse(rows).success).toBe(false);
  });
});
