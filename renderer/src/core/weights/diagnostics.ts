/**
 * Weighting diagnostics (issue 11, item 3): whether the weights add up to the population, which
 * strata cannot carry their share (no respondent, or one), and how unequal the weights are.
 * Computed from the strata alone: every respondent of a weighting stratum has the same weight.
 */
import type { StratumWeight, WeightSet } from './compute-weights';

/** One weighting stratum (a table stratum with what was collapsed into it): Σw against N. */
export interface StratumBalance {
  stratum: StratumWeight;
  /** N of the weighting stratum (own N_h plus collapsed ones); null without a population row. */
  N: number | null;
  /** Respondents of the weighting stratum. */
  r: number;
  /** Σw over its respondents: w·r, 0 without a weight. */
  sumW: number;
  /** Σw − N (0 when weighted; −N when no respondent carries it); null without N. */
  difference: number | null;
}

/** The spread of the weights over the respondents with a weight. */
export interface WeightSpread {
  /** Respondents with a weight (m). */
  respondents: number;
  min: number;
  max: number;
  /** max / min. */
  ratio: number;
  /** Σw / m. */
  mean: number;
  /** Coefficient of variation sd / mean, sd with divisor m (the respondents are all there is). */
  cv: number;
  /** Kish's design effect from weighting, 1 + CV² = m·Σw² / (Σw)². */
  deff: number;
  /** Kish's effective sample size (Σw)² / Σw² = m / deff. */
  effectiveN: number;
}

export interface WeightDiagnostics {
  /** Every weighting stratum in table order (collapsed strata are inside the one they joined). */
  strata: StratumBalance[];
  /** Σ N over the weighting strata that have a population count. */
  totalN: number;
  /** Σw over every respondent with a weight. */
  totalWeight: number;
  /** Weighting strata with N > 0 but no respondent: their N is not represented (Σw < N). */
  empty: StratumWeight[];
  /** Weighted strata with exactly one respondent: their variance cannot be estimated (left out of the SE). */
  single: StratumWeight[];
  /** Null when no respondent has a weight. */
  spread: WeightSpread | null;
}

/** N and r of a stratum as weighted: with what was collapsed into it. */
const nOf = (s: StratumWeight): number | null => (s.merged ? s.merged.N_h : s.N_h);
const rOf = (s: StratumWeight): number => (s.merged ? s.merged.r_h : s.r_h);

/**
 * The diagnostics of a weighting (`computeWeights`, or the dashboard's `Weighting`). Null when
 * unweighted: every weight is 1, there is nothing to diagnose.
 */
export function weightDiagnostics(set: Pick<WeightSet, 'unweighted' | 'strata'>): WeightDiagnostics | null {
  if (set.unweighted) return null;
  const strata: StratumBalance[] = [];
  let totalN = 0;
  let m = 0;
  let sum = 0;
  let sumSq = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of set.strata) {
    if (s.into !== undefined) continue;
    const N = nOf(s);
    const r = rOf(s);
    const w = s.status === 'weighted' ? s.w : null;
    const sumW = w === null ? 0 : w * r;
    strata.push({ stratum: s, N, r, sumW, difference: N === null ? null : sumW - N });
    if (N !== null) totalN += N;
    if (w !== null && r > 0) {
      m += r;
      sum += sumW;
      sumSq += w * w * r;
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
  }
  const empty = strata.filter((b) => b.N !== null && b.N > 0 && b.r === 0).map((b) => b.stratum);
  const single = strata.filter((b) => b.r === 1 && b.stratum.status === 'weighted').map((b) => b.stratum);
  let spread: WeightSpread | null = null;
  if (m > 0) {
    const mean = sum / m;
    // 1 + CV² = m·Σw² / (Σw)²; rounding can leave CV² a hair below 0 for equal weights.
    const deff = (m * sumSq) / (sum * sum);
    const cv = Math.sqrt(Math.max(0, deff - 1));
    spread = { respondents: m, min, max, ratio: max / min, mean, cv, deff: 1 + cv * cv, effectiveN: (sum * sum) / sumSq };
  }
  return { strata, totalN, totalWeight: sum, empty, single, spread };
}
