/**
 * The Weights sheet: the stratum table behind the weight column, w = N_h / r_h (questionnaire.md,
 * "Weights"), with the weighting stratum of each row (itself, or the neighbour a coordinator
 * collapsed it into) and Σw against N. Below it, after one empty row, the weighting diagnostics:
 * totals, the spread of the weights, Kish's design effect, empty and one-respondent strata, and the
 * collapses. Without a population table it says so in one row: every weight is 1.
 */
import type { Lang } from '../questionnaire/model';
import { weightDiagnostics, type CollapseRefusal, type StratumBalance, type StratumStatus, type WeightSet } from '../weights';
import type { CellValue } from './data-rows';
import { safeCellText } from './neutralise-formula';
import type { SheetData } from './xlsx-writer';

export const WEIGHTS_SHEET_NAME = 'Weights';

/**
 * N_h from the population table, n_h (sampled) from the sample frame (empty without one), r_h
 * respondents, w the weight; then the weighting stratum (`weighting_stratum`: the row's own key or the
 * one it was collapsed into) with its N and r, Σw of the row's respondents, Σw − N of the weighting
 * stratum, and `check` (`empty`: N > 0 but no respondent; `single`: one respondent, no variance).
 */
export const WEIGHTS_HEADER = [
  'stratum', 'label', 'sector_level', 'policy_area', 'size_class', 'N_h', 'n_h', 'r_h', 'w', 'status', 'note',
  'weighting_stratum', 'N_weighting', 'r_weighting', 'sum_w', 'sum_w_minus_N', 'check',
] as const;

/** The header of the diagnostics block under the table. */
export const DIAGNOSTICS_HEADER = ['diagnostic', 'value', 'note'] as const;

type Status = StratumStatus | 'unweighted' | 'unclassified';

const NOTES: Record<Lang, Record<Status, string>> = {
  da: {
    weighted: 'Vægtet: w = N_h / r_h.',
    empty: 'Ingen svar i dette stratum: dets N_h er ikke repræsenteret.',
    'no-population': 'Svar, men stratummet mangler i populationstabellen: ingen vægt (indgår kun i uvægtede tal).',
    'zero-population': 'Svar, men N_h = 0 i populationstabellen: ingen vægt (indgår kun i uvægtede tal).',
    collapsed: 'Vægtet sammen med nabostratummet i weighting_stratum: w = N / r for de to tilsammen.',
    unweighted: 'Ingen populationstabel: alle vægte er 1, og alle tal er uvægtede.',
    unclassified: 'Svar uden værdi for en stratumvariabel: ingen vægt (indgår kun i uvægtede tal).',
  },
  en: {
    weighted: 'Weighted: w = N_h / r_h.',
    empty: 'No responses in this stratum: its N_h is not represented.',
    'no-population': 'Responses, but the stratum is missing from the population table: no weight (unweighted figures only).',
    'zero-population': 'Responses, but N_h = 0 in the population table: no weight (unweighted figures only).',
    collapsed: 'Collapsed into the neighbouring stratum in weighting_stratum: w = N / r of the two together.',
    unweighted: 'No population table: every weight is 1 and all figures are unweighted.',
    unclassified: 'Responses lacking a value of a stratum variable: no weight (unweighted figures only).',
  },
};

const MERGED_NOTE: Record<Lang, (from: string) => string> = {
  da: (from) => `Vægtet sammen med ${from}: w = N_weighting / r_weighting.`,
  en: (from) => `Weighted together with ${from}: w = N_weighting / r_weighting.`,
};

const REFUSALS: Record<Lang, Record<CollapseRefusal, string>> = {
  da: {
    'unknown-from': 'stratummet findes ikke i populationstabellen',
    'unknown-into': 'nabostratummet findes ikke i populationstabellen',
    self: 'et stratum kan ikke vægtes sammen med sig selv',
    twice: 'stratummet er allerede vægtet sammen med et andet',
    chain: 'kæder af sammenvægtninger bruges ikke',
  },
  en: {
    'unknown-from': 'the stratum is not in the population table',
    'unknown-into': 'the neighbour is not in the population table',
    self: 'a stratum cannot be collapsed into itself',
    twice: 'the stratum is collapsed already',
    chain: 'chains of collapses are not used',
  },
};

const D = {
  da: {
    total_N: 'ΣN over strata med et populationstal.',
    sum_w: 'Σw over svar med en vægt (lig total_N, når hvert stratum med N > 0 har svar).',
    sum_w_minus_N: 'Σw − ΣN: negativ, når strata uden svar ikke er repræsenteret.',
    weighted_responses: 'Svar med en vægt.',
    min_w: 'Mindste vægt.',
    max_w: 'Største vægt.',
    max_min_ratio: 'Største vægt / mindste vægt.',
    mean_w: 'Gennemsnitlig vægt Σw / n.',
    cv_w: 'Vægtenes variationskoefficient sd / gennemsnit (sd med divisor n).',
    deff_kish: 'Kishs designeffekt af vægtningen 1 + CV² = n·Σw² / (Σw)².',
    n_effective_kish: 'Kishs effektive n (Σw)² / Σw² = n / deff_kish.',
    empty_strata: 'Strata med N > 0, men ingen svar',
    single_strata: 'Strata med ét svar (ingen varians: udeladt af standardfejlen)',
    flagged_strata: 'Strata med svar, men uden brugbart populationstal',
    collapsed: 'Sammenvægtede strata (stratum → nabostratum), valgt af en koordinator',
    collapse_ignored: 'Gemte sammenvægtninger, der ikke passer til populationstabellen og ikke er brugt',
    none: 'ingen',
  },
  en: {
    total_N: 'ΣN over strata with a population count.',
    sum_w: 'Σw over responses with a weight (equals total_N when every stratum with N > 0 has responses).',
    sum_w_minus_N: 'Σw − ΣN: negative when strata without responses are not represented.',
    weighted_responses: 'Responses with a weight.',
    min_w: 'Smallest weight.',
    max_w: 'Largest weight.',
    max_min_ratio: 'Largest weight / smallest weight.',
    mean_w: 'Mean weight Σw / n.',
    cv_w: 'Coefficient of variation of the weights sd / mean (sd with divisor n).',
    deff_kish: 'Kish’s design effect from weighting 1 + CV² = n·Σw² / (Σw)².',
    n_effective_kish: 'Kish’s effective n (Σw)² / Σw² = n / deff_kish.',
    empty_strata: 'Strata with N > 0 but no responses',
    single_strata: 'Strata with one response (no variance: left out of the standard error)',
    flagged_strata: 'Strata with responses but no usable population count',
    collapsed: 'Collapsed strata (stratum → neighbour), chosen by a coordinator',
    collapse_ignored: 'Stored collapses that do not fit the population table and are not used',
    none: 'none',
  },
} as const;

