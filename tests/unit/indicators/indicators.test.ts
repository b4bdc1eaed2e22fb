/**
 * I1–I10 on the thirty workplaces, against values computed by hand. Profile weights (Σw over weighted
 * respondents, count over all) from the fixture: A 13 (6), B 10 (4), C 11 (3), D 9 (3), E 6 (2), U 3 (1),
 * NON 23 (7), NDK 10 (3), NBL 4 (1). Innovators = A B C D E U: Σw = 13+10+11+9+6+3 = 52, n = 19
 * (nWeighted 17: mf1 (A) and x1 (B) have no weight). The base rule: U left section C blank, so it is
 * out of every section C figure (Σw 49, n 18, nWeighted 16); NBL left innov_process and innov_comm blank.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators, indicatorGroups } from '../../../renderer/src/core/indicators/compute-indicators';
import type { GroupDimension, RatioResult, ShareResult } from '../../../renderer/src/core/indicators/types';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights } from '../../../renderer/src/core/weights/compute-weights';
import { POPULATION, THIRTY_WORKPLACES } from '../../fixtures/indicators/thirty-workplaces';

const q = loadBuiltinQuestionnaire();
const results = computeIndicators(q, THIRTY_WORKPLACES, computeWeights(POPULATION, THIRTY_WORKPLACES).weights);

function share(key: string, dimension: GroupDimension = 'overall', code = 'all'): ShareResult {
  const r = results.find((x) => x.key === key && x.group.dimension === dimension && x.group.code === code);
  if (r?.kind !== 'share') throw new Error(`no share ${key} ${dimension}=${code}`);
  return r;
}

/** Checks n, weighted and unweighted share. */
function expectShare(r: ShareResult, n: number, weighted: number | null, unweighted: number | null): void {
  expect(r.n).toBe(n);
  if (weighted === null) expect(r.weightedShare).toBeNull();
  else expect(r.weightedShare).toBeCloseTo(weighted, 12);
  if (unweighted === null) expect(r.unweightedShare).toBeNull();
  else expect(r.unweightedShare).toBeCloseTo(unweighted, 12);
}

describe('I1 share of innovative workplaces', () => {
  it('overall: NBL (innov_any empty) leaves the denominator; unweighted respondents count only unweighted', () => {
    // weighted: (A13 + B10 + C11 + D9 + E6 + U3) / (89 − NBL 4) = 52 / 85
    // unweighted: 19 innovators / (30 − NBL) = 19 / 29
    const r = share('I1.innovative');
    expectShare(r, 29, 52 / 85, 19 / 29);
    expect(r.nWeighted).toBe(26); // 27 weighted − NBL
    expect(r.weightedBase).toBe(85);
    expect(r.weightedHits).toBe(52);
    expect(r.hits).toBe(19);
  });

  it('by sector_level', () => {
    // state: SA (A B C NON, w 2) + SB (A A D E NDK, w 1) + x1 (B, no weight)
    //   weighted (3·2 + 4·1) / (4·2 + 5·1) = 10 / 13; unweighted (3 + 4 + 1) / (4 + 5 + 1) = 8 / 10
    expectShare(share('I1.innovative', 'sector_level', 'state'), 10, 10 / 13, 8 / 10);
    // region: RC (B D U NON, w 3): weighted 3·3 / 4·3 = 9 / 12; unweighted 3 / 4
    expectShare(share('I1.innovative', 'sector_level', 'region'), 4, 9 / 12, 3 / 4);
    // municipality: MD (A C NON NON NDK, NBL out; w 4) + ME (A B C D E NON NON NDK, w 5) + MF (A NON, no weight)
    //   weighted (2·4 + 5·5) / (5·4 + 8·5) = 33 / 60 = 0.55; unweighted (2 + 5 + 1) / (5 + 8 + 2) = 8 / 15
    expectShare(share('I1.innovative', 'sector_level', 'municipality'), 15, 0.55, 8 / 15);
  });

  it('by size_class and policy_area (an area without respondents gives n = 0 and null shares)', () => {
    // 100_plus: SB (4 of 5, w 1) + RC (3 of 4, w 3): weighted (4·1 + 3·3) / (5·1 + 4·3) = 13 / 17; unweighted 7 / 9
    expectShare(share('I1.innovative', 'size_class', '100_plus'), 9, 13 / 17, 7 / 9);
    // health: sa1 A (2), sb3 D (1), rc1 B (3), me3 C (5), me6 NON (5), mf1 A (none), md6 NBL (out)
    //   weighted (2 + 1 + 3 + 5) / (2 + 1 + 3 + 5 + 5) = 11 / 16; unweighted 5 / 6
    expectShare(share('I1.innovative', 'policy_area', 'health'), 6, 11 / 16, 5 / 6);
    expectShare(share('I1.innovative', 'policy_area', 'judiciary_police'), 0, null, null);
  });

  it('without a population table, weighted equals unweighted', () => {
    const plain = computeIndicators(q, THIRTY_WORKPLACES, computeWeights(null, THIRTY_WORKPLACES).weights);
    const r = plain.find((x) => x.key === 'I1.innovative' && x.group.dimension === 'overall');
    expect(r?.kind === 'share' && [r.weightedShare, r.unweightedShare, r.nWeighted]).toEqual([19 / 29, 19 / 29, 29]);
  });
});

