/**
 * Suggested names of the review files (the audit log, the data-quality report), safe on Windows,
 * macOS and Linux like the workbook's: ASCII letters, digits, `-` and `.`, local time without `:`,
 * e.g. `revisionslog-2026-11-26T2310.xlsx` (an invalid date gives `revisionslog.xlsx`).
 */
export const AUDIT_FILE_PREFIX = 'revisionslog';
export const QUALITY_FILE_PREFIX = 'datakvalitet';

const pad = (n: number) => String(n).padStart(2, '0');

export function suggestedFileName(prefix: string, date: Date): string {
  if (Number.isNaN(date.getTime())) return `${prefix}.xlsx`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${prefix}-${day}T${pad(date.getHours())}${pad(date.getMinutes())}.xlsx`;
}

export const suggestedAuditFileName = (date: Date): string => suggestedFileName(AUDIT_FILE_PREFIX, date);
export const suggestedQualityFileName = (date: Date): string => suggestedFileName(QUALITY_FILE_PREFIX, date);
