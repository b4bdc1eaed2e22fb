/**
 * Responses and their list summaries read in pages, for work over every response that must not
 * freeze anything: one `getAll` of 100,000 responses is a single task of seconds (structured-clone
 * deserialisation). Keyset paging on the primary key, so every page is an indexed range read.
 *
 * The export Worker opens the store itself (`openBarometerDb` works in a Worker) and reads the
 * responses there, so the window never deserialises or copies them; the export dialog counts with
 * the light summary rows.
 */
import type { Table } from 'dexie';
import { openBarometerDb, type BarometerDb } from './database';
import type { AuditEntry, ResponseRecord, ResponseSummary } from './records';

export const RESPONSE_PAGE_SIZE = 250;
export const SUMMARY_PAGE_SIZE = 1_000;

async function* pages<T extends { id: string }>(table: Table<T, string>, pageSize: number, keep: (row: T) => boolean): AsyncGenerator<T[]> {
  let last: string | undefined;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(pageSize).toArray()
        : await table.where(':id').above(last).limit(pageSize).toArray();
    if (page.length === 0) return;
    last = page[page.length - 1]?.id;
    const kept = page.filter(keep);
    if (kept.length > 0) yield kept;
    if (page.length < pageSize) return;
  }
}

/** Every response that is not deleted, in pages in UUID order. */
export function liveResponsePages(db: BarometerDb, pageSize: number = RESPONSE_PAGE_SIZE): AsyncGenerator<ResponseRecord[]> {
  return pages(db.responses as unknown as Table<ResponseRecord, string>, pageSize, (r) => r.deletedAt === null);
}

/** The summary of every response that is not deleted, in pages. */
export function liveSummaryPages(db: BarometerDb, pageSize: number = SUMMARY_PAGE_SIZE): AsyncGenerator<ResponseSummary[]> {
  return pages(db.summaries as unknown as Table<ResponseSummary, string>, pageSize, (s) => s.deleted === 0);
}

/** Responses stored, deleted ones included (a cheap upper bound for progress). */
export function storedResponseCount(db: BarometerDb): Promise<number> {
  return db.responses.count();
}

/** What the export Worker reads: the responses that are not deleted, in pages, from its own connection. */
export interface ResponseSource {
  /** Responses stored, deleted ones included (for progress). */
  total: number;
  pages: AsyncIterable<ResponseRecord[]>;
  /** The whole audit log in storage order (the workbook's Audit sheet). */
  auditEntries(): Promise<AuditEntry[]>;
  close(): void;
}

/**
 * Opens the store by name (in the export Worker: a connection of its own, read only in practice)
 * and returns its live responses in pages.
 */
export async function openResponseSource(name: string, pageSize: number = RESPONSE_PAGE_SIZE): Promise<ResponseSource> {
  const db = await openBarometerDb(name);
  return {
    total: await storedResponseCount(db),
    pages: liveResponsePages(db, pageSize),
    auditEntries: () => db.audit.orderBy('seq').toArray(),
    close: () => db.close(),
  };
}
