/**
 * Standard errors, intervals, design effect and the small-base flag, against values worked out by
 * hand for small designs (docs/indicators-method.md has the formulas).
 *
 * Design: stratified by government level. state N 10, n 4 (w 2.5); municipality N 20, n 3 (w 20/3).
 *   state:        s1 innovator (health), s2 non (health), s3 innovator (education), s4 non (education)
 *   municipality: m1 innovator (health), m2 non (education), m3 non (education)
 */
import { describe, expect, it } from 'vitest';
import { compareEditions, compareGroups, computeIndicators, type IndicatorResult, type RatioResult, type ShareResult } from '../../../renderer/src/core/indicators';
import { twoSidedP, Z_95 } from '../../../renderer/src/core/indicators/variance';
import type { AnswerValue } from '../../../renderer/src/core/questionnaire/model';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights } from '../../../renderer/src/core/weights';
import type { Respondent } from '../../../renderer/src/core/weights/population';

const q = loadBuiltinQuestionnaire();
const noB = { innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no' };
const innovator = { ...noB, innov_product: 'yes', innov_any: 1 };
const non = { ...noB, innov_any: 0 };
const at = (id: string, sector_level: string, policy_area: string, v: Record<string, AnswerValue>): Respondent => ({
  id, values: { sector_level, policy_area, n_employees: 20, size_class: '10_49', ...v },
});
const people = [
  at('s1', 'state', 'health', innovator), at('s2', 'state', 'health', non), at('s3', 'state', 'education', innovator), at('s4', 'state', 'education', non),
  at('m1', 'municipality', 'health', innovator), at('m2', 'municipality', 'education', non), at('m3', 'municipality', 'education', non),
];
const table = [
  { sector_level: 'state', population: 10 },
  { sector_level: 'municipality', population: 20 },
];
const set = computeWeights(table, people);
const results = computeIndicators(q, people, set.weights, set);

function share(list: readonly IndicatorResult[], key: string, dimension = 'overall', code = 'all'): ShareResult {
  const r = list.find((x) => x.key === key && x.group.dimension === dimension && x.group.code === code);
  if (r?.kind !== 'share') throw new Error(`no share ${key} ${dimension}=${code}`);
  return r;
}

describe('standard errors of weighted shares (stratified, finite-population correction)', () => {
  it('overall I1: the textbook stratified variance Σ (N_h/N)² (1 − n_h/N_h) s²_h / n_h', () => {
    const r = share(results, 'I1.innovative');
    // p = (10 · 1/2 + 20 · 1/3) / 30 = 7/18
    expect(r.weightedShare).toBeCloseTo(7 / 18, 12);
    // state: s² = 1/3, (1/3)² · 0.6 · (1/3) / 4 = 1/180; municipality: s² = 1/3, (2/3)² · (17/20) · (1/3) / 3 = 17/405
    // Var = 1/180 + 17/405 = 77/1620
    expect(r.se).toBeCloseTo(Math.sqrt(77 / 1620), 12);
    expect(7 / 18 - Z_95 * Math.sqrt(77 / 1620)).toBeLessThan(0);
    expect(r.ciLow).toBe(0); // −0.038 kept within [0, 1]
    expect(r.ciHigh).toBeCloseTo(7 / 18 + Z_95 * Math.sqrt(77 / 1620), 12);
    // deff = Var / (p(1 − p) / n) = (77/1620) / ((7/18)(11/18) / 7); effective n = n / deff
    const deff = (77 / 1620) / (((7 / 18) * (11 / 18)) / 7);
    expect(r.deff).toBeCloseTo(deff, 12);
    expect(r.nEffective).toBeCloseTo(7 / deff, 12);
    expect(r.smallBase).toBe(true); // n 7 < 30
  });

  it('a domain across strata (area health): linearised z = d (y − p̂) / W, every respondent of a stratum counted', () => {
    const r = share(results, 'I1.innovative', 'policy_area', 'health');
    // W = 2.5 + 2.5 + 20/3 = 35/3; p = (2.5 + 20/3) / (35/3) = 11/14
    expect(r.weightedShare).toBeCloseTo(11 / 14, 12);
    // w·z in units of 1/490: state 22.5, −82.5, 0, 0 (mean −15): Σ dev² 6412.5 → 0.6 · 4/3 · 6412.5 = 5130
    //                         municipality 60, 0, 0 (mean 20): Σ dev² 2400 → 17/20 · 3/2 · 2400 = 3060
    // Var = (5130 + 3060) / 490² = 8190 / 240100
    expect(r.se).toBeCloseTo(Math.sqrt(8190 / 240100), 12);
    expect(r.n).toBe(3);
  });

  it('a figure whose base is one whole stratum: the fpc alone (state: (1 − 4/10) · s² / n)', () => {
    const r = share(results, 'I1.innovative', 'sector_level', 'state');
    expect(r.se).toBeCloseTo(Math.sqrt((0.6 * (1 / 3)) / 4), 12);
    // A census stratum (n = N) has no sampling error.
    const census = computeWeights([{ sector_level: 'state', population: 4 }, { sector_level: 'municipality', population: 3 }], people);
    expect(share(computeIndicators(q, people, census.weights, census), 'I1.innovative').se).toBe(0);
  });

  it('unweighted (no population table): one simple random sample, Var = p(1 − p) / (n − 1)', () => {
    const plain = computeWeights(null, people);
    const r = share(computeIndicators(q, people, plain.weights, plain), 'I1.innovative');
    expect(r.weightedShare).toBeCloseTo(3 / 7, 12);
    expect(r.se).toBeCloseTo(Math.sqrt(((3 / 7) * (4 / 7)) / 6), 12);
    expect(r.deff).toBeCloseTo(7 / 6, 12); // the n/(n − 1) of the sample variance
  });

  it('an empty base has no SE or interval; n ≥ 30 is not flagged', () => {
    const empty = share(results, 'I1.innovative', 'policy_area', 'culture_leisure');
    expect([empty.se, empty.ciLow, empty.ciHigh, empty.smallBase]).toEqual([null, null, null, true]);
    const many = Array.from({ length: 30 }, (_, i) => at(`p${i}`, 'state', 'health', i % 3 === 0 ? innovator : non));
    const w = computeWeights(null, many);
    expect(share(computeIndicators(q, many, w.weights, w), 'I1.innovative').smallBase).toBe(false);
  });
});

describe('the I7 ratio by the delta method', () => {
  // Eight innovators, unweighted: with a civil role insight 1 1 1 0 (p₁ 3/4), without 1 0 0 0 (p₀ 1/4): R = 3.
  const role = (id: string, civil: 0 | 1, insight: boolean): Respondent =>
    at(id, 'state', 'health', { ...innovator, civil_role: civil, initiator: ['employees'], collab_partner: ['none'], value: [insight ? 'insight_influence' : 'quality'] });
  const eight = [role('a', 1, true), role('b', 1, true), role('c', 1, true), role('d', 1, false), role('e', 0, true), role('f', 0, false), role('g', 0, false), role('h', 0, false)];
  const w = computeWeights(null, eight);
  const list = computeIndicators(q, eight, w.weights, w);

  it('u = z₁/p₀ − p₁ z₀/p₀²; Var = n/(n − 1) Σ u² = 8/7 · 7.5 = 60/7', () => {
    const r = list.find((x): x is RatioResult => x.kind === 'ratio' && x.group.dimension === 'overall');
    expect(r?.weightedRatio).toBeCloseTo(3, 12);
    // u: with 1/4, 1/4, 1/4, −3/4; without −9/4, 3/4, 3/4, 3/4; Σu = 0, Σu² = 120/16 = 7.5
    expect(r?.se).toBeCloseTo(Math.sqrt(60 / 7), 12);
    expect(r?.ciLow).toBe(0); // 3 − 1.96 · 2.93 < 0: kept at 0
    expect(r?.ciHigh).toBeCloseTo(3 + Z_95 * Math.sqrt(60 / 7), 12);
    expect(r?.smallBase).toBe(true);
  });
});

describe('the normal tail', () => {
  it('two-sided p of z = 1.96 is 0.05, of 0 is 1', () => {
    expect(twoSidedP(Z_95)).toBeCloseTo(0.05, 6);
    expect(twoSidedP(0)).toBeCloseTo(1, 6);
    expect(twoSidedP(-2.5758293035489)).toBeCloseTo(0.01, 6);
  });
});

describe('comparisons at the 5 % level', () => {
  it('state vs municipality (disjoint strata): SE² = SE_state² + SE_municipality²', () => {
    const c = compareGroups(q, people, set.weights, set, 'I1.innovative', { dimension: 'sector_level', code: 'state' }, { dimension: 'sector_level', code: 'municipality' });
    // 1/2 − 1/3 = 1/6; SE² = 0.6 · (1/3) / 4 + (17/20) · (1/3) / 3 = 0.05 + 17/180
    expect(c?.difference).toBeCloseTo(1 / 6, 12);
    expect(c?.se).toBeCloseTo(Math.sqrt(0.05 + 17 / 180), 12);
    expect(c?.z).toBeCloseTo(1 / 6 / Math.sqrt(0.05 + 17 / 180), 12);
    expect(c?.significant).toBe(false);
  });

  it('health vs education (areas sharing strata): the linearised difference, every respondent of a stratum counted', () => {
    // p_health = 11/14, p_education = 2.5 / (55/3) = 3/22. Worked respondent by respondent outside this code:
    // u_i = w_i (z_health,i − z_education,i), Var = Σ_h f_h n_h/(n_h − 1) Σ_i∈h (u_i − ū_h)² = 0.0304262780565698.
    const c = compareGroups(q, people, set.weights, set, 'I1.innovative', { dimension: 'policy_area', code: 'health' }, { dimension: 'policy_area', code: 'education' });
    expect(c?.difference).toBeCloseTo(11 / 14 - 3 / 22, 12);
    expect(c?.se).toBeCloseTo(Math.sqrt(0.0304262780565698), 12);
    expect(c?.significant).toBe(true); // z = 0.649 / 0.174 = 3.72
  });

  it('refuses a group against itself or across breakdowns; null for an empty group', () => {
    expect(() => compareGroups(q, people, set.weights, set, 'I1.innovative', { dimension: 'sector_level', code: 'state' }, { dimension: 'policy_area', code: 'health' })).toThrow(/two different groups/);
    expect(compareGroups(q, people, set.weights, set, 'I1.innovative', { dimension: 'sector_level', code: 'state' }, { dimension: 'sector_level', code: 'region' })).toBeNull();
  });

  it('this edition against a published one: 81 % (SE 1.0) → 83 % (SE 0.9) is not significant', () => {
    const c = compareEditions({ estimate: 0.83, se: 0.009 }, { estimate: 0.81, se: 0.01 });
    expect(c.difference).toBeCloseTo(0.02, 12);
    expect(c.se).toBeCloseTo(Math.sqrt(0.009 ** 2 + 0.01 ** 2), 12);
    expect(c.z).toBeCloseTo(0.02 / Math.sqrt(0.000181), 12); // 1.487
    expect(c.p).toBeCloseTo(0.137, 3);
    expect(c.significant).toBe(false);
    expect(compareEditions({ estimate: 0.84, se: 0.01 }, { estimate: 0.8, se: 0.01 }).significant).toBe(true); // z = 2.83
  });
});
