/**
 * Shapes `computeIndicators` results for the in-app dashboard: the overall table and the breakdowns
 * its charts draw. It only selects and reorders figures, never recomputes one, so the dashboard shows
 * exactly the workbook's numbers.
 */
import type { LocalText } from '../questionnaire/model';
import type { StratumDimension } from '../weights/population';
import type { IndicatorId, IndicatorPopulation, IndicatorResult, RatioResult, ShareResult } from './types';

/** One line of the overall table: a share (weighted/unweighted share) or the I7 ratio. */
export interface OverallRow {
  id: IndicatorId;
  key: string;
  label: LocalText;
  kind: 'share' | 'ratio';
  population: IndicatorPopulation;
  weighted: number | null;
  unweighted: number | null;
  n: number;
  /** The weighted figure's 95 % interval and SE (null when the figure is). */
  ciLow: number | null;
  ciHigh: number | null;
  se: number | null;
  /** n < 30: too small to publish. */
  smallBase: boolean;
}

/** One bar of a breakdown: a group (e.g. a government level) and its shares. */
export interface GroupBar {
  code: string;
  label: LocalText;
  weighted: number | null;
  unweighted: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  smallBase: boolean;
}

/** The I7 comparison: insight/influence with vs without a citizen/volunteer role, and their ratio. */
export interface I7Comparison {
  withRole: OverallRow;
  withoutRole: OverallRow;
  ratio: OverallRow;
}

const toRow = (r: IndicatorResult): OverallRow => {
  const common = { id: r.id, key: r.key, label: r.label, population: r.population, n: r.n, ciLow: r.ciLow, ciHigh: r.ciHigh, se: r.se, smallBase: r.smallBase };
  return r.kind === 'share'
    ? { ...common, kind: 'share', weighted: r.weightedShare, unweighted: r.unweightedShare }
    : { ...common, kind: 'ratio', weighted: r.weightedRatio, unweighted: r.unweightedRatio };
};

/** Every figure of the overall group, in publication order (I1 … I10). */
export function overallRows(results: readonly IndicatorResult[]): OverallRow[] {
  return results.filter((r) => r.group.dimension === 'overall').map(toRow);
}

/** The share figures a chart may break down (overall group), in publication order. */
export function shareKeys(results: readonly IndicatorResult[]): { key: string; id: IndicatorId; label: LocalText }[] {
  return results
    .filter((r): r is ShareResult => r.kind === 'share' && r.group.dimension === 'overall')
    .map((r) => ({ key: r.key, id: r.id, label: r.label }));
}

/**
 * The groups of one dimension for one share figure, in the order of `indicatorGroups`. Groups with
 * no respondent in the figure's denominator (n = 0) are left out unless `keepEmpty`.
 */
export function breakdown(
  results: readonly IndicatorResult[],
  key: string,
  dimension: StratumDimension,
  keepEmpty = false,
): GroupBar[] {
  return results
    .filter((r): r is ShareResult => r.kind === 'share' && r.key === key && r.group.dimension === dimension)
    .filter((r) => keepEmpty || r.n > 0)
    .map((r) => ({
      code: r.group.code, label: r.group.label, weighted: r.weightedShare, unweighted: r.unweightedShare, n: r.n,
      ciLow: r.ciLow, ciHigh: r.ciHigh, smallBase: r.smallBase,
    }));
}

/** The overall I7 figures, or undefined when the results hold no I7 (another questionnaire). */
export function i7Comparison(results: readonly IndicatorResult[]): I7Comparison | undefined {
  const overall = results.filter((r) => r.id === 'I7' && r.group.dimension === 'overall');
  const ratio = overall.find((r): r is RatioResult => r.kind === 'ratio');
  if (!ratio) return undefined;
  const withRole = overall.find((r) => r.key === ratio.numeratorKey);
  const withoutRole = overall.find((r) => r.key === ratio.denominatorKey);
  if (!withRole || !withoutRole) return undefined;
  return { withRole: toRow(withRole), withoutRole: toRow(withoutRole), ratio: toRow(ratio) };
}
