/**
 * The dashboard's figures: the chosen responses through `evaluateResponse`, weighted with
 * `computeWeights` and summed by `computeIndicators` — the workbook's own path, so the numbers match.
 */
import { indicatorAnalysis, type Comparison } from '../core/indicators/compute-indicators';
import type { IndicatorResult } from '../core/indicators/types';
import type { Questionnaire } from '../core/questionnaire/model';
import { computeWeights, type WeightSet } from '../core/weights/compute-weights';
import type { StratumCollapse } from '../core/weights/collapse';
import { stratumVocabulary, type PopulationTable, type Respondent, type StratumVocabulary } from '../core/weights/population';
import { editionVocabulary } from '../core/weights/edition-strata';
import type { EditionSet } from '../core/editions/edition-set';
import type { ResponseRecord } from '../db/records';
import { Cancelled, respondentsOf, yieldToBrowser } from './respondents';

export type ResponseFilter = 'all' | 'completed';

/** The base rule's default (`core/indicators/base-rule.ts`): finished responses (completed and approved); drafts only when chosen. */
export const DEFAULT_FILTER: ResponseFilter = 'completed';

/** The headline figure the charts break down (I1, share of innovative workplaces). */
export const I1_KEY = 'I1.innovative';
/** The figure the "by government level" chart starts with (I5, a citizen or volunteer role); I1 has its own chart. */
export const FIRST_CHOSEN_KEY = 'I5.civil_role';

/** What the dashboard shows of the weighting (the per-respondent weights stay behind). */
export type Weighting = Pick<WeightSet, 'unweighted' | 'strata' | 'flagged' | 'unclassified' | 'collapses'>;

/** A share compared between two government levels (z-test at 5 %). */
export interface LevelComparison {
  key: string;
  a: string;
  b: string;
  comparison: Comparison;
}

export interface DashboardData {
  results: IndicatorResult[];
  /** Every share, for each pair of government levels with figures. */
  levelComparisons?: LevelComparison[];
  weighting: Weighting;
  responseCount: number;
}

/** A response as the computation needs it: its answers and the edition they were keyed in. */
export type DashboardInput = Pick<ResponseRecord, 'id' | 'answers' | 'questionnaireId' | 'questionnaireVersion'>;

/** Statuses of a finished response: completed, and completed then approved in review. */
const FINISHED: readonly string[] = ['completed', 'approved'];

/** The responses a filter keeps: never deleted ones; `completed` keeps finished ones only (completed or approved). */
export function chooseResponses<R extends Pick<ResponseRecord, 'deletedAt' | 'status'>>(records: readonly R[], filter: ResponseFilter): R[] {
  return records.filter((r) => r.deletedAt === null && (filter === 'all' || FINISHED.includes(r.status)));
}

/**
 * Weights and indicators of evaluated respondents (synchronous: the Worker's whole job).
 * `vocabulary`: the strata's codes (across editions: `editionVocabulary`); the questionnaire's by default.
 */
export function figuresOf(q: Questionnaire, respondents: readonly Respondent[], table: PopulationTable | null, collapses: readonly StratumCollapse[] = [], vocabulary: StratumVocabulary = stratumVocabulary(q)): DashboardData {
  const set = computeWeights(table, respondents, vocabulary, undefined, collapses);
  const { unweighted, strata, flagged, unclassified } = set;
  const analysis = indicatorAnalysis(q, respondents, set.weights, set);
  const { results } = analysis;
  const levels = vocabulary.sector_level.map((c) => c.code);
  const levelComparisons: LevelComparison[] = [];
  for (const r of results) {
    if (r.kind !== 'share' || r.group.dimension !== 'overall') continue;
    levels.forEach((a, i) =>
      levels.slice(i + 1).forEach((b) => {
        const comparison = analysis.compare(r.key, { dimension: 'sector_level', code: a }, { dimension: 'sector_level', code: b });
        if (comparison) levelComparisons.push({ key: r.key, a, b, comparison });
      }),
    );
  }
  return { results, levelComparisons, weighting: { unweighted, strata, flagged, unclassified, collapses: set.collapses }, responseCount: respondents.length };
}

/**
 * The figures over responses of any of `set`'s editions, in the codes of its reference: each
 * response evaluated in its own edition, its codes carried to the reference's, the population table
 * checked and the strata labelled with every edition's codes (`editionVocabulary`).
 */
export function figuresAcross(set: EditionSet, respondents: readonly Respondent[], table: PopulationTable | null, collapses: readonly StratumCollapse[] = []): DashboardData {
  return figuresOf(set.reference, respondents, table, collapses, editionVocabulary(set));
}

/**
 * On this thread in slices (where there is no Worker, e.g. in tests): the evaluation yields to the
 * browser every few hundred responses. Throws `Cancelled` when `signal` fires before it is done.
 */
export async function computeDashboardSliced(
  set: EditionSet,
  chosen: readonly DashboardInput[],
  table: PopulationTable | null,
  signal?: AbortSignal,
  collapses: readonly StratumCollapse[] = [],
): Promise<DashboardData> {
  const respondents = await respondentsOf(set, chosen, signal);
  await yieldToBrowser();
  if (signal?.aborted) throw new Cancelled();
  return figuresAcross(set, respondents, table, collapses);
}