const text = (s: string): string => safeCellText(s).text;

/** The diagnostics block: one measure per row (empty cells where there is nothing to measure). */
function diagnosticRows(weights: WeightSet, lang: Lang): CellValue[][] {
  const d = weightDiagnostics(weights);
  if (!d) return [];
  const w = D[lang];
  const label = (key: string) => weights.strata.find((s) => s.key === key)?.label[lang] ?? key;
  const names = (list: readonly { key: string }[]) => (list.length === 0 ? w.none : list.map((s) => label(s.key)).join('; '));
  const sp = d.spread;
  const { applied, ignored } = weights.collapses;
  return [
    [...DIAGNOSTICS_HEADER],
    ['total_N', d.totalN, w.total_N],
    ['sum_w', d.totalWeight, w.sum_w],
    ['sum_w_minus_N', d.totalWeight - d.totalN, w.sum_w_minus_N],
    ['weighted_responses', sp?.respondents ?? 0, w.weighted_responses],
    ['min_w', sp?.min ?? null, w.min_w],
    ['max_w', sp?.max ?? null, w.max_w],
    ['max_min_ratio', sp?.ratio ?? null, w.max_min_ratio],
    ['mean_w', sp?.mean ?? null, w.mean_w],
    ['cv_w', sp?.cv ?? null, w.cv_w],
    ['deff_kish', sp?.deff ?? null, w.deff_kish],
    ['n_effective_kish', sp?.effectiveN ?? null, w.n_effective_kish],
    ['empty_strata', d.empty.length, `${w.empty_strata}: ${names(d.empty)}.`],
    ['single_strata', d.single.length, `${w.single_strata}: ${names(d.single)}.`],
    ['flagged_strata', weights.flagged.length, `${w.flagged_strata}: ${names(weights.flagged)}.`],
    ['collapsed', applied.length, `${w.collapsed}: ${applied.length === 0 ? w.none : applied.map((c) => `${label(c.from)} → ${label(c.into)}`).join('; ')}.`],
    ...(ignored.length > 0
      ? [['collapse_ignored', ignored.length, `${w.collapse_ignored}: ${ignored.map((i) => `${i.collapse.from} → ${i.collapse.into} (${REFUSALS[lang][i.reason]})`).join('; ')}.`]]
      : []),
  ].map((row) => row.map((c) => (typeof c === 'string' ? text(c) : c)));
}

/** The sheet for `weights` computed over `respondentCount` exported responses. */
export function weightsSheet(weights: WeightSet, respondentCount: number, lang: Lang): SheetData {
  const rows: CellValue[][] = [[...WEIGHTS_HEADER]];
  if (weights.unweighted) {
    rows.push(['(none)', null, null, null, null, null, null, respondentCount, 1, 'unweighted', NOTES[lang].unweighted, null, null, null, respondentCount, null, null]);
    return { name: WEIGHTS_SHEET_NAME, rows };
  }
  const d = weightDiagnostics(weights);
  const balance = new Map<string, StratumBalance>((d?.strata ?? []).map((b) => [b.stratum.key, b]));
  const empty = new Set(d?.empty.map((s) => s.key));
  const single = new Set(d?.single.map((s) => s.key));
  const labelOf = (key: string) => weights.strata.find((s) => s.key === key)?.label[lang] ?? key;
  for (const s of weights.strata) {
    const group = s.into ?? s.key;
    const b = balance.get(group);
    const note = s.merged ? `${NOTES[lang][s.status]} ${MERGED_NOTE[lang](s.merged.from.map(labelOf).join(', '))}` : NOTES[lang][s.status];
    rows.push([
      text(s.key), text(s.label[lang]),
      s.cells.sector_level ?? null, s.cells.policy_area ?? null, s.cells.size_class ?? null,
      s.N_h, s.n_h, s.r_h, s.w, s.status, text(note),
      text(group), b?.N ?? null, b?.r ?? null, s.w === null ? 0 : s.w * s.r_h, b?.difference ?? null,
      empty.has(group) ? 'empty' : single.has(group) ? 'single' : null,
    ]);
  }
  if (weights.unclassified.length > 0) {
    rows.push(['(unclassified)', null, null, null, null, null, null, weights.unclassified.length, null, 'unclassified', NOTES[lang].unclassified, null, null, null, 0, null, null]);
  }
  const tableRows = rows.length - 1;
  rows.push([], ...diagnosticRows(weights, lang));
  return { name: WEIGHTS_SHEET_NAME, rows, filterRows: tableRows };
}
