/** Result types of the published Innovation Barometer indicators I1–I10. */
import type { AnswerValue, LocalText } from '../questionnaire/model';
import type { StratumDimension } from '../weights/population';

export type IndicatorId = 'I1' | 'I2' | 'I3' | 'I4' | 'I5' | 'I6' | 'I7' | 'I8' | 'I9' | 'I10';

/** `all`: every respondent given; `innovators`: those with innov_any = 1. */
export type IndicatorPopulation = 'all' | 'innovators';

export type GroupDimension = 'overall' | StratumDimension;

/** The breakdown a figure belongs to: overall (code `all`) or one code of a dimension. */
export interface IndicatorGroup {
  dimension: GroupDimension;
  code: string;
  label: LocalText;
}

interface ResultBase {
  id: IndicatorId;
  /** Stable key of the figure, e.g. `I2.product`, `I6.insight_influence`, `I7.ratio`. */
  key: string;
  label: LocalText;
  population: IndicatorPopulation;
  group: IndicatorGroup;
  /** Respondents in the denominator. */
  n: number;
  /** Of those, the ones with a weight (the base of the weighted figure). */
  nWeighted: number;
  /**
   * Design-based standard error of the weighted figure (stratified, finite-population correction;
   * Taylor linearisation, the I7 ratio by the delta method; `variance.ts`). null when the figure is.
   */
  se: number | null;
  /** The 95 % interval weighted ± 1.96·SE (shares within [0, 1], the ratio ≥ 0); null when the figure is. */
  ciLow: number | null;
  ciHigh: number | null;
  /** True when n < SMALL_BASE (30): too small to publish. */
  smallBase: boolean;
}

/**
 * A share: unweightedShare = hits / n; weightedShare = weightedHits / weightedBase = Σw·x / Σw,
 * over respondents with a weight. null when its base is empty.
 */
export interface ShareResult extends ResultBase {
  kind: 'share';
  /** Respondents in the denominator having the property (unweighted numerator). */
  hits: number;
  /** Σw over the denominator: the estimated number of workplaces it stands for. */
  weightedBase: number;
  /** Σw·x. */
  weightedHits: number;
  weightedShare: number | null;
  unweightedShare: number | null;
  /** Design effect SE² ÷ (p(1 − p) / nWeighted); null when p is 0, 1 or null. */
  deff: number | null;
  /** Effective sample size nWeighted ÷ deff = p(1 − p) / SE²; null with deff. */
  nEffective: number | null;
}

/**
 * A ratio of two shares of the same group (I7): numerator share ÷ denominator share, weighted and
 * unweighted. null when either share is null or the denominator share is 0.
 */
export interface RatioResult extends ResultBase {
  kind: 'ratio';
  numeratorKey: string;
  denominatorKey: string;
  weightedRatio: number | null;
  unweightedRatio: number | null;
}

export type IndicatorResult = ShareResult | RatioResult;

/** A respondent's values (`Evaluation.values`). */
export type Values = Readonly<Record<string, AnswerValue>>;

/**
 * A share indicator's definition. `score` returns 1 (in the denominator, has the property),
 * 0 (in the denominator, has not) or undefined (not in this figure's denominator).
 */
export interface ShareSpec {
  kind: 'share';
  id: IndicatorId;
  key: string;
  label: LocalText;
  population: IndicatorPopulation;
  score(values: Values): 0 | 1 | undefined;
}

export interface RatioSpec {
  kind: 'ratio';
  id: IndicatorId;
  key: string;
  label: LocalText;
  population: IndicatorPopulation;
  numeratorKey: string;
  denominatorKey: string;
}

export type IndicatorSpec = ShareSpec | RatioSpec;
