/**
 * Any questionnaire definition written as an XLSForm (sheets survey, choices, settings), so a
 * methodologist can start the next edition from the current one in a spreadsheet. Importing the
 * result gives back an equal definition. What XLSForm has no column for is written in the app's own
 * columns (min, max, pattern, pattern_message, min_selected, max_selected, constraint_warning,
 * value_type, description, and exclusive / dont_know on choices), which the import reads.
 */
import type { CellValue } from '../export/data-rows';
import { safeCellText } from '../export/neutralise-formula';
import { writeXlsx, type SheetData } from '../export/xlsx-writer';
import { LANGS, type LocalText, type QuestionDef, type QuestionnaireDef } from '../questionnaire/model';
import { languageHeader } from './columns';

type Row = Record<string, string | number | undefined>;

type TranslatedColumn = 'label' | 'hint' | 'constraint_message' | 'pattern_message' | 'description';
const SURVEY_COLUMNS = [
  'type', 'name', ...LANGS.map((l) => languageHeader('label', l)), ...LANGS.map((l) => languageHeader('hint', l)), 'required', 'relevant', 'constraint',
  ...LANGS.map((l) => languageHeader('constraint_message', l)), 'constraint_warning', 'calculation', 'value_type', 'choices', 'appearance', 'min', 'max',
  'pattern', ...LANGS.map((l) => languageHeader('pattern_message', l)), 'min_selected', 'max_selected', ...LANGS.map((l) => languageHeader('description', l)),
  'default', 'read_only',
];
const CHOICE_COLUMNS = ['list_name', 'name', ...LANGS.map((l) => languageHeader('label', l)), 'exclusive', 'dont_know', 'previous_name'];
const SETTINGS_COLUMNS = ['form_title', languageHeader('form_title', 'en'), 'form_id', 'version', 'default_language', 'previous_version'];

function texts(row: Row, key: TranslatedColumn, text: LocalText | undefined): void {
  if (text) for (const lang of LANGS) row[languageHeader(key, lang)] = text[lang];
}

const TYPE: Record<Exclude<QuestionDef['type'], 'grid'>, (q: QuestionDef) => { type: string; appearance?: string }> = {
  text: () => ({ type: 'text' }),
  longtext: () => ({ type: 'text', appearance: 'multiline' }),
  integer: () => ({ type: 'integer' }),
  decimal: () => ({ type: 'decimal' }),
  year: () => ({ type: 'integer', appearance: 'year' }),
  date: () => ({ type: 'date' }),
  single: (q) => ({ type: `select_one ${q.choices ?? ''}`, ...(q.appearance && { appearance: q.appearance }) }),
  multi: (q) => ({ type: `select_multiple ${q.choices ?? ''}`, ...(q.appearance && { appearance: q.appearance }) }),
};

function questionRow(q: QuestionDef): Row {
  const row: Row = { name: q.name, required: q.required ? 'yes' : undefined, relevant: q.relevant, constraint: q.constraint };
  texts(row, 'label', q.label);
  texts(row, 'hint', q.hint);
  texts(row, 'constraint_message', q.constraintMessage);
  texts(row, 'pattern_message', q.patternMessage);
  Object.assign(row, { min: q.min, max: q.max, pattern: q.pattern, min_selected: q.minSelected, max_selected: q.maxSelected, constraint_warning: q.constraintWarning ? 'yes' : undefined });
  // XLSForm writes a multiple choice's default as its codes separated by spaces.
  if (q.default !== undefined) row.default = Array.isArray(q.default) ? q.default.join(' ') : q.default;
  if (q.readOnly) row.read_only = 'yes';
  return row;
}

/** The definition as XLSForm rows, one list of records per sheet. */
export function xlsFormRows(def: QuestionnaireDef): { survey: Row[]; choices: Row[]; settings: Row[] } {
  const survey: Row[] = [];
  for (const section of def.sections) {
    const begin: Row = { type: 'begin group', name: section.id, relevant: section.relevant, appearance: 'field-list' };
    texts(begin, 'label', section.title);
    survey.push(begin);
    for (const q of section.questions) {
      if (q.type === 'grid') {
        const { required, ...group } = questionRow(q);
        survey.push({ ...group, type: 'begin group', appearance: 'table-list' });
        for (const r of q.rows ?? []) {
          const row: Row = { type: `select_one ${q.choices ?? ''}`, name: r.name, required };
          texts(row, 'label', r.label);
          survey.push(row);
        }
        survey.push({ type: 'end group' });
      } else {
        survey.push({ ...questionRow(q), ...TYPE[q.type](q) });
      }
    }
    survey.push({ type: 'end group' });
  }
  for (const d of def.derived) {
    const row: Row = { type: 'calculate', name: d.name, calculation: d.calculation, relevant: d.relevant, value_type: d.type, choices: d.choices };
    texts(row, 'label', d.label);
    texts(row, 'description', d.description);
    survey.push(row);
  }
  const choices: Row[] = Object.entries(def.choiceLists).flatMap(([list, options]) =>
    options.map((c) => {
      const row: Row = { list_name: list, name: c.code, exclusive: c.exclusive ? 'yes' : undefined, dont_know: c.dontKnow ? 'yes' : undefined, previous_name: c.previousCode };
      texts(row, 'label', c.label);
      return row;
    }),
  );
  const settings: Row[] = [{ form_title: def.title.da, [languageHeader('form_title', 'en')]: def.title.en, form_id: def.id, version: def.version, default_language: 'Dansk (da)', previous_version: def.previousVersion }];
  return { survey, choices, settings };
}

const cell = (value: string | number | undefined): CellValue => (value === undefined ? null : typeof value === 'number' ? value : safeCellText(value).text);
const sheet = (name: string, columns: readonly string[], rows: readonly Row[]): SheetData => ({ name, rows: [columns, ...rows.map((r) => columns.map((c) => cell(r[c])))] });

/** The definition as an .xlsx XLSForm. */
export function writeXlsForm(def: QuestionnaireDef, modified?: Date): Promise<Uint8Array> {
  const { survey, choices, settings } = xlsFormRows(def);
  return writeXlsx([sheet('survey', SURVEY_COLUMNS, survey), sheet('choices', CHOICE_COLUMNS, choices), sheet('settings', SETTINGS_COLUMNS, settings)], modified);
}

/** The same rows as text matrices, as the reading Worker would hand them back (for tests and previews). */
export function xlsFormBook(def: QuestionnaireDef): Record<string, string[][]> {
  const { survey, choices, settings } = xlsFormRows(def);
  const matrix = (columns: readonly string[], rows: readonly Row[]) => [[...columns], ...rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c]))))];
  return { survey: matrix(SURVEY_COLUMNS, survey), choices: matrix(CHOICE_COLUMNS, choices), settings: matrix(SETTINGS_COLUMNS, settings) };
}
