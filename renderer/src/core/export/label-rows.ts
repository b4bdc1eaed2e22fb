/**
 * The Labels sheet: the Data sheet's rows with every code replaced by its label in one language,
 * cell for cell (same columns, same order, same rows), built from the Data row as it is written.
 * Numbers and free texts are as in Data; skipped stays empty; -99 becomes "Not answered".
 */
import type { Lang, Questionnaire } from '../questionnaire/model';
import { choicesOf } from '../weights/population';
import type { ExportColumn } from './data-columns';
import type { CellValue } from './data-rows';
import { NOT_IN_EDITION_CODE, NOT_IN_EDITION_LABEL, UNANSWERED_CODE, UNANSWERED_LABEL } from './missing-codes';
import { safeCellText, unneutraliseCode } from './neutralise-formula';

/** Response statuses in words (a status the app does not know yet is shown as its code). */
export const STATUS_LABELS: Record<Lang, Record<string, string>> = {
  da: { draft: 'Kladde', completed: 'Afsluttet', approved: 'Godkendt', rejected: 'Afvist' },
  en: { draft: 'Draft', completed: 'Completed', approved: 'Approved', rejected: 'Rejected' },
};

/** An option column's 1 and 0 in words. */
export const OPTION_LABELS: Record<Lang, { chosen: string; notChosen: string }> = {
  da: { chosen: 'Valgt', notChosen: 'Ikke valgt' },
  en: { chosen: 'Selected', notChosen: 'Not selected' },
};

/** Separates the labels of a multiple choice's options in its Labels cell. */
export const LABEL_LIST_SEPARATOR = '; ';

type CellMapper = (cell: CellValue) => CellValue;

const identity: CellMapper = (cell) => cell;
const safe = (text: string) => safeCellText(text).text;

function columnMapper(q: Questionnaire, column: ExportColumn, lang: Lang): CellMapper {
  const unanswered = UNANSWERED_LABEL[lang];
  switch (column.kind) {
    case 'weight':
      return identity;
    case 'meta':
      if (column.name !== 'status') return identity;
      return (cell) => (typeof cell === 'string' ? (STATUS_LABELS[lang][cell] ?? cell) : cell);
    case 'option': {
      const { chosen, notChosen } = OPTION_LABELS[lang];
      return (cell) => (cell === 1 ? chosen : cell === 0 ? notChosen : cell === UNANSWERED_CODE ? unanswered : cell);
    }
    case 'value': {
      const choices = column.variable.choices ?? choicesOf(q, column.variable.name);
      if (choices.length === 0) return (cell) => (cell === UNANSWERED_CODE ? unanswered : cell);
      const labels = new Map(choices.map((c) => [c.code, safe(c.label[lang])]));
      if (column.variable.valueKind !== 'multi') {
        return (cell) =>
          cell === UNANSWERED_CODE ? unanswered : typeof cell === 'string' ? (labels.get(unneutraliseCode(cell)) ?? cell) : cell;
      }
      const lists = new Map<string, string>(); // a code list → its labels, computed once per combination
      return (cell) => {
        if (cell === UNANSWERED_CODE) return unanswered;
        if (typeof cell !== 'string') return cell;
        let text = lists.get(cell);
        if (text === undefined) {
          const codes = unneutraliseCode(cell).split(' ').filter((c) => c !== '');
          text = safe(codes.map((c) => labels.get(c) ?? c).join(LABEL_LIST_SEPARATOR));
          if (lists.size < 10_000) lists.set(cell, text);
        }
        return text;
      };
    }
  }
}

/** A column where −97 cannot be an answer: anything but a number question whose range admits it. */
function notAnswerable(column: ExportColumn | undefined): boolean {
  if (column?.kind !== 'value') return true;
  const v = column.variable;
  if (v.valueKind !== 'number') return true;
  const min = v.question?.min;
  const max = v.question?.max;
  return (min !== undefined && min > NOT_IN_EDITION_CODE) || (max !== undefined && max < NOT_IN_EDITION_CODE);
}

/** A function from a Data row to its Labels row, for `columns` of `q` in language `lang`. */
export function labelRowMapper(q: Questionnaire, columns: readonly ExportColumn[], lang: Lang): (row: readonly CellValue[]) => CellValue[] {
  const mappers = columns.map((c) => columnMapper(q, c, lang));
  const absent = NOT_IN_EDITION_LABEL[lang];
  return (row) => {
    const out = new Array<CellValue>(row.length);
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] ?? null;
      // −97 only ever comes from a column another edition has (`edition-columns.ts`), never from an answer.
      out[i] = cell === NOT_IN_EDITION_CODE && columns[i]?.kind !== 'weight' && columns[i]?.kind !== 'meta' && notAnswerable(columns[i]) ? absent : (mappers[i] ?? identity)(cell);
    }
    return out;
  };
}
