/** The data-quality report as a sheet: one row per finding, in the chosen language. */
import { safeCellText } from '../export/neutralise-formula';
import type { Lang, Questionnaire } from '../questionnaire/model';
import { showValue, type Finding } from './finding';

export const QUALITY_SHEET_NAME = 'Data quality';
export const QUALITY_COLUMNS = ['response', 'responseId', 'variable', 'question', 'rule', 'message', 'value'] as const;

export type QualityCell = string | number | null;

/** Neutralised first, then cut to a cell (the one function of every export). */
const safe = (text: string): string => safeCellText(text).text;

export function qualityRows(findings: readonly Finding[], q: Questionnaire, lang: Lang): QualityCell[][] {
  return findings.map((f) => [
    f.key,
    f.responseId,
    f.variable,
    safe(q.byName.get(f.variable)?.label[lang] ?? ''),
    f.rule,
    safe(f.message[lang]),
    f.value === null ? null : typeof f.value === 'number' ? f.value : safe(showValue(f.value)),
  ]);
}
