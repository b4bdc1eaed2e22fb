/**
 * The Indicators sheet: every figure of `computeIndicators` (I1–I10, overall and by government level,
 * area and size class) as one row, with n, the weighted and the unweighted share; I7 as its two
 * conditional shares and their ratio. The dashboard shows the same `computeIndicators` result.
 * Each figure carries its design-based standard error and 95 % interval (shares in the share columns,
 * the I7 ratio in the ratio columns), the design effect, the effective n and the small-base flag
 * (1 when n < 30). Formulas: docs/indicators-method.md.
 */
import type { GroupDimension, IndicatorPopulation, IndicatorResult } from '../indicators';
import type { Lang } from '../questionnaire/model';
import type { CellValue } from './data-rows';
import { safeCellText } from './neutralise-formula';
import type { CellStyle, SheetData } from './xlsx-writer';

export const INDICATORS_SHEET_NAME = 'Indicators';

export const INDICATORS_HEADER = [
  'indicator', 'figure', 'label', 'population', 'breakdown', 'group_code', 'group',
  'n', 'n_weighted', 'weighted_base', 'weighted_share', 'unweighted_share', 'weighted_ratio', 'unweighted_ratio',
  'se', 'ci_low', 'ci_high', 'deff', 'n_effective', 'ratio_se', 'ratio_ci_low', 'ratio_ci_high', 'small_base',
] as const;

const PERCENT_COLUMNS: readonly string[] = ['weighted_share', 'unweighted_share', 'se', 'ci_low', 'ci_high'];

const POPULATION: Record<Lang, Record<IndicatorPopulation, string>> = {
  da: { all: 'Alle arbejdspladser', innovators: 'Innovative arbejdspladser' },
  en: { all: 'All workplaces', innovators: 'Innovative workplaces' },
};

const BREAKDOWN: Record<Lang, Record<GroupDimension, string>> = {
  da: { overall: 'Samlet', sector_level: 'Forvaltningsniveau', policy_area: 'Område', size_class: 'Størrelse' },
  en: { overall: 'Overall', sector_level: 'Government level', policy_area: 'Area', size_class: 'Size class' },
};

const STYLES: (CellStyle | undefined)[] = INDICATORS_HEADER.map((h) => (PERCENT_COLUMNS.includes(h) ? 'percent' : undefined));

function row(r: IndicatorResult, lang: Lang): CellValue[] {
  const text = (s: string) => safeCellText(s).text;
  const head: CellValue[] = [
    r.id, r.key, text(r.label[lang]), POPULATION[lang][r.population], BREAKDOWN[lang][r.group.dimension],
    text(r.group.code), text(r.group.label[lang]), r.n, r.nWeighted,
  ];
  const small = r.smallBase ? 1 : 0;
  if (r.kind === 'share') {
    return [...head, r.weightedBase, r.weightedShare, r.unweightedShare, null, null, r.se, r.ciLow, r.ciHigh, r.deff, r.nEffective, null, null, null, small];
  }
  return [...head, null, null, null, r.weightedRatio, r.unweightedRatio, null, null, null, null, null, r.se, r.ciLow, r.ciHigh, small];
}

/** The sheet for `results` (in their order), labels in `lang`; shares are fractions shown as percent. */
export function indicatorsSheet(results: readonly IndicatorResult[], lang: Lang): SheetData {
  return { name: INDICATORS_SHEET_NAME, rows: [[...INDICATORS_HEADER], ...results.map((r) => row(r, lang))], columnStyles: STYLES };
}
