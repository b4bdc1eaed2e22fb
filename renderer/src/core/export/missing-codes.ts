/**
 * The missing-value scheme of the workbook (Survey Solutions and SPSS practice: "skipped by logic" is
 * exported apart from "shown but unanswered"):
 *
 * - **empty cell** = skipped: routing did not ask the question (or a derived variable does not apply),
 *   also in a multiple choice's option columns (never 0);
 * - **-99** = asked but not answered, in every column of the variable: its value column (numbers,
 *   codes, text and a multiple choice's codes column alike) and each of its option columns; for a
 *   derived variable: it could not be derived because an input it needs was asked but not answered;
 * - **-97** = not in the response's edition: in a workbook across editions, a variable (or an option
 *   of a multiple choice) that the edition the response was keyed in does not have;
 * - "don't know" is an answer with its own code (e.g. `dk`), never a missing code.
 *
 * -99 is a numeric cell, so a numeric column stays numeric. It is outside every numeric range of the
 * built-in questionnaire; for a variable whose range admits -99 the codebook says so (`collides`).
 */
import type { Lang, Variable } from '../questionnaire/model';
import type { ExportColumn } from './data-columns';
import type { CellValue } from './data-rows';

/** Asked but not answered (or, for a derived variable, not derivable). */
export const UNANSWERED_CODE = -99;

/**
 * The variable (or the option) is not in the edition the response was keyed in: a workbook across
 * editions has the union of their variables, and a response has nothing to say about the others.
 */
export const NOT_IN_EDITION_CODE = -97;

export const NOT_IN_EDITION_LABEL: Record<Lang, string> = { da: 'Ikke i besvarelsens udgave', en: "Not in the response's edition" };

/** The codebook's sentence for a column some editions lack. */
export const NOT_IN_EDITION_TEXT = `${NOT_IN_EDITION_CODE} = not in the edition the response was keyed in (see questionnaire_version).`;

/** The Labels sheet's word for the code. */
export const UNANSWERED_LABEL: Record<Lang, string> = { da: 'Ikke besvaret', en: 'Not answered' };

/** True when -99 could also be a valid answer to `variable` (an open or wide numeric range). */
export function unansweredCodeCollides(variable: Variable): boolean {
  if (variable.valueKind !== 'number' || variable.kind === 'derived') return false;
  const min = variable.question?.min;
  const max = variable.question?.max;
  return (min === undefined || min <= UNANSWERED_CODE) && (max === undefined || max >= UNANSWERED_CODE);
}

export type MissingCodeKind = 'question' | 'option' | 'derived' | 'meta' | 'weight';

/** The codebook's "missing codes" cell for a column (begins with a letter, never with `-`). */
export function missingCodesText(kind: MissingCodeKind, variable?: Variable): string {
  const dk = variable?.choices?.find((c) => c.dontKnow === true);
  const dkNote = dk ? ` "${dk.code}" = ${dk.label.en} (an answer, not missing).` : '';
  const collision =
    variable && unansweredCodeCollides(variable) ? ' Warning: -99 is also a valid answer here; the Labels sheet tells them apart.' : '';
  switch (kind) {
    case 'meta':
      return 'None: always filled.';
    case 'weight':
      return 'Empty = no weight: the stratum has no usable population count, or a stratum variable is empty (see Weights).';
    case 'derived':
      return `Empty = not applicable (its condition is false). ${UNANSWERED_CODE} = could not be derived: an input was asked but not answered.`;
    case 'option':
      return `Empty = question skipped by routing. ${UNANSWERED_CODE} = question asked but not answered. 1 = chosen, 0 = not chosen.`;
    case 'question':
      return `Empty = skipped by routing (not asked). ${UNANSWERED_CODE} = asked but not answered.${dkNote}${collision}`;
  }
}

/**
 * A free-text column: the value column of a text or long-text question (not a coded, numeric or
 * derived column, nor a multiple choice's code list). The "free text without −99" choice of the
 * export applies to these columns only.
 */
export function isFreeTextColumn(column: ExportColumn): boolean {
  if (column.kind !== 'value') return false;
  const v = column.variable;
  return v.kind !== 'derived' && (v.type === 'text' || v.type === 'longtext') && (v.choices?.length ?? 0) === 0;
}

/**
 * "Free text without −99": a function making a row's free-text columns plain text (an unanswered
 * text becomes an empty cell; every other column keeps −99). Returns a new row.
 */
export function plainTextRowMapper(columns: readonly ExportColumn[]): (row: readonly CellValue[]) => CellValue[] {
  const free = columns.flatMap((c, i) => (isFreeTextColumn(c) ? [i] : []));
  return (row) => {
    const out = row.slice();
    for (const i of free) if (out[i] === UNANSWERED_CODE) out[i] = null;
    return out;
  };
}

/** The codebook's "missing codes" cell of a free-text column exported as plain text. */
export const PLAIN_TEXT_MISSING = 'Empty = not answered, or skipped by routing (free text exported as plain text: -99 is not used here; see About).';
