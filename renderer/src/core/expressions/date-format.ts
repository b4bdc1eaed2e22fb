/**
 * `format-date(date, format)` as ODK documents it, for the codes that concern a day: `%Y` year
 * (2021), `%y` year in two digits (21), `%m` month in two digits (03), `%n` month (3), `%b` month's
 * short name (Mar), `%d` day in two digits (05), `%e` day (5), `%a` weekday's short name (Fri).
 * Names are English, as JavaRosa writes them by default, so a value never depends on the language
 * shown. Any other character is copied.
 */
import { weekday } from '../dates/calendar-date';

/** The codes format-date() runs. */
export const DATE_FORMAT_CODES: readonly string[] = ['%Y', '%y', '%m', '%n', '%b', '%d', '%e', '%a'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The first `%x` in `format` that format-date() does not run, if any (a `%` at the end counts). */
export function unknownFormatCode(format: string): string | undefined {
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    const code = format.slice(i, i + 2);
    if (!DATE_FORMAT_CODES.includes(code)) return code;
    i++;
  }
  return undefined;
}

/** `iso` (a valid ISO date) written with `format`; an unknown code is copied as written. */
export function formatDate(iso: string, format: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  const parts: Readonly<Record<string, string>> = {
    '%Y': y,
    '%y': y.slice(-2),
    '%m': m,
    '%n': String(Number(m)),
    '%b': MONTHS[Number(m) - 1] ?? '',
    '%d': d,
    '%e': String(Number(d)),
    '%a': WEEKDAYS[weekday(iso) ?? 0] ?? '',
  };
  return format.replace(/%./g, (code) => (Object.hasOwn(parts, code) ? (parts[code] ?? code) : code));
}
