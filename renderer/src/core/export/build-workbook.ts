/**
 * Entry points of the export for callers that hold all their records at once (tests, tools), and
 * the suggested file name. The app itself streams records into `WorkbookExport` from a Worker.
 */
import type { Questionnaire } from '../questionnaire/model';
import type { ExportRecord } from './data-rows';
import { WorkbookExport, type ExportProgress, type WorkbookRequest, type WorkbookResult } from './workbook-export';

export const DATA_SHEET_NAME = 'Data';
export const EXPORT_FILE_PREFIX = 'innovationsbarometer';

/** Rows in a stable order: by creation time, then key, then UUID (ISO timestamps sort as text). */
export function exportOrder<R extends ExportRecord>(records: readonly R[]): R[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...records].sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.key, b.key) || cmp(a.id, b.id));
}

/** The whole workbook of the `records` the request's selection holds. */
export async function buildWorkbook(
  q: Questionnaire,
  records: readonly ExportRecord[],
  request: WorkbookRequest,
  onProgress?: (p: ExportProgress) => void,
): Promise<WorkbookResult> {
  const job = new WorkbookExport(q, request);
  job.add(records);
  return job.finish(onProgress);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A file name safe on Windows, macOS and Linux: only ASCII letters, digits, `-` and `.`, no
 * `:` (so the time is written `2310`, not `23:10`). Local time, as the user reads the clock:
 * `innovationsbarometer-2026-11-26T2310.xlsx` (an invalid date gives `innovationsbarometer.xlsx`).
 */
export function suggestedExportFileName(date: Date, extension = 'xlsx'): string {
  if (Number.isNaN(date.getTime())) return `${EXPORT_FILE_PREFIX}.${extension}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${EXPORT_FILE_PREFIX}-${day}T${pad(date.getHours())}${pad(date.getMinutes())}.${extension}`;
}
