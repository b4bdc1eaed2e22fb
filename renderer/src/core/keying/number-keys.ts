/**
 * What a number field lets the typist type, and when it is full. Integers and years take digits only
 * (a minus sign first where the range allows negatives); decimals one decimal comma or point as well;
 * spaces may group thousands ("1 250"). A year is full after four digits; an integer or decimal
 * field when it holds as many digits as its maximum has (auto-advance moves on then).
 */
export type NumberKind = 'integer' | 'decimal' | 'year';

export interface NumberRules {
  kind: NumberKind;
  min?: number | undefined;
  max?: number | undefined;
}

/** Whether `text` is a possible (perhaps unfinished) number of this field: every keystroke in it allowed. */
export function acceptsNumberText(rules: NumberRules, text: string): boolean {
  const negative = rules.min === undefined || rules.min < 0;
  const sign = negative ? '[-\u2212]?' : '';
  if (rules.kind === 'year') return new RegExp(`^${sign}[0-9]*$`).test(text);
  const digits = '[0-9\\s\\u00a0]*';
  const fraction = rules.kind === 'decimal' ? `([.,]${digits})?` : '';
  return new RegExp(`^\\s*${sign}${digits}${fraction}\\s*$`).test(text);
}

/** The number of digits that fills the field, or null when it has no such length. */
export function fullLength(rules: NumberRules): number | null {
  if (rules.kind === 'year') return 4;
  if (rules.kind !== 'integer' || rules.max === undefined || !Number.isInteger(rules.max) || rules.max <= 0) return null;
  return String(rules.max).length;
}

/** Whether the typed text fills the field (a whole number of `fullLength` digits). */
export function isFull(rules: NumberRules, text: string): boolean {
  const length = fullLength(rules);
  if (length === null) return false;
  const digits = text.replace(/[^0-9]/g, '');
  return /^[-\u2212]?[0-9]+$/.test(text.trim()) && digits.length >= length;
}
