import type { Lang } from '../core/questionnaire/model';

/** The formatting locale of each UI language: Danish conventions, or British English (day first, 24-hour clock). */
export function localeOf(lang: Lang): string {
  return lang === 'da' ? 'da-DK' : 'en-GB';
}
