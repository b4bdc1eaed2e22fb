/**
 * The indicator engine behind the workbook's `Indicators` sheet and the in-app dashboard: both call
 * `computeIndicators`, so their numbers cannot differ.
 */
import type { Questionnaire } from '../questionnaire/model';
import type { WeightSet } from '../weights/compute-weights';
import { STRATUM_DIMENSIONS, stratumKey, stratumVocabulary, type Respondent, type StratumDimension } from '../weights/population';
import { SMALL_BASE } from './base-rule';
import { indicatorSpecs, isInnovator } from './specs';
import type { IndicatorGroup, IndicatorResult, IndicatorSpec, RatioResult, ShareResult, ShareSpec } from './types';
import { groupCode } from './values';
import { differenceLinearised, linearise, ratioLinearised, stratifiedVariance, twoSidedP, waldInterval, type DesignStratum, type Linearised, type StratumSums } from './variance';

/** The overall group. */
export const OVERALL: IndicatorGroup = { dimension: 'overall', code: 'all', label: { da: 'Alle', en: 'All' } };

/**
 * The groups figures are broken down by: overall, then every code of sector_level, policy_area and
 * size_class in questionnaire order (so the layout is stable, a code without respondents gives n = 0),
 * then codes met among respondents that the questionnaire does not know, labelled by their code.
 */
export function indicatorGroups(q: Questionnaire, respondents: readonly Respondent[]): IndicatorGroup[] {
  const vocabulary = stratumVocabulary(q);
  const groups: IndicatorGroup[] = [OVERALL];
  for (const dimension of STRATUM_DIMENSIONS) {
    const codes = vocabulary[dimension].map((c) => c.code);
    for (const c of vocabulary[dimension]) groups.push({ dimension, code: c.code, label: c.label });
    for (const r of respondents) {
      const code = groupCode(r.values[dimension]);
      if (code !== undefined && !codes.includes(code)) {
        codes.push(code);
        groups.push({ dimension, code, label: { da: code, en: code } });
      }
    }
  }
  return groups;
}

interface Sums {
  n: number;
  nWeighted: number;
  hits: number;
  weightedBase: number;
  weightedHits: number;
}

/** What the variance needs of the weighting: its strata (`computeWeights(...)`); the weights map alone is not enough. */
export type IndicatorDesign = Pick<WeightSet, 'strata' | 'dimensions' | 'unweighted'>;

/** The design's strata (index 0 = "one stratum" when unweighted) and each respondent's stratum index. */
function designOf(design: IndicatorDesign | undefined, respondents: readonly Respondent[], weights: ReadonlyMap<string, number>) {
  const weighted = design !== undefined && !design.unweighted;
  // A collapsed stratum is part of the weighting stratum it was collapsed into (N and n of both).
  const own = weighted ? design.strata.filter((s) => s.into === undefined) : [];
  const strata: DesignStratum[] = weighted ? own.map((s) => ({ n: 0, N: s.merged ? s.merged.N_h : s.N_h })) : [{ n: 0, N: null }];
  const position = new Map<string, number>(own.map((s, h) => [s.key, h]));
  const index = new Map<string, number>();
  if (weighted) {
    for (const s of design.strata) {
      const h = position.get(s.into ?? s.key);
      if (h !== undefined) index.set(s.key, h);
    }
  }
  const stratumOf = (r: Respondent): number | undefined => {
    if (!weighted) return 0;
    const cells: Partial<Record<StratumDimension, string>> = {};
    for (const d of design.dimensions) {
      const v = r.values[d];
      if (typeof v !== 'string' || v === '') return undefined;
      cells[d] = v;
    }
    return index.get(stratumKey(cells, design.dimensions));
  };
  const of = respondents.map((r) => (weights.has(r.id) ? stratumOf(r) : undefined));
  of.forEach((h) => {
    const st = h === undefined ? undefined : strata[h];
    if (st) st.n += 1;
  });
  return { strata, of };
}

const noUncertainty = { se: null, ciLow: null, ciHigh: null } as const;

/**
 * Compute every indicator (I1–I10) overall and by sector_level, policy_area and size_class.
 *
 * For each share figure and group, over the respondents in its denominator (see `indicatorSpecs`):
 * unweightedShare = hits / n and weightedShare = Σw·x / Σw, where x ∈ {0, 1} is the respondent's score and
 * the weighted sums run over respondents with a weight only (a respondent absent from `weights` — flagged
 * stratum or unclassified — counts in n but not in nWeighted). Shares are null when their base is empty.
 * A respondent lacking a group value (e.g. no size class) counts in the overall figures only.
 * Each figure carries its design-based SE, 95 % interval, design effect and effective n (`variance.ts`).
 *
 * @param weights `computeWeights(...).weights`; for unweighted figures every respondent with weight 1.
 * @param design the same `computeWeights(...)` result, for the strata and N_h of the variance; without
 *   it (or unweighted) the variance treats the respondents as one simple random sample.
 * @returns figures in publication order (I1 … I10), each in the order of `indicatorGroups`.
 */
