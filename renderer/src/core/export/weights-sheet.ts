/**
 * The Weights sheet: the stratum table behind the weight column, w = N_h / r_h (questionnaire.md,
 * "Weights"). Without a population table it says so in one row: every weight is 1.
 */
import type { Lang } from '../questionnaire/model';
import type { StratumStatus, WeightSet } from '../weights';
import type { CellValue } from './data-rows';
import { safeCellText } from './neutralise-formula';
import type { SheetData } from './xlsx-writer';

export const WEIGHTS_SHEET_NAME = 'Weights';

/** N_h from the population table, n_h (sampled) from the sample frame (empty without one), r_h respondents. */
export const WEIGHTS_HEADER = ['stratum', 'label', 'sector_level', 'policy_area', 'size_class', 'N_h', 'n_h', 'r_h', 'w', 'status', 'note'] as const;

type Status = StratumStatus | 'unweighted' | 'unclassified';

const NOTES: Record<Lang, Record<Status, string>> = {
  da: {
    weighted: 'Vægtet: w = N_h / r_h.',
    empty: 'Ingen svar i dette stratum: dets N_h er ikke repræsenteret.',
    'no-population': 'Svar, men stratummet mangler i populationstabellen: ingen vægt (indgår kun i uvægtede tal).',
    'zero-population': 'Svar, men N_h = 0 i populationstabellen: ingen vægt (indgår kun i uvægtede tal).',
    unweighted: 'Ingen populationstabel: alle vægte er 1, og alle tal er uvægtede.',
    unclassified: 'Svar uden værdi for en stratumvariabel: ingen vægt (indgår kun i uvægtede tal).',
  },
  en: {
    weighted: 'Weighted: w = N_h / r_h.',
    empty: 'No responses in this stratum: its N_h is not represented.',
    'no-population': 'Responses, but the stratum is missing from the population table: no weight (unweighted figures only).',
    'zero-population': 'Responses, but N_h = 0 in the population table: no weight (unweighted figures only).',
    unweighted: 'No population table: every weight is 1 and all figures are unweighted.',
    unclassified: 'Responses lacking a value of a stratum variable: no weight (unweighted figures only).',
  },
};

/** The sheet for `weights` computed over `respondentCount` exported responses. */
export function weightsSheet(weights: WeightSet, respondentCount: number, lang: Lang): SheetData {
  const rows: CellValue[][] = [[...WEIGHTS_HEADER]];
  if (weights.unweighted) {
    rows.push(['(none)', null, null, null, null, null, null, respondentCount, 1, 'unweighted', NOTES[lang].unweighted]);
  } else {
    for (const s of weights.strata) {
      rows.push([
        safeCellText(s.key).text, safeCellText(s.label[lang]).text,
        s.cells.sector_level ?? null, s.cells.policy_area ?? null, s.cells.size_class ?? null,
        s.N_h, s.n_h, s.r_h, s.w, s.status, NOTES[lang][s.status],
      ]);
    }
    if (weights.unclassified.length > 0) {
      rows.push(['(unclassified)', null, null, null, null, null, null, weights.unclassified.length, null, 'unclassified', NOTES[lang].unclassified]);
    }
  }
  return { name: WEIGHTS_SHEET_NAME, rows };
}
