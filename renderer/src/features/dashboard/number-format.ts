/** How the dashboard writes its numbers: Danish conventions by default (80,5 %, 1.234), English on request. */
import { localeOf } from '../../app/locale';
import type { Lang } from '../../core/questionnaire/model';

export interface NumberFormats {
  /** An interval of shares, e.g. "55,0–67,4 %"; a dash when either end is null. */
  shareInterval(low: number | null, high: number | null): string;
  /** An interval of ratios, e.g. "0,0–8,7". */
  ratioInterval(low: number | null, high: number | null): string;
  /** A share 0–1 as a percentage with one decimal; null → the "no value" dash. */
  share(value: number | null): string;
  /** A ratio with one decimal, e.g. 3,0; null → the dash. */
  ratio(value: number | null): string;
  count(value: number): string;
  /** A share 0–1 as a percentage number 0–100 for a chart axis (null stays null). */
  percent(value: number | null): number | null;
  /** An axis tick 0–100 as a whole percentage, e.g. "25 %" / "25%". */
  tick(value: number): string;
}

const DASH = '–';

export function numberFormats(lang: Lang): NumberFormats {
  const locale = localeOf(lang);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale);
  const wholePct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    share: (v) => (v === null ? DASH : pct.format(v)),
    shareInterval: (lo, hi) => (lo === null || hi === null ? DASH : `${one.format(lo * 100)}–${pct.format(hi)}`),
    ratioInterval: (lo, hi) => (lo === null || hi === null ? DASH : `${one.format(lo)}–${one.format(hi)}`),
    ratio: (v) => (v === null ? DASH : one.format(v)),
    count: (v) => int.format(v),
    percent: (v) => (v === null ? null : Math.round(v * 1000) / 10),
    tick: (v) => wholePct.format(v / 100),
  };
}
