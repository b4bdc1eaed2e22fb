/**
 * The end of every review export (audit log, data-quality report): the host saves the bytes, then
 * the export is recorded in the audit log. A file saved but not recorded says so instead of failing:
 * the file exists, and the person should know the log does not mention it.
 */
import type { Lang } from '../core/questionnaire/model';
import type { Host } from '../host/host';
import { errorText } from './error-text';

export type SavedExport =
  | { kind: 'saved'; fileName: string; notRecorded?: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export async function saveRecordedExport(
  host: Pick<Host, 'saveFile'>,
  suggested: string,
  bytes: Uint8Array,
  lang: Lang,
  record: (fileName: string) => Promise<unknown>,
): Promise<SavedExport> {
  const saved = await host.saveFile(suggested, 'xlsx', bytes);
  if (!saved.ok) return { kind: 'failed', message: saved.error };
  if (!saved.value.saved) return { kind: 'cancelled' };
  const fileName = saved.value.fileName ?? suggested;
  try {
    await record(fileName);
  } catch (e) {
    return { kind: 'saved', fileName, notRecorded: errorText(e, lang) };
  }
  return { kind: 'saved', fileName };
}