export function computeIndicators(
  q: Questionnaire,
  respondents: readonly Respondent[],
  weights: ReadonlyMap<string, number>,
  design?: IndicatorDesign,
): IndicatorResult[] {
  return analyse(q, respondents, weights, design).results;
}

/** The figures with what comparisons need: each share's linearised stratum sums, and the design's strata. */
function analyse(q: Questionnaire, respondents: readonly Respondent[], weights: ReadonlyMap<string, number>, design?: IndicatorDesign) {
  const specs = indicatorSpecs(q);
  const groups = indicatorGroups(q, respondents);
  const groupIndex = new Map(groups.map((g, i) => [`${g.dimension}=${g.code}`, i]));
  const shareSpecs = specs.filter((s): s is ShareSpec => s.kind === 'share');
  const sums: Sums[][] = shareSpecs.map(() => groups.map(() => ({ n: 0, nWeighted: 0, hits: 0, weightedBase: 0, weightedHits: 0 })));
  const { strata, of } = designOf(design, respondents, weights);
  const H = strata.length;
  const G = groups.length;
  // Per share × group × stratum: Σw·y, Σw, Σw²·y, Σw² (4 numbers), flat.
  const strataSums = new Float64Array(shareSpecs.length * G * H * 4);

  respondents.forEach((r, ri) => {
    const w = weights.get(r.id);
    const h = of[ri];
    const inGroups = [0];
    for (const dimension of STRATUM_DIMENSIONS) {
      const i = groupIndex.get(`${dimension}=${groupCode(r.values[dimension]) ?? ''}`);
      if (i !== undefined) inGroups.push(i);
    }
    const innovator = isInnovator(r.values);
    shareSpecs.forEach((spec, s) => {
      if (spec.population === 'innovators' && !innovator) return;
      const x = spec.score(r.values);
      if (x === undefined) return;
      for (const g of inGroups) {
        const acc = sums[s]?.[g];
        if (!acc) continue;
        acc.n += 1;
        acc.hits += x;
        if (w !== undefined) {
          acc.nWeighted += 1;
          acc.weightedBase += w; // Σw
          acc.weightedHits += w * x; // Σw·x
          if (h !== undefined) {
            const at = ((s * G + g) * H + h) * 4;
            strataSums[at] = (strataSums[at] ?? 0) + w * x;
            strataSums[at + 1] = (strataSums[at + 1] ?? 0) + w;
            strataSums[at + 2] = (strataSums[at + 2] ?? 0) + w * w * x;
            strataSums[at + 3] = (strataSums[at + 3] ?? 0) + w * w;
          }
        }
      }
    });
  });

  const stratumSums = (s: number, g: number): (StratumSums | undefined)[] =>
    strata.map((_, h) => {
      const at = ((s * G + g) * H + h) * 4;
      const b = strataSums[at + 1] ?? 0;
      return b === 0 ? undefined : { a: strataSums[at] ?? 0, b, c: strataSums[at + 2] ?? 0, d: strataSums[at + 3] ?? 0 };
    });

  const shares = new Map<string, ShareResult>();
  const linearised = new Map<string, Linearised[]>();
  shareSpecs.forEach((spec, s) =>
    groups.forEach((group, g) => {
      const acc = sums[s]?.[g] ?? { n: 0, nWeighted: 0, hits: 0, weightedBase: 0, weightedHits: 0 };
      const p = acc.weightedBase > 0 ? acc.weightedHits / acc.weightedBase : null; // Σw·x / Σw
      let uncertainty: Pick<ShareResult, 'se' | 'ciLow' | 'ciHigh' | 'deff' | 'nEffective'> = { ...noUncertainty, deff: null, nEffective: null };
      if (p !== null) {
        const lin = linearise(stratumSums(s, g), p, acc.weightedBase);
        linearised.set(`${spec.key}@${g}`, lin);
        const se = Math.sqrt(stratifiedVariance(lin, strata));
        const ci = waldInterval(p, se, 0, 1);
        const srs = (p * (1 - p)) / acc.nWeighted; // Var under simple random sampling of the same n
        const deff = srs > 0 && se > 0 ? (se * se) / srs : null;
        uncertainty = { se, ciLow: ci.low, ciHigh: ci.high, deff, nEffective: deff === null ? null : acc.nWeighted / deff };
      }
      shares.set(`${spec.key}@${g}`, {
        kind: 'share',
        id: spec.id,
        key: spec.key,
        label: spec.label,
        population: spec.population,
        group,
        ...acc,
        weightedShare: p,
        unweightedShare: acc.n > 0 ? acc.hits / acc.n : null, // hits / n
        ...uncertainty,
        smallBase: acc.n < SMALL_BASE,
      });
    }),
  );
  const results = specs.flatMap((spec: IndicatorSpec) =>
    groups.map((group, g): IndicatorResult => {
      if (spec.kind === 'share') return shares.get(`${spec.key}@${g}`) as ShareResult;
      const num = shares.get(`${spec.numeratorKey}@${g}`);
      const den = shares.get(`${spec.denominatorKey}@${g}`);
      if (!num || !den) throw new Error(`Indicators: ${spec.key} refers to an unknown figure.`);
      const weightedRatio = ratio(num.weightedShare, den.weightedShare);
      let uncertainty: Pick<RatioResult, 'se' | 'ciLow' | 'ciHigh'> = noUncertainty;
      const l1 = linearised.get(`${spec.numeratorKey}@${g}`);
      const l0 = linearised.get(`${spec.denominatorKey}@${g}`);
      if (weightedRatio !== null && l1 && l0 && num.weightedShare !== null && den.weightedShare !== null) {
        // Delta method over the disjoint with/without domains.
        const se = Math.sqrt(stratifiedVariance(ratioLinearised(l1, l0, num.weightedShare, den.weightedShare), strata));
        const ci = waldInterval(weightedRatio, se);
        uncertainty = { se, ciLow: ci.low, ciHigh: ci.high };
      }
      const n = num.n + den.n;
      return {
        kind: 'ratio',
        id: spec.id,
        key: spec.key,
        label: spec.label,
        population: spec.population,
        group,
        n,
        nWeighted: num.nWeighted + den.nWeighted,
        numeratorKey: spec.numeratorKey,
        denominatorKey: spec.denominatorKey,
        weightedRatio,
        unweightedRatio: ratio(num.unweightedShare, den.unweightedShare),
        ...uncertainty,
        // Either share's base below the limit makes the ratio too small to publish.
        smallBase: num.smallBase || den.smallBase,
      };
    }),
  );
  return { results, linearised, strata, groups };
}