describe('I2 share by innovation type (all respondents who answered the question; DK in the denominator)', () => {
  it('product: A, D (NBL answered innov_product "no": in)', () => {
    // weighted (13 + 9) / 89 = 22 / 89; unweighted (6 + 3) / 30 = 9 / 30
    expectShare(share('I2.product'), 30, 22 / 89, 9 / 30);
  });
  it('process: B, C, E; communication: D, U (NBL left both unanswered: out, not "no")', () => {
    // process: (10 + 11 + 6) / (89 − NBL 4) = 27 / 85; (4 + 3 + 2) / 29 = 9 / 29
    expectShare(share('I2.process'), 29, 27 / 85, 9 / 29);
    // communication: (9 + 3) / 85 = 12 / 85; (3 + 1) / 29 = 4 / 29
    expectShare(share('I2.communication'), 29, 12 / 85, 4 / 29);
  });
});

describe('innovator indicators (U left section C blank: denominator Σw 49, n 18)', () => {
  it('I3 reuse = adapted (A, E) + copied (B), and each apart; D (DK) stays in, U (blank) is out', () => {
    expectShare(share('I3.reuse'), 18, (13 + 6 + 10) / 49, (6 + 2 + 4) / 18); // 29 / 49; 12 / 18
    expectShare(share('I3.first'), 18, 11 / 49, 3 / 18); // C
    expectShare(share('I3.adapted'), 18, 19 / 49, 8 / 18); // A 13 + E 6; 6 + 2
    expectShare(share('I3.copied'), 18, 10 / 49, 4 / 18); // B
    expect(share('I3.reuse').nWeighted).toBe(16);
  });

  it('I4 collaboration: A, B, D (C and E chose "none", U left it blank)', () => {
    expectShare(share('I4.collaboration'), 18, (13 + 10 + 9) / 49, (6 + 4 + 3) / 18); // 32 / 49; 13 / 18
  });

  it('I5 civil_role: A (citizens), D (voluntary partner), E (citizens promoted it); U (0 from blanks) is undeterminable', () => {
    expectShare(share('I5.civil_role'), 18, (13 + 9 + 6) / 49, (6 + 3 + 2) / 18); // 28 / 49; 11 / 18
  });

  it('I6 insight_influence: A, C, E; quality: A, C, D', () => {
    expectShare(share('I6.insight_influence'), 18, (13 + 11 + 6) / 49, (6 + 3 + 2) / 18); // 30 / 49; 11 / 18
    expectShare(share('I6.quality'), 18, (13 + 11 + 9) / 49, (6 + 3 + 3) / 18); // 33 / 49; 12 / 18
  });

  it('I7 conditional shares and the democratic-value ratio', () => {
    // with civil_role (A 13, D 9, E 6): insight in A, E → weighted 19 / 28; unweighted (6 + 2) / (6 + 3 + 2) = 8 / 11
    expectShare(share('I7.with_civil_role'), 11, 19 / 28, 8 / 11);
    // without (B 10, C 11; U out): insight in C → weighted 11 / 21; unweighted 3 / (4 + 3) = 3 / 7
    expectShare(share('I7.without_civil_role'), 7, 11 / 21, 3 / 7);
    const ratio = results.find((x): x is RatioResult => x.kind === 'ratio' && x.group.dimension === 'overall');
    // weighted (19 / 28) ÷ (11 / 21) = 399 / 308 = 57 / 44 ≈ 1.2955; unweighted (8 / 11) ÷ (3 / 7) = 56 / 33 ≈ 1.6970
    expect(ratio?.key).toBe('I7.ratio');
    expect(ratio?.weightedRatio).toBeCloseTo(57 / 44, 12);
    expect(ratio?.unweightedRatio).toBeCloseTo(56 / 33, 12);
    expect(ratio?.n).toBe(18);
  });

  it('I7 ratio is null when the without-share is 0 (size 100_plus: no insight without a civil role)', () => {
    // 100_plus innovators: SB A A D E (w 1), RC B D U (w 3). With civil_role: A A D E (w 1) + D (w 3);
    //   insight in A A E → weighted 3 / (4·1 + 3) = 3 / 7; unweighted 3 / 5.
    // Without: B (w 3; U out) → 0 / 3 and 0 / 1: the ratio is undefined (÷ 0), so null.
    expectShare(share('I7.with_civil_role', 'size_class', '100_plus'), 5, 3 / 7, 3 / 5);
    expectShare(share('I7.without_civil_role', 'size_class', '100_plus'), 1, 0, 0);
    const big = results.find((x) => x.key === 'I7.ratio' && x.group.code === '100_plus');
    expect(big?.kind === 'ratio' && [big.weightedRatio, big.unweightedRatio, big.n]).toEqual([null, null, 6]);
  });

  it('I8 evaluated = external (A) + internal (B); in progress (C) and planned (D) apart', () => {
    expectShare(share('I8.evaluated'), 18, (13 + 10) / 49, (6 + 4) / 18); // 23 / 49; 10 / 18
    expectShare(share('I8.external'), 18, 13 / 49, 6 / 18);
    expectShare(share('I8.in_progress'), 18, 11 / 49, 3 / 18);
    expectShare(share('I8.planned'), 18, 9 / 49, 3 / 18);
  });

  it('I9 initiators: employees (B, D), citizens (A)', () => {
    expectShare(share('I9.employees'), 18, (10 + 9) / 49, (4 + 3) / 18); // 19 / 49; 7 / 18
    expectShare(share('I9.citizens'), 18, 13 / 49, 6 / 18);
  });

  it('I10 technology solution (A) or important (C)', () => {
    expectShare(share('I10.technology'), 18, (13 + 11) / 49, (6 + 3) / 18); // 24 / 49; 9 / 18
  });
});

describe('layout', () => {
  it('reports every figure overall and by every sector_level, policy_area and size_class code', () => {
    const groups = indicatorGroups(q, THIRTY_WORKPLACES);
    // 1 overall + 3 levels + 11 areas + 4 sizes
    expect(groups.length).toBe(19);
    const keys = [...new Set(results.map((r) => r.key))];
    expect(results.length).toBe(keys.length * groups.length);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9', 'I10']));
    // 1 + 4 + 4 + 1 + 1 + 8 value options + 3 + 5 + 12 initiator options + 1
    expect(keys.length).toBe(40);
  });

  it('refuses a questionnaire that lacks a code the formulas need', () => {
    const lists = { ...q.def.choiceLists, evaluated: (q.def.choiceLists.evaluated ?? []).filter((c) => c.code !== 'internal') };
    const changed = { ...q, def: { ...q.def, choiceLists: lists }, byName: new Map([...q.byName].map(([k, v]) => [k, k === 'evaluated' ? { ...v, choices: lists.evaluated } : v])) };
    expect(() => computeIndicators(changed, THIRTY_WORKPLACES, new Map())).toThrow(/evaluated has no option internal/);
  });
});
