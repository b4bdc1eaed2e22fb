/**
 * The indicator engine behind the workbook's `Indicators` sheet and the in-app dashboard: both call
 * `computeIndicators`, so their numbers cannot differ.
 */
import type { Questionnaire } from '../questionnaire/model';
import { STRATUM_DIMENSIONS, stratumVocabulary, type Respondent } from '../weights/population';
import { indicatorSpecs, isInnovator } from './specs';
import type { IndicatorGroup, IndicatorResult, IndicatorSpec, ShareResult, ShareSpec } from './types';
import { groupCode } from './values';

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

/**
 * Compute every indicator (I1–I10) overall and by sector_level, policy_area and size_class.
 *
 * For each share figure and group, over the respondents in its denominator (see `indicatorSpecs`):
 * unweightedShare = hits / n and weightedShare = Σw·x / Σw, where x ∈ {0, 1} is the respondent's score and
 * the weighted sums run over respondents with a weight only (a respondent absent from `weights` — flagged
 * stratum or unclassified — counts in n but not in nWeighted). Shares are null when their base is empty.
 * A respondent lacking a group value (e.g. no size class) counts in the overall figures only.
 *
 * @param weights `computeWeights(...).weights`; for unweighted figures every respondent with weight 1.
 * @returns figures in publication order (I1 … I10), each in the order of `indicatorGroups`.
 */
export function computeIndicators(
  q: Questionnaire,
  respondents: readonly Respondent[],
  weights: ReadonlyMap<string, number>,
): IndicatorResult[] {
  const specs = indicatorSpecs(q);
  const groups = indicatorGroups(q, respondents);
  const groupIndex = new Map(groups.map((g, i) => [`${g.dimension}=${g.code}`, i]));
  const shareSpecs = specs.filter((s): s is ShareSpec => s.kind === 'share');
  const sums: Sums[][] = shareSpecs.map(() => groups.map(() => ({ n: 0, nWeighted: 0, hits: 0, weightedBase: 0, weightedHits: 0 })));

  for (const r of respondents) {
    const w = weights.get(r.id);
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
        }
      }
    });
  }

  const shares = new Map<string, ShareResult>();
  shareSpecs.forEach((spec, s) =>
    groups.forEach((group, g) => {
      const acc = sums[s]?.[g] ?? { n: 0, nWeighted: 0, hits: 0, weightedBase: 0, weightedHits: 0 };
      shares.set(`${spec.key}@${g}`, {
        kind: 'share',
        id: spec.id,
        key: spec.key,
        label: spec.label,
        population: spec.population,
        group,
        ...acc,
        weightedShare: acc.weightedBase > 0 ? acc.weightedHits / acc.weightedBase : null, // Σw·x / Σw
        unweightedShare: acc.n > 0 ? acc.hits / acc.n : null, // hits / n
      });
    }),
  );
  return specs.flatMap((spec: IndicatorSpec) =>
    groups.map((group, g): IndicatorResult => {
      if (spec.kind === 'share') return shares.get(`${spec.key}@${g}`) as ShareResult;
      const num = shares.get(`${spec.numeratorKey}@${g}`);
      const den = shares.get(`${spec.denominatorKey}@${g}`);
      if (!num || !den) throw new Error(`Indicators: ${spec.key} refers to an unknown figure.`);
      return {
        kind: 'ratio',
        id: spec.id,
        key: spec.key,
        label: spec.label,
        population: spec.population,
        group,
        n: num.n + den.n,
        nWeighted: num.nWeighted + den.nWeighted,
        numeratorKey: spec.numeratorKey,
        denominatorKey: spec.denominatorKey,
        weightedRatio: ratio(num.weightedShare, den.weightedShare),
        unweightedRatio: ratio(num.unweightedShare, den.unweightedShare),
      };
    }),
  );
}

/** a ÷ b; null when either is null or b = 0 (the ratio is undefined). */
function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}
