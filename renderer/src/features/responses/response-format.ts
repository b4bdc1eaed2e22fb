/** How a summary's values read in the list, in the UI language (da-DK or en-GB conventions). */
import type { Lang } from '../../core/questionnaire/model';
import { localeOf } from '../../app/locale';

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();
const percentFormats = new Map<Lang, Intl.NumberFormat>();

export function formatUpdated(iso: string, lang: Lang): string {
  let f = dateTimeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeStyle: 'short' });
    dateTimeFormats.set(lang, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

export function formatProgress(share: number, lang: Lang): string {
  let f = percentFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(lang, f);
  }
  return f.format(Math.min(1, Math.max(0, share)));
}
