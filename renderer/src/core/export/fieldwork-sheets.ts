/**
 * The fieldwork sheets of the workbook, when a sample frame is in force: Sample (every case with its
 * stratum, surveyor and disposition), Dispositions (the AAPOR counts per stratum) and Response rates
 * (RR1, RR2, RR3, COOP1, REF1, CON1 per stratum, and e), and Progress by day (per Copenhagen calendar
 * day: attempts, workplaces attempted, attempted for the first time, completed, and the running
 * totals). Text cells are neutralised.
 */
import { dispositionSpec, DISPOSITIONS, type Disposition } from '../fieldwork/dispositions';
import { progressByDay, type ProgressCase } from '../fieldwork/progress-by-day';
import { ratesBy } from '../fieldwork/response-rates';
import type { Lang } from '../questionnaire/model';
import { stratumKey, type StratumDimension } from '../weights/population';
import type { CellValue } from './data-rows';
import { safeCellText } from './neutralise-formula';
import type { SheetData } from './xlsx-writer';

export const SAMPLE_SHEET = 'Sample';
export const DISPOSITIONS_SHEET = 'Dispositions';
export const RATES_SHEET = 'Response rates';
export const PROGRESS_SHEET = 'Progress by day';

/** One case as the sheets need it (the store's `CaseView`, flattened). */
export interface FieldworkCase {
  id: string;
  name: string;
  sector_level: string;
  policy_area: string;
  size_class: string;
  assignee: string;
  disposition: Disposition;
  attempts: number;
  responses: number;
}

export interface FieldworkInput {
  frameVersion: number;
  cases: readonly FieldworkCase[];
  /** When each case was worked and completed (the store's `progress()`); without it the sheet has its header only. */
  progress?: readonly ProgressCase[];
}

const text = (s: string): string => safeCellText(s).text;
const stratumOf = (c: FieldworkCase) => stratumKey(c, ['sector_level', 'policy_area', 'size_class']);

/** n_h per stratum on the given dimensions (those the weights use): sampled cases in the frame in force. */
export function sampledPerStratum(cases: readonly Pick<FieldworkCase, StratumDimension>[], dims: readonly StratumDimension[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const c of cases) {
    const key = stratumKey(c, dims);
    n.set(key, (n.get(key) ?? 0) + 1);
  }
  return n;
}

export function fieldworkSheets(input: FieldworkInput, lang: Lang): SheetData[] {
  const sample: CellValue[][] = [
    ['workplace_id', 'name', 'stratum', 'sector_level', 'policy_area', 'size_class', 'surveyor', 'disposition', 'aapor', 'attempts', 'responses', 'frame_version'],
    ...input.cases.map((c) => {
      const spec = dispositionSpec(c.disposition);
      return [text(c.id), text(c.name), text(stratumOf(c)), c.sector_level, c.policy_area, c.size_class, text(c.assignee), spec.label[lang], spec.aapor, c.attempts, c.responses, input.frameVersion];
    }),
  ];
  const rateCases = input.cases.map((c) => ({ stratum: stratumOf(c), disposition: c.disposition, assigned: c.assignee !== '', attempted: c.attempts > 0 || c.responses > 0 }));
  const rows = ratesBy(rateCases, (c) => c.stratum);
  const byStratum = new Map<string, Map<Disposition, number>>();
  for (const c of rateCases) {
    const m = byStratum.get(c.stratum) ?? byStratum.set(c.stratum, new Map()).get(c.stratum)!;
    m.set(c.disposition, (m.get(c.disposition) ?? 0) + 1);
  }
  const dispositions: CellValue[][] = [
    ['stratum', ...DISPOSITIONS.map((d) => `${d.aapor} ${d.label[lang]}`), 'total'],
    ...rows.map((r) => {
      const counts = r.key === 'total' ? null : byStratum.get(r.key);
      const of = (d: Disposition) => (counts ? counts.get(d) ?? 0 : rateCases.filter((c) => c.disposition === d).length);
      return [text(r.key), ...DISPOSITIONS.map((d) => of(d.code)), r.sampled];
    }),
  ];
  const rates: CellValue[][] = [
    ['stratum', 'sampled', 'assigned', 'attempted', 'I', 'P', 'R', 'NC', 'O', 'U', 'NE', 'e', 'RR1', 'RR2', 'RR3', 'COOP1', 'REF1', 'CON1'],
    ...rows.map((r) => [
      text(r.key), r.sampled, r.assigned, r.attempted, r.counts.I, r.counts.P, r.counts.R, r.counts.NC, r.counts.O, r.counts.U, r.counts.NE,
      r.e, r.RR1, r.RR2, r.RR3, r.COOP1, r.REF1, r.CON1,
    ]),
  ];
  const progress: CellValue[][] = [
    ['day', 'attempts', 'attempted', 'first_attempted', 'completed', 'attempted_so_far', 'completed_so_far'],
    ...progressByDay(input.progress ?? []).map((d) => [d.day, d.attempts, d.attempted, d.firstAttempted, d.completed, d.attemptedSoFar, d.completedSoFar]),
  ];
  return [
    { name: SAMPLE_SHEET, rows: sample },
    { name: DISPOSITIONS_SHEET, rows: dispositions },
    { name: RATES_SHEET, rows: rates },
    { name: PROGRESS_SHEET, rows: progress },
  ];
}
