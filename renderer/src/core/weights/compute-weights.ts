/**
 * Post-stratification weights: w_h = N_h / r_h for stratum h (N_h workplaces in the population,
 * r_h respondents), so that Σ w over the respondents of h equals N_h.
 */
import type { LocalText } from '../questionnaire/model';
import { checkCollapses, type CollapsePlan, type StratumCollapse } from './collapse';
import {
  rowDimensions,
  stratumKey,
  stratumLabel,
  type PopulationTable,
  type Respondent,
  type StratumDimension,
  type StratumVocabulary,
} from './population';

/**
 * - `weighted`: N_h > 0 and r_h > 0, so w = N_h / r_h.
 * - `empty`: in the table but no respondent (its N_h is not represented; Σw falls short of ΣN_h by it).
 * - `no-population`: respondents but no row in the table. Flagged.
 * - `zero-population`: respondents but N_h = 0 in the table (contradictory). Flagged.
 * - `collapsed`: weighted together with the neighbour named in `into` (a coordinator's collapse).
 */
export type StratumStatus = 'weighted' | 'empty' | 'no-population' | 'zero-population' | 'collapsed';

/** A weighting stratum that took in collapsed strata: its own figures plus theirs. */
export interface MergedFigures {
  /** Keys of the strata collapsed into this one, in stored order. */
  from: string[];
  /** N of the weighting stratum: its own N_h plus those of `from`. */
  N_h: number;
  /** Respondents of the weighting stratum: its own r_h plus those of `from`. */
  r_h: number;
  /** n_h of the weighting stratum (null without a sample frame). */
  n_h: number | null;
}

/** One stratum with its weight. */
export interface StratumWeight {
  key: string;
  /** The stratum's code per dimension used. */
  cells: Partial<Record<StratumDimension, string>>;
  label: LocalText;
  /** Workplaces in the population; null when the table has no row for the stratum. */
  N_h: number | null;
  /** Workplaces sampled in the stratum (the frame's n_h); null without a sample frame. */
  n_h: number | null;
  /** Respondents in the stratum. */
  r_h: number;
  /**
   * N_h / r_h; null unless the status is `weighted` (or `collapsed` into a weighted stratum). With
   * collapses, N and r of the weighting stratum (`merged`, or the `into` stratum's `merged`).
   */
  w: number | null;
  status: StratumStatus;
  /** For a `collapsed` stratum: the key of the stratum it is weighted with. */
  into?: string;
  /** For a stratum that took in collapsed ones: the weighting stratum's figures. */
  merged?: MergedFigures;
}

/** The weights of one set of respondents, as the `Weights` sheet and the dashboard show them. */
export interface WeightSet {
  /**
   * Weight per respondent id. A respondent with no entry has no weight (flagged stratum or unclassified)
   * and is left out of every weighted figure; it still counts in the unweighted ones.
   */
  weights: ReadonlyMap<string, number>;
  /** Table rows in table order, then strata met only among respondents in first-met order. Empty when unweighted. */
  strata: StratumWeight[];
  /** The dimensions the strata are built from (those of the table). */
  dimensions: StratumDimension[];
  /** True when there was no population table: every weight is 1. */
  unweighted: boolean;
  /** Strata with respondents but no usable population count (`no-population`, `zero-population`). */
  flagged: StratumWeight[];
  /** Ids of respondents lacking a value for a stratum dimension (e.g. no size class): they have no weight. */
  unclassified: string[];
  /** The coordinator's collapses: those applied and those the table in force does not allow. */
  collapses: Pick<CollapsePlan, 'applied' | 'ignored'>;
}

/** The respondent's stratum code for each dimension, or undefined when one is empty. */
function cellsOf(r: Respondent, dims: readonly StratumDimension[]): Partial<Record<StratumDimension, string>> | undefined {
  const cells: Partial<Record<StratumDimension, string>> = {};
  for (const d of dims) {
    const v = r.values[d];
    if (typeof v !== 'string' || v === '') return undefined;
    cells[d] = v;
  }
  return cells;
}

