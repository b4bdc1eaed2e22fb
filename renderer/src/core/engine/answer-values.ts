/** Empty answers, and turning what a surveyor typed into the value that is stored. */
import { readDateInput } from '../dates/calendar-date';
import { isEmptyValue } from '../expressions/values';
import type { AnswerValue, Variable } from '../questionnaire/model';

/** What an input control hands over: typed text, picked codes, or an already numeric value. */
export type RawAnswer = string | number | readonly string[] | null | undefined;

const WHOLE = /^[+-]?\d+$/;
/** Either decimal mark: Danish surveyors type `2,5`. */
const DECIMAL = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** Whether an answer counts as not given: absent, `''`, no option picked (or not a number, NaN). */
export function isEmptyAnswer(value: AnswerValue | boolean | null | undefined): boolean {
  return value === null || isEmptyValue(value);
}

function normaliseCodes(variable: Variable, raw: Exclude<RawAnswer, null | undefined>): string[] | undefined {
  const given = Array.isArray(raw) ? raw : String(raw).split(/\s+/);
  const codes = [...new Set(given.map((code) => code.trim()).filter((code) => code !== ''))];
  if (codes.length === 0) return undefined;
  // Stored in the order of the choice list, so the same picks always give the same value;
  // unknown codes keep their place at the end (and are reported as problems).
  const rank = new Map(variable.choices?.map((choice, i) => [choice.code, i]));
  const rankOf = (code: string): number => rank.get(code) ?? Number.MAX_SAFE_INTEGER;
  return codes.sort((a, b) => rankOf(a) - rankOf(b));
}

function normaliseNumber(variable: Variable, raw: Exclude<RawAnswer, null | undefined>): AnswerValue | undefined {
  if (typeof raw === 'number') return Number.isNaN(raw) ? undefined : raw;
  const text = (Array.isArray(raw) ? raw.join(' ') : String(raw)).trim();
  if (text === '') return undefined;
  if (variable.type === 'decimal') return DECIMAL.test(text) ? Number(text.replace(',', '.')) : text;
  return WHOLE.test(text) ? Number(text) : text;
}

/**
 * Turns raw input into the stored value for `variable`: text is trimmed; numbers are parsed
 * (`"12"` → 12; for decimal questions `"2,5"` → 2.5); a date typed `05-03-2021` (or `2021-03-05`) → `2021-03-05`; multiple-choice codes are deduplicated and put
 * in choice-list order. Returns `undefined` for an empty answer: delete the stored key.
 *
 * Input that does not parse as the number the question takes is returned as the trimmed text, not
 * refused: it is stored as typed, and `evaluateResponse` reports a `type` problem on it, so the
 * surveyor sees what they typed next to the message.
 */
export function normaliseAnswer(variable: Variable, raw: RawAnswer): AnswerValue | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (variable.valueKind === 'multi') return normaliseCodes(variable, raw);
  if (variable.valueKind === 'number') return normaliseNumber(variable, raw);
  const text = (Array.isArray(raw) ? raw.join(' ') : String(raw)).trim();
  if (text === '') return undefined;
  if (variable.type === 'date') {
    // Typed dd-mm-åååå (or ISO): stored as ISO; anything else as typed, reported as a type problem.
    const input = readDateInput(text);
    return input.kind === 'date' ? input.iso : text;
  }
  return text;
}
