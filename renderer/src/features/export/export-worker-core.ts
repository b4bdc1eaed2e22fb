/**
 * The export Worker's logic without the Worker: read the store's responses page by page into the
 * workbook, then write it and post the file back. `export.worker.ts` wires it to `self` and the
 * store; tests run it in process with records of their own.
 */
import { auditSheet } from '../../core/audit/audit-rows';
import type { AuditEntry } from '../../core/audit/audit-entry';
import { IN_THREAD_SINKS, type ByteSinks } from '../../core/export/byte-sinks';
import type { ExportRecord } from '../../core/export/data-rows';
import { ExportLimitError } from '../../core/export/sheet-limits';
import type { SheetData } from '../../core/export/xlsx-writer';
import { StatisticsExport } from '../../core/export/statistics-export';
import { WorkbookExport, type ExportProgress, type WorkbookSummary } from '../../core/export/workbook-export';
import { loadQuestionnaire } from '../../core/questionnaire/load-questionnaire';
import { editionSet } from '../../core/editions/edition-set';
import type { FromWorker, ToWorker } from './export-protocol';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** The responses to read: those not deleted, in pages; `total` bounds their number (for progress). */
export interface RecordSource {
  total: number;
  pages: AsyncIterable<readonly ExportRecord[]>;
  /** The whole audit log in storage order (for the Audit sheet, read only when it is asked for). */
  auditEntries?(): Promise<AuditEntry[]>;
  /** Sheets of their own (verification, keyer statistics), read after the responses. */
  extraSheets?(): Promise<SheetData[]>;
  close(): void;
}

export type OpenRecordSource = (dbName: string) => Promise<RecordSource>;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Returns the Worker's message handler: one export per Worker.
 * @param sinks where compression and hashing run (the helper Worker's, or this thread's).
 */
export function exportJobHandler(post: Post, open: OpenRecordSource, sinks: () => ByteSinks = () => IN_THREAD_SINKS): (message: ToWorker) => Promise<void> {
  return async (message) => {
    let source: RecordSource | null = null;
    try {
      const compiled = (message.definitions && message.definitions.length > 1 ? message.definitions : [message.definition]).map((def) => {
        const loaded = loadQuestionnaire(def);
        if (!loaded.ok) throw new Error(`The questionnaire ${def.id} ${def.version} does not load: ${loaded.error.map((e) => e.message).join('; ')}`);
        return loaded.value;
      });
      const set = editionSet(compiled);
      const editions = compiled.length > 1 ? set : undefined;
      const q = set.reference;
      const { request } = message;
      const statistics = message.format === 'statistics';
      const job = statistics
        ? new StatisticsExport(q, { selection: request.selection, labelLanguage: request.labelLanguage, population: request.population, collapses: request.collapses, exportedAt: request.exportedAt, plainText: request.plainText === true }, sinks(), editions)
        : new WorkbookExport(q, request, sinks(), editions);
      const onProgress = (progress: ExportProgress) => post({ type: 'progress', progress });
      onProgress({ phase: 'reading', fraction: 0 });
      source = await open(message.dbName);
      let read = 0;
      // One page ahead: the store fetches page k+1 while page k is evaluated here.
      const pages = source.pages[Symbol.asyncIterator]();
      const ahead = () => {
        const promise = pages.next();
        promise.catch(() => undefined); // awaited below; no unhandled rejection if we stop first
        return promise;
      };
      let next = ahead();
      for (let page = await next; !page.done; page = await next) {
        next = ahead();
        job.add(page.value);
        read += page.value.length;
        onProgress({ phase: 'reading', fraction: source.total > 0 ? Math.min(1, read / source.total) : 1 });
      }
      if (job instanceof StatisticsExport) {
        source.close();
        source = null;
        onProgress({ phase: 'writing', fraction: 0 });
        const done = await job.finish();
        const summary: WorkbookSummary = {
          rowCount: done.rowCount,
          sheetNames: done.files,
          truncated: [],
          checksum: { sheet: done.files[0] ?? 'csv', hex: done.csvSha256 },
          weighted: done.weighted,
        };
        const buffer = done.bytes.slice().buffer as ArrayBuffer;
        post({ type: 'done', bytes: buffer, summary }, [buffer]);
        return;
      }
      // The log is read after the responses, so its heads cover every change to the rows exported.
      const audit = request.auditRequested && source.auditEntries ? auditSheet(await source.auditEntries(), request.exportedAt.toISOString()) : null;
      const extraSheets = source.extraSheets ? await source.extraSheets() : [];
      source.close();
      source = null;
      const { bytes, summary } = await job.finish(onProgress, { storedCount: read, audit, extraSheets });
      // Exactly the file's bytes in an ArrayBuffer of their own, transferred rather than copied.
      const buffer = (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
      post({ type: 'done', bytes: buffer, summary }, [buffer]);
    } catch (e) {
      post({ type: 'error', message: messageOf(e), ...(e instanceof ExportLimitError ? { limit: e.code } : {}) });
    } finally {
      source?.close();
    }
  };
}
