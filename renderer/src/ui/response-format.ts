/** How a summary's values read in the list, in the UI language (da-DK or en-GB conventions). */
import { formatDateTime } from './format';
import type { Lang } from '../core/questionnaire/model';
import { localeOf } from '../app/locale';

const percentFormats = new Map<Lang, Intl.NumberFormat>();

export function formatUpdated(iso: string, lang: Lang): string {
  return formatDateTime(iso, lang);
}

export function formatProgress(share: number, lang: Lang): string {
  let f = percentFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(lang, f);
  }
  return f.format(Math.min(1, Math.max(0, share)));
}
