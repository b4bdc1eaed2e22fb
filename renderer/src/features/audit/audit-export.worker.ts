/**
 * The standalone audit export off the window's thread: opens the store itself, reads the whole log
 * and writes the workbook (100,000 entries would hold the window for seconds), then transfers the
 * file back with the chain heads it was taken at.
 */
import '../../zod-config';
import type { AuditWorkbookInfo } from '../../core/export/audit-workbook';
import { buildAuditWorkbook } from '../../core/export/audit-workbook';
import { openBarometerDb } from '../../db/database';
import type { AuditFile } from './audit-file';

export interface AuditExportRequest {
  dbName: string;
  info: AuditWorkbookInfo;
}
export type AuditExportReply = { ok: true; file: AuditFile } | { ok: false; error: string };

// The renderer's TypeScript program has the DOM lib, not WebWorker's: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AuditExportRequest>) => void) | null;
  postMessage(message: AuditExportReply, transfer: Transferable[]): void;
};

async function run({ dbName, info }: AuditExportRequest): Promise<AuditFile> {
  const db = await openBarometerDb(dbName);
  try {
    const entries = await db.audit.orderBy('seq').toArray();
    const book = await buildAuditWorkbook(entries, info);
    return { bytes: book.bytes, entries: entries.length, heads: book.sheet.heads, sheetNames: book.sheetNames };
  } finally {
    db.close();
  }
}

scope.onmessage = ({ data }) => {
  run(data).then(
    (file) => scope.postMessage({ ok: true, file }, [file.bytes.buffer]),
    (error: unknown) => scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }, []),
  );
};
