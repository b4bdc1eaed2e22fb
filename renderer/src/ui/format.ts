/**
 * Dates, times and numbers as the glossary has them, one format per language through `Intl`:
 * Danish 01.12.2026 14.05, English 01/12/2026 14:05; Danish decimal comma; answers (years, codes,
 * counts keyed by a person) never grouped, so a year reads 2023, not 2.023.
 */
import type { Lang } from '../core/questionnaire/model';
import { localeOf } from '../app/locale';
import { isIsoDate } from '../core/dates/calendar-date';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

const dateFormat = (lang: Lang) =>
  cached(`d:${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric' }));
const timeFormat = (lang: Lang, seconds: boolean) =>
  cached(`t:${lang}:${seconds}`, () =>
    new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23' }),
  );

const toDate = (at: string | Date): Date | null => {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(d.getTime()) ? null : d;
};

/** 01.12.2026 (da) · 01/12/2026 (en); an unreadable value is shown as it is. */
export function formatDate(at: string | Date, lang: Lang): string {
  const d = toDate(at);
  return d ? dateFormat(lang).format(d) : String(at);
}

/** 01.12.2026 14.05 (da) · 01/12/2026 14:05 (en), local time; with seconds where the order of events matters. */
export function formatDateTime(at: string | Date, lang: Lang, { seconds = false }: { seconds?: boolean } = {}): string {
  const d = toDate(at);
  return d ? `${dateFormat(lang).format(d)} ${timeFormat(lang, seconds).format(d)}` : String(at);
}

/**
 * A calendar day given as YYYY-MM-DD (a Copenhagen fieldwork day, say): 03.11.2026 (da) ·
 * 03/11/2026 (en), the same day whatever the computer's time zone; `short`: 3. nov. (da) · 3 Nov (en).
 */
export function formatCalendarDay(day: string, lang: Lang, { short = false }: { short?: boolean } = {}): string {
  const d = toDate(`${day}T12:00:00Z`);
  if (!d) return day;
  const f = short
    ? cached(`cd-s:${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }))
    : cached(`cd:${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
  return f.format(d);
}

/**
 * A date question's answer (ISO `YYYY-MM-DD`) as the entry form shows it and the glossary has it:
 * dd-mm-åååå in Danish, dd-mm-yyyy in English (05-03-2021), the day's parts through `Intl` in the
 * language's digits, the same day whatever the computer's time zone. Any other text unchanged.
 */
export function formatDateAnswer(iso: string, lang: Lang): string {
  if (!isIsoDate(iso)) return iso;
  const parts = cached(`da-a:${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })).formatToParts(new Date(`${iso}T12:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}

/** A count shown to a person: 1.234 (da) · 1,234 (en). */
export function formatCount(n: number, lang: Lang): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(localeOf(lang))).format(n);
}

/** An answer's number as keyed (a year, a code, an employee count): no grouping, decimal comma in Danish. */
export function formatAnswerNumber(n: number, lang: Lang): string {
  return cached(`a:${lang}`, () => new Intl.NumberFormat(localeOf(lang), { useGrouping: false, maximumFractionDigits: 10 })).format(n);
}

/** A duration: 40 ms, or 1,5 sek. (da) · 1.5 sec (en) from a second on. */
export function formatDuration(ms: number, lang: Lang): string {
  if (ms < 1000) {
    return cached(`ms:${lang}`, () => new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 })).format(Math.max(0, ms));
  }
  return cached(`s:${lang}`, () =>
    new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit: 'second', unitDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ).format(ms / 1000);
}
