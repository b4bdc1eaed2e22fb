/**
 * Answers as a person reads them in the history: choice codes as their labels in the chosen
 * language (a code the questionnaire no longer has is shown as the code), numbers in the local
 * format, a date question's answer as the entry form shows it (05-03-2021), several choices
 * separated by commas, and statuses by name.
 */
import { formatAnswerNumber, formatDateAnswer } from './format';
import { isResponseStatus, type ResponseStatus } from '../core/permissions/roles';
import type { AnswerValue, Lang, Questionnaire } from '../core/questionnaire/model';

/** `value` of `field` in words; null when there is no value (the caller says "empty"). */
export function valueLabel(q: Questionnaire, field: string | null, value: AnswerValue | null, lang: Lang): string | null {
  if (value === null || (Array.isArray(value) && value.length === 0) || value === '') return null;
  const variable = field === null ? undefined : q.byName.get(field);
  const choices = variable?.choices;
  if (choices) {
    const label = (code: string) => choices.find((c) => c.code === code)?.label[lang] ?? code;
    return (Array.isArray(value) ? value : [String(value)]).map(label).join(', ');
  }
  if (typeof value === 'number') return formatAnswerNumber(value, lang);
  if (variable?.type === 'date' && typeof value === 'string') return formatDateAnswer(value, lang);
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A status value in words, via the caller's translation of the four statuses. */
export function statusLabel(value: AnswerValue | null, names: Readonly<Record<ResponseStatus, string>>): string | null {
  return isResponseStatus(value) ? names[value] : typeof value === 'string' ? value : null;
}
