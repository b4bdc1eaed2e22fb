/**
 * Weighting diagnostics and collapsed strata (issue 11, item 3), against values worked out by hand.
 *
 * Table (sector_level × size_class): A state·3–9 N 10, B state·10–49 N 6, C region·3–9 N 4, D region·10–49 N 5.
 * Respondents: a1 a2 in A, b1 b2 b3 in B, none in C, d1 in D, and m1 in municipality·3–9 (no table row).
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators, type ShareResult } from '../../../renderer/src/core/indicators';
import type { AnswerValue } from '../../../renderer/src/core/questionnaire/model';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import {
  checkCollapses,
  computeWeights,
  stratumCollapsesSchema,
  weightDiagnostics,
  withCollapse,
  withoutCollapse,
  type PopulationTable,
  type Respondent,
} from '../../../renderer/src/core/weights';

const A = 'sector_level=state|size_class=3_9';
const B = 'sector_level=state|size_class=10_49';
const C = 'sector_level=region|size_class=3_9';
const D = 'sector_level=region|size_class=10_49';
const M = 'sector_level=municipality|size_class=3_9';

const table: PopulationTable = [
  { sector_level: 'state', size_class: '3_9', population: 10 },
  { sector_level: 'state', size_class: '10_49', population: 6 },
  { sector_level: 'region', size_class: '3_9', population: 4 },
  { sector_level: 'region', size_class: '10_49', population: 5 },
];
const at = (id: string, sector_level: string, size_class: string): Respondent => ({ id, values: { sector_level, size_class } });
const people = [
  at('a1', 'state', '3_9'), at('a2', 'state', '3_9'),
  at('b1', 'state', '10_49'), at('b2', 'state', '10_49'), at('b3', 'state', '10_49'),
  at('d1', 'region', '10_49'),
  at('m1', 'municipality', '3_9'),
];

describe('weighting diagnostics without collapses', () => {
  const set = computeWeights(table, people);
  const diag = weightDiagnostics(set);

  it('sets Σw against N per stratum: 0 where weighted, −N where nobody carries the stratum, none without N', () => {
    // A: w 10/2 = 5, Σw 10; B: w 6/3 = 2, Σw 6; C: no respondent, Σw 0; D: w 5/1 = 5, Σw 5; M: no row.
    expect(diag?.strata.map((b) => [b.stratum.key, b.N, b.r, b.sumW, b.difference])).toEqual([
      [A, 10, 2, 10, 0],
      [B, 6, 3, 6, 0],
      [C, 4, 0, 0, -4],
      [D, 5, 1, 5, 0],
      [M, null, 1, 0, null],
    ]);
  });

  it('totals: N = 10 + 6 + 4 + 5 = 25 against Σw = 10 + 6 + 5 = 21 (C is not represented)', () => {
    expect(diag?.totalN).toBe(25);
    expect(diag?.totalWeight).toBe(21);
  });

  it('flags C as empty (N 4, no respondent) and D as a stratum of one; M is flagged elsewhere (no population row)', () => {
    expect(diag?.empty.map((s) => s.key)).toEqual([C]);
    expect(diag?.single.map((s) => s.key)).toEqual([D]);
    expect(set.flagged.map((s) => s.key)).toEqual([M]);
  });

  it('the spread of the six weights 5 5 2 2 2 5: min, max, ratio, mean, CV and Kish’s design effect', () => {
    const s = diag?.spread;
    expect(s?.respondents).toBe(6);
    expect(s?.min).toBe(2);
    expect(s?.max).toBe(5);
    expect(s?.ratio).toBe(2.5);
    expect(s?.mean).toBeCloseTo(21 / 6, 12); // 3.5
    // sd (divisor 6) = 1.5, CV = 1.5 / 3.5 = 3/7
    expect(s?.cv).toBeCloseTo(3 / 7, 12);
    // Σw² = 3·25 + 3·4 = 87; deff = 6·87 / 21² = 522/441 = 1 + (3/7)²
    expect(s?.deff).toBeCloseTo(522 / 441, 12);
    expect(s?.effectiveN).toBeCloseTo(441 / 87, 12);
  });

  it('equal weights have CV 0, design effect 1 and an effective n equal to n', () => {
    const even = weightDiagnostics(computeWeights([{ sector_level: 'state', population: 9 }], [at('x', 'state', '3_9'), at('y', 'state', '3_9'), at('z', 'state', '3_9')]));
    expect(even?.spread).toEqual({ respondents: 3, min: 3, max: 3, ratio: 1, mean: 3, cv: 0, deff: 1, effectiveN: 3 });
  });

  it('has nothing to say when unweighted, and no spread when nobody has a weight', () => {
    expect(weightDiagnostics(computeWeights(null, people))).toBeNull();
    const none = weightDiagnostics(computeWeights(table, [at('m1', 'municipality', '3_9')]));
    expect(none?.spread).toBeNull();
    expect(none?.totalWeight).toBe(0);
    expect(none?.empty.map((s) => s.key)).toEqual([A, B, C, D]);
  });
});

describe('collapsing C into A and D into B', () => {
  const set = computeWeights(table, people, undefined, undefined, [{ from: C, into: A }, { from: D, into: B }]);
  const diag = weightDiagnostics(set);

  it('weights each pair as one stratum: A+C w = 14/2 = 7, B+D w = 11/4 = 2.75', () => {
    expect(set.strata.map((s) => [s.key, s.N_h, s.r_h, s.w, s.status, s.into ?? null])).toEqual([
      [A, 10, 2, 7, 'weighted', null],
      [B, 6, 3, 2.75, 'weighted', null],
      [C, 4, 0, 7, 'collapsed', A],
      [D, 5, 1, 2.75, 'collapsed', B],
      [M, null, 1, null, 'no-population', null],
    ]);
    expect(set.strata[0]?.merged).toEqual({ from: [C], N_h: 14, r_h: 2, n_h: null });
    expect(set.strata[1]?.merged).toEqual({ from: [D], N_h: 11, r_h: 4, n_h: null });
    expect(['a1', 'a2', 'b1', 'b2', 'b3', 'd1'].map((id) => set.weights.get(id))).toEqual([7, 7, 2.75, 2.75, 2.75, 2.75]);
    expect(set.collapses).toEqual({ applied: [{ from: C, into: A }, { from: D, into: B }], ignored: [] });
  });

  it('Σw now reaches N = 25: nothing empty, no stratum of one', () => {
    expect(diag?.strata.map((b) => [b.stratum.key, b.N, b.r, b.sumW, b.difference])).toEqual([
      [A, 14, 2, 14, 0],
      [B, 11, 4, 11, 0],
      [M, null, 1, 0, null],
    ]);
    expect(diag?.totalWeight).toBe(25);
    expect(diag?.totalN).toBe(25);
    expect(diag?.empty).toEqual([]);
    expect(diag?.single).toEqual([]);
  });

  it('the spread of 7 7 2.75 2.75 2.75 2.75: Σw 25, Σw² 128.25, deff 6·128.25/625 = 1.2312', () => {
    const s = diag?.spread;
    expect(s?.ratio).toBeCloseTo(7 / 2.75, 12);
    expect(s?.mean).toBeCloseTo(25 / 6, 12);
    expect(s?.deff).toBeCloseTo(1.2312, 12);
    expect(s?.cv).toBeCloseTo(Math.sqrt(0.2312), 12);
    expect(s?.effectiveN).toBeCloseTo(625 / 128.25, 12);
  });

  it('adds the sample frame’s n_h of the collapsed stratum to its neighbour’s', () => {
    const sampled = new Map([[A, 4], [B, 5], [C, 2], [D, 3]]);
    const withFrame = computeWeights(table, people, undefined, sampled, [{ from: C, into: A }]);
    expect(withFrame.strata[0]?.merged?.n_h).toBe(6);
  });
});

describe('which collapses apply', () => {
  it('refuses, in order: unknown strata, a stratum into itself, a stratum named twice, and chains', () => {
    const plan = checkCollapses(
      [
        { from: C, into: A },
        { from: 'sector_level=state', into: A }, // not a key of this table
        { from: D, into: M }, // M has no table row
        { from: D, into: D },
        { from: C, into: B }, // C is collapsed already
        { from: B, into: C }, // into a collapsed stratum
        { from: A, into: B }, // A takes in C already
        { from: D, into: B },
      ],
      table,
    );
    expect(plan.applied).toEqual([{ from: C, into: A }, { from: D, into: B }]);
    expect(plan.ignored.map((i) => i.reason)).toEqual(['unknown-from', 'unknown-into', 'self', 'twice', 'chain', 'chain']);
    expect([...plan.into]).toEqual([[C, A], [D, B]]);
  });

  it('applies nothing without a table, and says so on the weight set', () => {
    expect(checkCollapses([{ from: C, into: A }], null).applied).toEqual([]);
    expect(computeWeights(null, people, undefined, undefined, [{ from: C, into: A }]).collapses.ignored).toEqual([{ collapse: { from: C, into: A }, reason: 'unknown-from' }]);
  });

  it('a stale collapse (its stratum left the table) is reported and changes no weight', () => {
    const coarse: PopulationTable = [{ sector_level: 'state', population: 16 }];
    const set = computeWeights(coarse, people, undefined, undefined, [{ from: C, into: A }]);
    expect(set.collapses.ignored.map((i) => i.reason)).toEqual(['unknown-from']);
    expect(set.weights.get('a1')).toBe(16 / 5);
  });

  it('editing: one collapse per stratum, replaced or removed by its from', () => {
    const one = withCollapse([], C, A);
    expect(withCollapse(one, C, B)).toEqual([{ from: C, into: B }]);
    expect(withCollapse(one, D, B)).toEqual([{ from: C, into: A }, { from: D, into: B }]);
    expect(withoutCollapse(withCollapse(one, D, B), C)).toEqual([{ from: D, into: B }]);
  });

  it('the stored setting is a strict list of from/into keys', () => {
    expect(stratumCollapsesSchema.safeParse([{ from: C, into: A }]).success).toBe(true);
    expect(stratumCollapsesSchema.safeParse([{ from: C, into: A, extra: 1 }]).success).toBe(false);
    expect(stratumCollapsesSchema.safeParse([{ from: '', into: A }]).success).toBe(false);
    expect(stratumCollapsesSchema.safeParse({ from: C, into: A }).success).toBe(false);
  });
});

describe('the standard errors use the collapsed strata', () => {
  // tests/unit/indicators/uncertainty.test.ts's design (state N 10 n 4, municipality N 20 n 3), here
  // split by size and collapsed back: state·3–9 (N 4: s3, s4) into state·10–49 (N 6: s1, s2), and
  // municipality·3–9 (N 5, nobody) into municipality·10–49 (N 15: m1–m3). Same strata, same figures.
  const q = loadBuiltinQuestionnaire();
  const noB = { innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no' };
  const innovator = { ...noB, innov_product: 'yes', innov_any: 1 };
  const non = { ...noB, innov_any: 0 };
  const p = (id: string, sector_level: string, size_class: string, v: Record<string, AnswerValue>): Respondent => ({
    id, values: { sector_level, policy_area: 'health', n_employees: 20, size_class, ...v },
  });
  const seven = [
    p('s1', 'state', '10_49', innovator), p('s2', 'state', '10_49', non), p('s3', 'state', '3_9', innovator), p('s4', 'state', '3_9', non),
    p('m1', 'municipality', '10_49', innovator), p('m2', 'municipality', '10_49', non), p('m3', 'municipality', '10_49', non),
  ];
  const split: PopulationTable = [
    { sector_level: 'state', size_class: '10_49', population: 6 },
    { sector_level: 'state', size_class: '3_9', population: 4 },
    { sector_level: 'municipality', size_class: '10_49', population: 15 },
    { sector_level: 'municipality', size_class: '3_9', population: 5 },
  ];
  const set = computeWeights(split, seven, undefined, undefined, [
    { from: 'sector_level=state|size_class=3_9', into: 'sector_level=state|size_class=10_49' },
    { from: 'sector_level=municipality|size_class=3_9', into: 'sector_level=municipality|size_class=10_49' },
  ]);
  const i1 = computeIndicators(q, seven, set.weights, set).find((r): r is ShareResult => r.key === 'I1.innovative' && r.group.dimension === 'overall');

  it('weights 2.5 and 20/3, I1 = 7/18, SE² = 1/180 + 17/405 = 77/1620 as for the level-only design', () => {
    expect(set.weights.get('s3')).toBe(2.5);
    expect(set.weights.get('m1')).toBeCloseTo(20 / 3, 12);
    expect(i1?.weightedShare).toBeCloseTo(7 / 18, 12);
    expect(i1?.se).toBeCloseTo(Math.sqrt(77 / 1620), 12);
  });

  it('without the collapses the four strata give another SE (s3, s4 alone in their stratum)', () => {
    const apart = computeWeights(split, seven);
    const other = computeIndicators(q, seven, apart.weights, apart).find((r): r is ShareResult => r.key === 'I1.innovative' && r.group.dimension === 'overall');
    expect(other?.se).not.toBeCloseTo(Math.sqrt(77 / 1620), 6);
  });
});
