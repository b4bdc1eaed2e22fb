/**
 * Dates in the workbook. Excel date cells have no time zone: the exporting machine's local wall-clock
 * time is written, to the whole second (the milliseconds of a stored timestamp are dropped), and
 * `About` names the zone and both of its offsets (summer time is UTC+02:00 in Copenhagen, winter
 * time UTC+01:00): each cell is in the offset of its own day. `isoWithOffset` writes an instant
 * unambiguously (the statistics-package CSV uses it). The same second-precision local time is used by the data checksum, so a
 * checksum recomputed from the cells matches.
 */

const MS_PER_DAY = 86_400_000;
/** Days from Excel's epoch (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date's local wall-clock time, to the second, as if it were UTC (milliseconds since 1970). */
function localWallClockMs(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds());
}

/** The Excel serial number (days since 1899-12-30, fraction = time of day) of the date's local time, to the second. */
export function excelSerial(date: Date): number {
  return localWallClockMs(date) / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

/** `YYYY-MM-DD hh:mm:ss` in local time: the form of a date cell in the data checksum. */
export function localTimestamp(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** `YYYY-MM-DD` in local time (a calendar day as the user reads the clock). */
export function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local UTC offset at `date`, e.g. `UTC+01:00`. */
export function utcOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant as ISO 8601 local time with its own UTC offset, e.g. `2026-07-01T14:00:00+02:00` (to the second). */
export function isoWithOffset(date: Date): string {
  return `${localTimestamp(date).replace(' ', 'T')}${utcOffset(date).slice(3)}`;
}

/** The zone's name (IANA, e.g. `Europe/Copenhagen`) where the runtime knows it. */
export function zoneName(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** The distinct UTC offsets of the local zone in `year` (winter first), e.g. [`UTC+01:00`, `UTC+02:00`]. */
export function offsetsInYear(year: number): string[] {
  const winter = utcOffset(new Date(year, 0, 15, 12));
  const summer = utcOffset(new Date(year, 6, 15, 12));
  return winter === summer ? [winter] : [winter, summer];
}

/** What About says about every time in the workbook: the zone, its offsets, that each time uses its own day's offset. */
export function timeZoneStatement(at: Date, lang: 'da' | 'en'): string {
  const zone = zoneName() ?? (lang === 'da' ? 'lokal tid' : 'local time');
  const offsets = offsetsInYear(at.getFullYear());
  const [winter, summer] = offsets;
  if (summer === undefined) {
    return lang === 'da'
      ? `${zone}: lokal tid, ${winter} hele året. Eksporteret ${isoWithOffset(at)}.`
      : `${zone}: local time, ${winter} all year. Exported ${isoWithOffset(at)}.`;
  }
  return lang === 'da'
    ? `${zone}: lokal tid med sommertid, dvs. ${winter} om vinteren (normaltid) og ${summer} om sommeren (sommertid); hvert tidspunkt står i den forskydning, der gjaldt på dets dag. ` +
        `Eksporteret ${isoWithOffset(at)}. Et tidspunkt i den time, der gentages, når sommertiden slutter, ser ens ud begge gange; statistikeksportens CSV har hvert tidspunkt entydigt som ISO 8601 med forskydning.`
    : `${zone}: local time with summer time, i.e. ${winter} in winter (standard time) and ${summer} in summer (daylight saving time); each time is in the offset of its own day. ` +
        `Exported ${isoWithOffset(at)}. A time in the hour that is repeated when summer time ends reads the same both times; the statistics-package CSV has every time unambiguously as ISO 8601 with its offset.`;
}
