/**
 * The audit workbook of the whole log, made in its Worker (or on this thread where Workers do not
 * exist: jsdom, Node), with what the export records: entries, chain heads, sheet names.
 */
import type { ChainHead } from '../../core/audit/audit-entry';
import type { AuditWorkbookInfo } from '../../core/export/audit-workbook';
import type { StoreReader } from '../../db/store-reader';
import type { AuditExportReply, AuditExportRequest } from './audit-export.worker';

export interface AuditFile {
  bytes: Uint8Array;
  entries: number;
  heads: ChainHead[];
  sheetNames: string[];
}

export async function makeAuditFile(store: Pick<StoreReader, 'name' | 'auditEntries'>, info: AuditWorkbookInfo): Promise<AuditFile> {
  if (typeof Worker === 'undefined') {
    const { buildAuditWorkbook } = await import('../../core/export/audit-workbook');
    const entries = await store.auditEntries();
    const book = await buildAuditWorkbook(entries, info);
    return { bytes: book.bytes, entries: entries.length, heads: book.sheet.heads, sheetNames: book.sheetNames };
  }
  const worker = new Worker(new URL('./audit-export.worker.ts', import.meta.url), { type: 'module', name: 'audit-export' });
  try {
    return await new Promise<AuditFile>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<AuditExportReply>) => (event.data.ok ? resolve(event.data.file) : reject(new Error(event.data.error)));
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(event.message || 'The audit export failed.'));
      };
      worker.postMessage({ dbName: store.name, info } satisfies AuditExportRequest);
    });
  } finally {
    worker.terminate();
  }
}
