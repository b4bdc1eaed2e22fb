/**
 * Collapsing small strata: a coordinator names a stratum of the population table and the neighbour
 * it is weighted with. The two then form one weighting stratum: N = N_from + N_into, r = r_from + r_into,
 * and every respondent of either weighs N / r. This is the usual remedy for a stratum without
 * respondents (its N_h is otherwise not represented) or with one (its variance cannot be estimated).
 */
import { z } from 'zod';
import type { PopulationTable } from './population';
import { rowDimensions, stratumKey } from './population';

/** One collapse: the stratum `from` is weighted together with `into` (both stratum keys of the table). */
export interface StratumCollapse {
  from: string;
  into: string;
}

/** At most this many collapses are stored (a table has at most a few hundred strata). */
export const MAX_COLLAPSES = 500;

const key = z.string().min(1).max(300);

/** The stored setting: a list of collapses; `from` at most once (checked against a table by `checkCollapses`). */
export const stratumCollapsesSchema = z.array(z.strictObject({ from: key, into: key })).max(MAX_COLLAPSES);

/**
 * Why a stored collapse is not applied:
 * - `unknown-from` / `unknown-into`: the key is not a stratum of the table in force (e.g. it was replaced).
 * - `self`: a stratum collapsed into itself.
 * - `twice`: the same `from` named again (the first one counts).
 * - `chain`: `into` is itself collapsed, or `from` already takes in another stratum; chains are refused
 *   so every weighting stratum is one named table stratum and what it took in.
 */
export type CollapseRefusal = 'unknown-from' | 'unknown-into' | 'self' | 'twice' | 'chain';

export interface CollapsePlan {
  /** The collapses in force, in stored order. */
  applied: StratumCollapse[];
  /** Stored collapses that are not applied, with the reason. */
  ignored: { collapse: StratumCollapse; reason: CollapseRefusal }[];
  /** The weighting stratum of each table stratum that was collapsed: from key → into key. */
  into: ReadonlyMap<string, string>;
}

/** A stored value as a list of collapses: [] when absent or not valid (the export then says nothing was collapsed). */
export function usableCollapses(raw: unknown): StratumCollapse[] {
  const parsed = stratumCollapsesSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** Which of `collapses` apply to `table`, in order: each one is checked against those accepted before it. */
export function checkCollapses(collapses: readonly StratumCollapse[], table: PopulationTable | null): CollapsePlan {
  const first = table?.[0];
  const dims = first ? rowDimensions(first) : [];
  const keys = new Set((table ?? []).map((row) => stratumKey(row, dims)));
  const applied: StratumCollapse[] = [];
  const ignored: CollapsePlan['ignored'] = [];
  const into = new Map<string, string>();
  const targets = new Set<string>();
  for (const c of collapses) {
    const reason: CollapseRefusal | undefined = !keys.has(c.from)
      ? 'unknown-from'
      : !keys.has(c.into)
        ? 'unknown-into'
        : c.from === c.into
          ? 'self'
          : into.has(c.from)
            ? 'twice'
            : into.has(c.into) || targets.has(c.from)
              ? 'chain'
              : undefined;
    if (reason) {
      ignored.push({ collapse: c, reason });
      continue;
    }
    applied.push(c);
    into.set(c.from, c.into);
    targets.add(c.into);
  }
  return { applied, ignored, into };
}

/** `collapses` with the one for `from` replaced by `from → into` (appended when there was none). */
export function withCollapse(collapses: readonly StratumCollapse[], from: string, into: string): StratumCollapse[] {
  const rest = collapses.filter((c) => c.from !== from);
  return [...rest, { from, into }];
}

/** `collapses` without the one for `from`. */
export function withoutCollapse(collapses: readonly StratumCollapse[], from: string): StratumCollapse[] {
  return collapses.filter((c) => c.from !== from);
}
