/**
 * "Export to Excel" without React: the export Worker reads the responses from the store and builds
 * the workbook; the finished file comes back (transferred) and the host saves it. Cancelling
 * terminates the Worker: nothing is saved and `saveFile` is never called. Returns what happened as
 * data; `exportMessage` words it for the user.
 */
import { FILE_SIZE_LIMIT_BYTES } from '../../../../preload/contract';
import type { ExportContent } from '../../core/export/about-sheet';
import type { Truncation } from '../../core/export/data-rows';
import type { ChainHead } from '../../core/audit/audit-entry';
import type { ExportSelection, SelectionFacts } from '../../core/export/selection';
import type { FieldworkInput } from '../../core/export/fieldwork-sheets';
import type { ExportProgress, WorkbookRequest } from '../../core/export/workbook-export';
import type { Lang, Questionnaire, QuestionnaireDef } from '../../core/questionnaire/model';
import { refusals } from '../../core/permissions/refusals';
import type { ExportDetails } from '../../db/audit-repository';
import type { Host } from '../../host/host';
import { errorText } from '../../ui/error-text';
import type { ExportWorkerLike, FromWorker } from './export-protocol';

/** What the user chose in the dialog. */
export interface ExportChoice {
  selection: ExportSelection;
  content: ExportContent;
  labelLanguage: Lang;
  includeAudit: boolean;
  /** The Excel workbook (default) or the zip for statistics packages (CSV + SPSS syntax + Stata do-file and .dta). */
  format?: 'workbook' | 'statistics';
  /** Free-text columns as plain text (an unanswered text empty, not −99), in the workbook and the statistics files. */
  plainText?: boolean;
}

/** The services the export needs (built from `AppServices` by `exportServicesOf`; tests hand in fakes). */
export interface ExportServices {
  questionnaire: Questionnaire;
  host: Pick<Host, 'saveFile'>;
  /** The store the Worker reads the responses from. */
  dbName: string;
  /** The selection facts of every response that is not deleted, in pages (for the dialog's count). */
  selectionFacts(): AsyncIterable<readonly SelectionFacts[]>;
  /** Every stored questionnaire edition (absent: the questionnaire alone); several make the workbook across editions. */
  editions?: () => Promise<QuestionnaireDef[]>;
  /** Every edition this computer holds, compiled (the dialog's level and area lists across editions). */
  heldEditions?: () => readonly Questionnaire[];
  /** The stored population table, or null. */
  population(): Promise<unknown>;
  /** The stored collapsed strata (absent: none). */
  collapses?: () => Promise<unknown>;
  /** The sample frame's cases (for n_h and the fieldwork sheets), or null without a frame. */
  fieldwork?: () => Promise<FieldworkInput | null>;
  exportedBy: string;
  appVersion: string;
  createWorker(): ExportWorkerLike;
  /** Whether the person exporting may export the audit log (coordinators, auditors); default no. */
  auditAllowed?: boolean;
  /** The language a refusal is given in (default Danish). */
  lang?: Lang;
  /** Records a saved export in the audit log (refuses what the actor may not export). */
  recordExport?(details: ExportDetails): Promise<unknown>;
}

export type ExportOutcome =
  | {
      kind: 'saved';
      count: number;
      fileName: string;
      truncated: Truncation[];
      weighted: boolean;
      /** Set when the file was saved but its audit entry could not be written. */
      notRecorded?: string;
    }
  | { kind: 'cancelled' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'failed'; message: string };

export interface ExportRunOptions {
  onProgress?(progress: ExportProgress): void;
  signal?: AbortSignal;
  now?: Date;
  suggestedName?(now: Date): string;
}

class Cancelled extends Error {}

/** Turns the Worker's messages into awaitable replies, in order; errors and Cancel reject the wait. */
function channel(worker: ExportWorkerLike, signal: AbortSignal | undefined, onProgress: (p: ExportProgress) => void) {
  const inbox: FromWorker[] = [];
  let waiter: { resolve(m: FromWorker): void; reject(e: Error): void } | null = null;
  let failure: Error | null = null;
  const fail = (e: Error) => {
    failure ??= e;
    waiter?.reject(failure);
    waiter = null;
  };
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.type === 'progress') return onProgress(m.progress);
    if (m.type === 'error') return fail(new Error(m.message));
    if (waiter) {
      waiter.resolve(m);
      waiter = null;
    } else inbox.push(m);
  };
  worker.onerror = (event) => fail(new Error(event.message || 'The export worker failed.'));
  signal?.addEventListener('abort', () => fail(new Cancelled()), { once: true });
  if (signal?.aborted) fail(new Cancelled());
  return <T extends FromWorker['type']>(type: T): Promise<Extract<FromWorker, { type: T }>> =>
    new Promise<FromWorker>((resolve, reject) => {
      if (failure) return reject(failure);
      const queued = inbox.shift();
      if (queued) return resolve(queued);
      waiter = { resolve, reject };
    }).then((m) => {
      if (m.type !== type) throw new Error(`The export worker answered ${m.type}, not ${type}.`);
      return m as Extract<FromWorker, { type: T }>;
    });
}

