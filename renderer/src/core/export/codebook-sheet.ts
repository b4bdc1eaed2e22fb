/**
 * The Codebook sheet (a REDCap-style data dictionary): one row per column of Data, in the same
 * order, saying what the column holds, how it was asked or derived, its missing codes, which
 * indicators read it, and its name in the statistics-package export (`statistics-names.ts`).
 */
import { indicatorBaseNote } from '../indicators/base-rule';
import type { ChoiceDef, Lang, LocalText, Questionnaire, Variable } from '../questionnaire/model';
import { choicesOf, type WeightSet } from '../weights';
import type { ExportColumn, MetaField } from './data-columns';
import type { CellValue } from './data-rows';
import { OPTION_LABELS, STATUS_LABELS } from './label-rows';
import type { EditionSet } from '../editions/edition-set';
import { columnEditions, EDITION_CODEBOOK_HEADER } from './codebook-editions';
import { isFreeTextColumn, missingCodesText, NOT_IN_EDITION_TEXT, PLAIN_TEXT_MISSING } from './missing-codes';
import { safeCellText } from './neutralise-formula';
import { statisticsNames } from './statistics-names';
import type { SheetData } from './xlsx-writer';

export const CODEBOOK_SHEET_NAME = 'Codebook';

export const CODEBOOK_HEADER = [
  'name', 'section', 'type', 'wording_da', 'wording_en', 'choices_da', 'choices_en',
  'validation', 'routing', 'required', 'derivation', 'missing_codes', 'indicator_base', 'stats_name',
] as const;

const t = (da: string, en: string): LocalText => ({ da, en });

const META: Record<MetaField, { type: string; wording: LocalText }> = {
  key: { type: 'text', wording: t('Svarets korte nøgle (til telefon og papir)', 'Short key of the response (for phone and paper)') },
  uuid: { type: 'text', wording: t('Besvarelsens UUID, unik på tværs af computere', "The response's UUID, unique across computers") },
  status: { type: 'code', wording: t('Svarets status', 'Status of the response') },
  verified: {
    type: 'code',
    wording: t(
      'Verificeret ved dobbeltindtastning: 1 = verificeret, 0 = markeret, men ikke verificeret endnu, tom = ikke markeret (se arket Verification)',
      'Verified by double entry: 1 = verified, 0 = marked but not verified yet, empty = not marked (see the Verification sheet)',
    ),
  },
  created_by: { type: 'text', wording: t('Registreret af', 'Keyed by (surveyor)') },
  created_at: { type: 'datetime', wording: t('Oprettet (lokal tid med sommertid, se About)', 'Created (local time with summer time, see About)') },
  updated_at: { type: 'datetime', wording: t('Senest ændret (lokal tid med sommertid, se About)', 'Last changed (local time with summer time, see About)') },
  questionnaire_id: { type: 'text', wording: t('Spørgeskemaets id', 'Questionnaire id') },
  questionnaire_version: { type: 'text', wording: t('Spørgeskemaets version', 'Questionnaire version') },
};

const choiceList = (choices: readonly ChoiceDef[], lang: Lang) => choices.map((c) => `${c.code} = ${c.label[lang]}`).join(' | ');

function wording(v: Variable, lang: Lang): string {
  if (v.kind === 'grid-row' && v.question) return `${v.question.label[lang]} — ${v.label[lang]}`;
  if (v.kind === 'derived' && v.derived?.description) return `${v.label[lang]}. ${v.derived.description[lang]}`;
  return v.label[lang];
}

function validation(v: Variable): string {
  const q = v.question;
  if (!q) return '';
  const parts: string[] = [];
  if (q.min !== undefined) parts.push(`min ${q.min}`);
  if (q.max !== undefined) parts.push(`max ${q.max}`);
  if (q.pattern !== undefined) parts.push(`pattern ${q.pattern}`);
  if (v.valueKind === 'multi' && q.minSelected !== undefined) parts.push(`minSelected ${q.minSelected}`);
  if (q.maxSelected !== undefined) parts.push(`maxSelected ${q.maxSelected}`);
  const exclusive = (v.choices ?? []).filter((c) => c.exclusive).map((c) => c.code);
  if (exclusive.length > 0) parts.push(`exclusive ${exclusive.join(', ')}`);
  if (q.constraint !== undefined) parts.push(`constraint ${q.constraint}`);
  return parts.join('; ');
}

function typeOf(v: Variable): string {
  if (v.kind === 'grid-row') return `${v.type} (grid row of ${v.question?.name ?? '?'})`;
  if (v.kind === 'derived') return `${v.type} (derived)`;
  return v.type;
}

