/** The data-quality report as a sheet: one row per finding, in the chosen language. */
import { safeCellText } from '../export/neutralise-formula';
import type { Lang, Questionnaire } from '../questionnaire/model';
import { showValue, type Finding } from './finding';

export const QUALITY_SHEET_NAME = 'Data quality';
export const QUALITY_COLUMNS = ['response', 'responseId', 'variable', 'question', 'rule', 'message', 'value'] as const;

export type QualityCell = string | number | null;

/** Neutralised first, then cut to a cell (the one function of every export). */
const safe = (text: string): string => safeCellText(text).text;

/** `editionOf`: the editions held; a finding's question is worded in the edition its response was checked against (`q` otherwise). */
export function qualityRows(findings: readonly Finding[], q: Questionnaire, lang: Lang, editionOf?: (id: string, version: string) => Questionnaire | undefined): QualityCell[][] {
  const wordedIn = (f: Finding) => (f.questionnaireId !== undefined && f.questionnaireVersion !== undefined ? editionOf?.(f.questionnaireId, f.questionnaireVersion) : undefined) ?? q;
  return findings.map((f) => [
    f.key,
    f.responseId,
    f.variable,
    safe(wordedIn(f).byName.get(f.variable)?.label[lang] ?? ''),
    f.rule,
    safe(f.message[lang]),
    f.value === null ? null : typeof f.value === 'number' ? f.value : safe(showValue(f.value)),
  ]);
}