/**
 * Records a saved workbook in the audit log: with the Audit sheet, the heads that sheet was taken
 * at; without, the log's heads now. Returns the problem, if any (the file is saved either way).
 */
async function recordWorkbookExport(
  services: ExportServices,
  kind: 'workbook' | 'statistics',
  fileName: string,
  sheets: readonly string[],
  chainHeads: readonly ChainHead[] | undefined,
  rows: number,
): Promise<string | undefined> {
  if (!services.recordExport) return undefined;
  try {
    await services.recordExport({ kind, fileName, rows, sheets, ...(chainHeads ? { chainHeads } : {}) });
    return undefined;
  } catch (e) {
    return errorText(e, services.lang ?? 'da');
  }
}

export async function exportResponses(services: ExportServices, choice: ExportChoice, options: ExportRunOptions = {}): Promise<ExportOutcome> {
  const { signal } = options;
  const onProgress = options.onProgress ?? (() => undefined);
  const now = options.now ?? new Date();
  const statistics = choice.format === 'statistics';
  if (choice.includeAudit && !statistics && services.auditAllowed !== true) return { kind: 'failed', message: refusals.reviewersOnly[services.lang ?? 'da'] };
  let worker: ExportWorkerLike | null = null;
  try {
    const population = await services.population();
    const collapses = services.collapses ? await services.collapses() : [];
    const fieldwork = services.fieldwork ? await services.fieldwork() : null;
    const definitions = services.editions ? await services.editions() : [];
    if (signal?.aborted) return { kind: 'cancelled' };
    worker = services.createWorker();
    const next = channel(worker, signal, onProgress);
    const request: WorkbookRequest = {
      content: choice.content,
      labelLanguage: choice.labelLanguage,
      selection: choice.selection,
      population,
      collapses,
      exportedAt: now,
      exportedBy: services.exportedBy,
      appVersion: services.appVersion,
      plainText: choice.plainText === true,
      auditRequested: choice.includeAudit && !statistics, // the Worker reads the log and adds the Audit sheet
      audit: null,
      fieldwork,
    };
    onProgress({ phase: 'reading', fraction: 0 });
    worker.postMessage({ type: 'start', definition: services.questionnaire.def, ...(definitions.length > 1 ? { definitions } : {}), request, dbName: services.dbName, format: statistics ? 'statistics' : 'workbook' });
    const done = await next('done');
    worker.terminate();
    worker = null;
    if (signal?.aborted) return { kind: 'cancelled' };
    const bytes = new Uint8Array(done.bytes);
    if (bytes.byteLength > FILE_SIZE_LIMIT_BYTES) return { kind: 'too-large', bytes: bytes.byteLength, limit: FILE_SIZE_LIMIT_BYTES };
    const { suggestedExportFileName } = await import('../../core/export/build-workbook');
    const suggested = statistics ? suggestedExportFileName(now, 'zip') : (options.suggestedName ?? suggestedExportFileName)(now);
    const saved = await services.host.saveFile(suggested, statistics ? 'statistics' : 'xlsx', bytes);
    if (!saved.ok) return { kind: 'failed', message: saved.error };
    if (!saved.value.saved) return { kind: 'cancelled' };
    const { summary } = done;
    const fileName = saved.value.fileName ?? suggested;
    const notRecorded = await recordWorkbookExport(services, statistics ? 'statistics' : 'workbook', fileName, summary.sheetNames, summary.audit?.heads, summary.rowCount);
    return {
      kind: 'saved',
      count: summary.rowCount,
      fileName,
      truncated: summary.truncated,
      weighted: summary.weighted,
      ...(notRecorded ? { notRecorded } : {}),
    };
  } catch (e) {
    if (e instanceof Cancelled) return { kind: 'cancelled' };
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  } finally {
    worker?.terminate();
  }
}