/** A difference tested at the 5 % level (two-sided z-test). */
export interface Comparison {
  /** a − b, in share units (0–1). */
  difference: number;
  se: number;
  z: number;
  p: number;
  /** p < 0.05. */
  significant: boolean;
}

function compared(difference: number, se: number): Comparison {
  const z = se > 0 ? difference / se : difference === 0 ? 0 : Number.POSITIVE_INFINITY * Math.sign(difference);
  const p = Number.isFinite(z) ? twoSidedP(z) : 0;
  return { difference, se, z, p, significant: p < 0.05 };
}

/**
 * The difference of one share between two groups of the same breakdown (e.g. state vs municipality),
 * with its design-based SE: the linearised variables of the two domains are subtracted and the
 * stratified variance taken of the difference (the groups are disjoint, so Σw²z_a z_b = 0; strata they
 * share add a covariance through the stratum means). null when either share is.
 */
export function compareGroups(
  q: Questionnaire,
  respondents: readonly Respondent[],
  weights: ReadonlyMap<string, number>,
  design: IndicatorDesign | undefined,
  key: string,
  a: Pick<IndicatorGroup, 'dimension' | 'code'>,
  b: Pick<IndicatorGroup, 'dimension' | 'code'>,
): Comparison | null {
  return indicatorAnalysis(q, respondents, weights, design).compare(key, a, b);
}

/** A group as a comparison names it. */
export type GroupRef = Pick<IndicatorGroup, 'dimension' | 'code'>;

/** One pass over the respondents: the figures, and group comparisons from the same sums (cheap per pair). */
export function indicatorAnalysis(q: Questionnaire, respondents: readonly Respondent[], weights: ReadonlyMap<string, number>, design?: IndicatorDesign) {
  const analysis = analyse(q, respondents, weights, design);
  return { results: analysis.results, compare: (key: string, a: GroupRef, b: GroupRef) => compareIn(analysis, key, a, b) };
}

function compareIn({ results, linearised, strata, groups }: ReturnType<typeof analyse>, key: string, a: GroupRef, b: GroupRef): Comparison | null {
  if (a.dimension !== b.dimension || a.dimension === 'overall' || a.code === b.code) {
    throw new Error('compareGroups: two different groups of one breakdown are needed.');
  }
  const at = (g: Pick<IndicatorGroup, 'dimension' | 'code'>) => groups.findIndex((x) => x.dimension === g.dimension && x.code === g.code);
  const find = (g: Pick<IndicatorGroup, 'dimension' | 'code'>) =>
    results.find((r): r is ShareResult => r.kind === 'share' && r.key === key && r.group.dimension === g.dimension && r.group.code === g.code);
  const ra = find(a);
  const rb = find(b);
  const la = linearised.get(`${key}@${at(a)}`);
  const lb = linearised.get(`${key}@${at(b)}`);
  if (!ra || !rb || ra.weightedShare === null || rb.weightedShare === null || !la || !lb) return null;
  const se = Math.sqrt(stratifiedVariance(differenceLinearised(la, lb), strata));
  return compared(ra.weightedShare - rb.weightedShare, se);
}

/** A published figure of another edition, or this one: the estimate and its SE (share units). */
export interface EditionFigure {
  estimate: number;
  se: number;
}

/** This edition against a previous one (independent samples): SE = √(SE₁² + SE₂²), z-test at 5 %. */
export function compareEditions(current: EditionFigure, previous: EditionFigure): Comparison {
  return compared(current.estimate - previous.estimate, Math.sqrt(current.se ** 2 + previous.se ** 2));
}

/** a ÷ b; null when either is null or b = 0 (the ratio is undefined). */
function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}