/**
 * Compute weights. Without a table (`null`) every respondent weighs 1 (`unweighted: true`).
 * With a table, the strata are built from the dimensions the table has (level × area × size, or coarser),
 * read from each respondent's `values` (`sector_level`, `policy_area`, derived `size_class`).
 *
 * Choice: respondents in a flagged stratum, and unclassified respondents, get NO weight (absent from
 * `weights`, not 0): weighted shares use only respondents with a weight, and the strata are reported so a
 * coordinator can complete the table. Giving them weight 1 or 0 would silently bias or hide them.
 *
 * @param table a validated table (`parsePopulationRows` / `validatePopulationTable`), or null.
 * @param respondents each with a unique id; throws on a duplicate id (a programming error).
 * @param vocabulary optional, for stratum labels (codes label themselves without it).
 * @param collapses the coordinator's collapses (`checkCollapses` decides which apply to `table`): a
 *   collapsed stratum and its neighbour are one weighting stratum, w = (N_from + N_into) / (r_from + r_into).
 */
export function computeWeights(
  table: PopulationTable | null,
  respondents: readonly Respondent[],
  vocabulary?: StratumVocabulary,
  /** n_h per stratum key on the table's dimensions (`sampledPerStratum`), when a sample frame is in force. */
  sampled?: ReadonlyMap<string, number>,
  collapses: readonly StratumCollapse[] = [],
): WeightSet {
  const ids = new Set<string>();
  for (const r of respondents) {
    if (ids.has(r.id)) throw new Error(`computeWeights: respondent id ${r.id} appears twice.`);
    ids.add(r.id);
  }
  if (table === null) {
    return {
      weights: new Map(respondents.map((r) => [r.id, 1])),
      strata: [],
      dimensions: [],
      unweighted: true,
      flagged: [],
      unclassified: [],
      collapses: { applied: [], ignored: collapses.map((collapse) => ({ collapse, reason: 'unknown-from' as const })) },
    };
  }
  const dims = table[0] ? rowDimensions(table[0]) : [];
  const strata = new Map<string, StratumWeight>();
  const add = (cells: Partial<Record<StratumDimension, string>>, N_h: number | null): StratumWeight => {
    const key = stratumKey(cells, dims);
    const n_h = sampled ? (sampled.get(key) ?? 0) : null;
    const s: StratumWeight = { key, cells, label: stratumLabel(cells, dims, vocabulary), N_h, n_h, r_h: 0, w: null, status: 'empty' };
    strata.set(key, s);
    return s;
  };
  for (const row of table) {
    const cells: Partial<Record<StratumDimension, string>> = {};
    for (const d of dims) cells[d] = row[d];
    add(cells, row.population);
  }

  const unclassified: string[] = [];
  const stratumOf = new Map<string, StratumWeight>();
  for (const r of respondents) {
    const cells = cellsOf(r, dims);
    if (!cells) {
      unclassified.push(r.id);
      continue;
    }
    const s = strata.get(stratumKey(cells, dims)) ?? add(cells, null);
    s.r_h += 1;
    stratumOf.set(r.id, s);
  }

  const plan = checkCollapses(collapses, table);
  for (const c of plan.applied) {
    const from = strata.get(c.from);
    const into = strata.get(c.into);
    if (!from || !into) continue; // checkCollapses admits table strata only
    const m = (into.merged ??= { from: [], N_h: into.N_h ?? 0, r_h: into.r_h, n_h: into.n_h });
    m.from.push(c.from);
    m.N_h += from.N_h ?? 0;
    m.r_h += from.r_h;
    if (m.n_h !== null) m.n_h += from.n_h ?? 0;
    from.into = c.into;
  }

  for (const s of strata.values()) {
    if (s.into !== undefined) continue;
    const N = s.merged ? s.merged.N_h : s.N_h;
    const r = s.merged ? s.merged.r_h : s.r_h;
    if (r === 0) s.status = 'empty';
    else if (N === null) s.status = 'no-population';
    else if (N === 0) s.status = 'zero-population';
    else {
      s.status = 'weighted';
      s.w = N / r; // w_h = N_h / r_h (of the weighting stratum)
    }
  }
  for (const s of strata.values()) {
    if (s.into === undefined) continue;
    s.status = 'collapsed';
    s.w = strata.get(s.into)?.w ?? null;
  }
  const weights = new Map<string, number>();
  for (const [id, s] of stratumOf) if (s.w !== null) weights.set(id, s.w);
  const list = [...strata.values()];
  return {
    weights,
    strata: list,
    dimensions: dims,
    unweighted: false,
    flagged: list.filter((s) => s.status === 'no-population' || s.status === 'zero-population'),
    unclassified,
    collapses: { applied: plan.applied, ignored: plan.ignored },
  };
}
