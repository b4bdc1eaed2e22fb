import type { Lang } from '../core/questionnaire/model';
import { localeOf } from '../app/locale';

/** Storage sizes in decimal units (kB, MB, GB), as browsers and operating systems report them. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const n = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${n.format(value)} ${units[unit] ?? ''}`;
}
