/**
 * Dates in the workbook. Excel date cells have no time zone: the exporting machine's local time is
 * written, to the whole second (the milliseconds of a stored timestamp are dropped), and `About`
 * states the UTC offset. The same second-precision local time is used by the data checksum, so a
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
