import type { AnswerValue, Lang } from '../../core/questionnaire/model';

/** A typed text answer, trimmed as the engine stores it (so a trailing space being typed is never "corrected" on screen); blank means "not answered". */
export function textToAnswer(text: string): AnswerValue | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A typed number: Danish decimal comma or a point, spaces ignored ("1 250", "2,5", "-3").
 * Text that is not a number is kept as typed, so no keystroke is lost: the engine then reports a
 * 'type' problem beside the field, and completion is blocked until it is corrected.
 */
export function parseNumberText(text: string): AnswerValue | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '').replace('\u2212', '-');
  if (compact === '') return undefined;
  const normalised = compact.replace(',', '.');
  return NUMBER.test(normalised) ? Number(normalised) : text.trim();
}

/** A stored number as the surveyor reads it: decimal comma in Danish. */
export function formatNumber(value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    const s = String(value);
    return lang === 'da' ? s.replace('.', ',') : s;
  }
  return Array.isArray(value) ? value.join(' ') : value;
}

/** A stored text answer as shown in a text box. */
export function formatText(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The stored code(s) of a choice question as a list (a single choice is a string). */
export function selectedCodes(value: AnswerValue | undefined): readonly string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return [String(value)];
}
