/**
 * "Export to Excel" without React: read every response that is not deleted, build the workbook,
 * and let the host save it. Returns what happened as data; `exportMessage` words it for the user.
 */
import { FILE_SIZE_LIMIT_BYTES } from '../../../../preload/contract';
import type { Truncation } from '../../core/export/data-rows';
import type { Questionnaire } from '../../core/questionnaire/model';
import type { ResponseRepository } from '../../db/response-repository';
import type { Host } from '../../host/host';

/** The services the export needs (a subset of `AppServices`, so tests can hand in small fakes). */
export interface ExportServices {
  questionnaire: Questionnaire;
  responses: Pick<ResponseRepository, 'allResponses'>;
  host: Pick<Host, 'saveFile'>;
}

export type ExportOutcome =
  | { kind: 'saved'; count: number; fileName: string; truncated: Truncation[] }
  | { kind: 'cancelled' }
  | { kind: 'too-many-rows' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'failed'; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Lets the browser paint ("Exporting …") before the synchronous workbook build. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function exportResponses(services: ExportServices, now: Date = new Date()): Promise<ExportOutcome> {
  try {
    // Loaded on first use: SheetJS stays out of the start-up bundle.
    const { buildDataWorkbook, suggestedExportFileName } = await import('../../core/export/build-workbook');
    const { ExportLimitError } = await import('../../core/export/xlsx-writer');
    const records = (await services.responses.allResponses()).filter((r) => r.deletedAt === null);
    await nextTask();
    const build = () => {
      try {
        return buildDataWorkbook(services.questionnaire, records);
      } catch (e) {
        if (e instanceof ExportLimitError && e.code === 'too-many-rows') return null;
        throw e;
      }
    };
    const workbook = build();
    if (workbook === null) return { kind: 'too-many-rows' };
    if (workbook.bytes.byteLength > FILE_SIZE_LIMIT_BYTES) {
      return { kind: 'too-large', bytes: workbook.bytes.byteLength, limit: FILE_SIZE_LIMIT_BYTES };
    }
    const suggested = suggestedExportFileName(now);
    const saved = await services.host.saveFile(suggested, 'xlsx', workbook.bytes);
    if (!saved.ok) return { kind: 'failed', message: saved.error };
    if (!saved.value.saved) return { kind: 'cancelled' };
    return {
      kind: 'saved',
      count: workbook.rowCount,
      fileName: saved.value.fileName ?? suggested,
      truncated: workbook.truncated,
    };
  } catch (e) {
    return { kind: 'failed', message: messageOf(e) };
  }
}
