/**
 * Response rates from case dispositions, by AAPOR's Standard Definitions:
 *
 *   RR1  = I / ((I + P) + (R + NC + O) + U)
 *   RR2  = (I + P) / ((I + P) + (R + NC + O) + U)
 *   RR3  = I / ((I + P) + (R + NC + O) + e·U)
 *   COOP1 = I / ((I + P) + R + O)
 *   REF1 = R / ((I + P) + (R + NC + O) + U)
 *   CON1 = ((I + P) + R + O) / ((I + P) + R + O + NC + U)
 *
 * U counts every case of unknown eligibility, not attempted included (AAPOR 3.1). The eligibility
 * estimate e for RR3 is the share eligible among the cases whose eligibility is known,
 * e = (I + P + R + NC + O) / (I + P + R + NC + O + NE), computed within the same group of cases
 * (stratum, surveyor or total); 1 when no case's eligibility is known yet. A rate whose denominator
 * is 0 is null.
 */
import { dispositionSpec, type Disposition, type DispositionGroup } from './dispositions';

export type GroupCounts = Record<DispositionGroup, number>;

export interface RateRow {
  /** The group's key (a stratum key, a surveyor id, or 'total'). */
  key: string;
  sampled: number;
  assigned: number;
  attempted: number;
  counts: GroupCounts;
  /** The eligibility estimate used for RR3. */
  e: number;
  RR1: number | null;
  RR2: number | null;
  RR3: number | null;
  COOP1: number | null;
  REF1: number | null;
  CON1: number | null;
}

/** The facts of one case the rates need. */
export interface RateCase {
  disposition: Disposition;
  assigned: boolean;
  /** At least one attempt recorded, or a response started. */
  attempted: boolean;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

export function emptyCounts(): GroupCounts {
  return { I: 0, P: 0, R: 0, NC: 0, O: 0, U: 0, NE: 0 };
}

/** The rates of one group of cases. */
export function ratesOf(key: string, cases: readonly RateCase[]): RateRow {
  const counts = emptyCounts();
  let assigned = 0;
  let attempted = 0;
  for (const c of cases) {
    counts[dispositionSpec(c.disposition).group] += 1;
    if (c.assigned) assigned += 1;
    if (c.attempted) attempted += 1;
  }
  const { I, P, R, NC, O, U, NE } = counts;
  const eligible = I + P + R + NC + O;
  const e = eligible + NE > 0 ? eligible / (eligible + NE) : 1;
  const all = I + P + R + NC + O + U;
  return {
    key,
    sampled: cases.length,
    assigned,
    attempted,
    counts,
    e,
    RR1: ratio(I, all),
    RR2: ratio(I + P, all),
    RR3: ratio(I, eligible + e * U),
    COOP1: ratio(I, I + P + R + O),
    REF1: ratio(R, all),
    CON1: ratio(I + P + R + O, I + P + R + O + NC + U),
  };
}

/** Rates per group (in first-met order of `keyOf`), then the total as the last row (key 'total'). */
export function ratesBy<T extends RateCase>(cases: readonly T[], keyOf: (c: T) => string): RateRow[] {
  const groups = new Map<string, T[]>();
  for (const c of cases) {
    const key = keyOf(c);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...[...groups].map(([key, list]) => ratesOf(key, list)), ratesOf('total', cases)];
}
