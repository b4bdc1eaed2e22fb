/** A stored answer as a person reads it: choice codes as their labels, numbers with the language's decimal mark, a date as the entry form shows it. */
import type { AnswerValue, Lang, Variable } from '../../core/questionnaire/model';
import { formatDateAnswer } from '../../ui/format';

export function answerLabel(variable: Variable | undefined, value: AnswerValue | undefined, lang: Lang): string | null {
  if (value === undefined) return null;
  const labelOf = (code: string): string => variable?.choices?.find((c) => c.code === code)?.label[lang] ?? code;
  if (Array.isArray(value)) return value.map(labelOf).join('; ');
  if (typeof value === 'number') return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  if (variable?.type === 'date') return formatDateAnswer(value, lang);
  return variable?.choices ? labelOf(value) : value;
}