function weightDerivation(weights: WeightSet): string {
  if (weights.unweighted) return 'w = 1 for every response: no population table was given, so all figures are unweighted.';
  const base = `w = N_h / r_h: N_h workplaces in the population of stratum h (${weights.dimensions.join(' × ')}), r_h exported responses in h`;
  const { applied } = weights.collapses;
  if (applied.length === 0) return `${base}; see Weights.`;
  const label = (key: string) => weights.strata.find((s) => s.key === key)?.label.en ?? key;
  return `${base}; collapsed strata are weighted with their named neighbour as one stratum (N and r of both): ${applied.map((c) => `${label(c.from)} → ${label(c.into)}`).join('; ')}; see Weights (weighting_stratum).`;
}

function columnRow(q: Questionnaire, c: ExportColumn, weights: WeightSet): CellValue[] {
  switch (c.kind) {
    case 'meta': {
      const m = META[c.name];
      const status = c.name === 'status';
      const choices = (lang: Lang) => (status ? Object.entries(STATUS_LABELS[lang]).map(([k, v]) => `${k} = ${v}`).join(' | ') : '');
      return [c.name, 'metadata', m.type, m.wording.da, m.wording.en, choices('da'), choices('en'), '', '', 'yes', '', missingCodesText('meta'), ''];
    }
    case 'weight':
      return [c.name, 'weights', 'decimal', 'Arbejdspladsens vægt', "The workplace's weight", '', '', '', '', '', weightDerivation(weights), missingCodesText('weight'), ''];
    case 'value': {
      const v = c.variable;
      const choices = v.choices ?? choicesOf(q, v.name);
      return [
        c.name, v.sectionId ?? 'derived', typeOf(v), wording(v, 'da'), wording(v, 'en'), choiceList(choices, 'da'), choiceList(choices, 'en'),
        validation(v), v.relevant?.source ?? '', v.kind === 'derived' ? '' : v.question?.required ? 'yes' : 'no',
        v.calculation?.source ?? v.derived?.calculation ?? '', missingCodesText(v.kind === 'derived' ? 'derived' : 'question', v), indicatorBaseNote(v.name),
      ];
    }
    case 'option': {
      const v = c.variable;
      const zeroOne = (lang: Lang) => `1 = ${OPTION_LABELS[lang].chosen} | 0 = ${OPTION_LABELS[lang].notChosen}`;
      return [
        c.name, v.sectionId ?? 'derived', 'option (0/1)', `${wording(v, 'da')}: ${c.choice.label.da}`, `${wording(v, 'en')}: ${c.choice.label.en}`,
        zeroOne('da'), zeroOne('en'), '', v.relevant?.source ?? '', '',
        `1 if "${c.choice.code}" is among the answers to ${v.name}, else 0`, missingCodesText('option', v), '',
      ];
    }
  }
}

export interface CodebookOptions {
  /** "Free text without −99" was chosen: the free-text columns' missing codes say so. */
  plainText?: boolean;
  /**
   * The workbook's editions when it holds more than one: two more columns (`editions`,
   * `renamed_options`), and −97 in the missing codes of a column some edition lacks.
   */
  editions?: EditionSet;
}

const MISSING_CODES_INDEX = CODEBOOK_HEADER.indexOf('missing_codes');

/** The Codebook sheet for the Data columns `columns` (every text made safe). */
export function codebookSheet(q: Questionnaire, columns: readonly ExportColumn[], weights: WeightSet, options: CodebookOptions = {}): SheetData {
  const set = options.editions && options.editions.editions.length > 1 ? options.editions : undefined;
  const rows: CellValue[][] = [[...CODEBOOK_HEADER, ...(set ? EDITION_CODEBOOK_HEADER : [])]];
  const stats = statisticsNames(columns);
  const editions = set ? columnEditions(set, columns) : [];
  columns.forEach((c, i) => {
    const row = columnRow(q, c, weights);
    if (options.plainText === true && isFreeTextColumn(c)) row[MISSING_CODES_INDEX] = PLAIN_TEXT_MISSING;
    row.push(stats.get(c.name) ?? '');
    const own = editions[i];
    if (set && own) {
      const every = c.kind === 'meta' || c.kind === 'weight' || own.editions.length === set.editions.length;
      if (!every) row[MISSING_CODES_INDEX] = `${String(row[MISSING_CODES_INDEX] ?? '')} ${NOT_IN_EDITION_TEXT}`.trim();
      row.push(c.kind === 'meta' || c.kind === 'weight' ? 'all' : own.editions.join(', '), own.renamed.join('; '));
    }
    rows.push(row.map((cell) => (typeof cell === 'string' ? safeCellText(cell).text : cell)));
  });
  return { name: CODEBOOK_SHEET_NAME, rows };
}
