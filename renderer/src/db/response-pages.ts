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
import type { SheetData } from '../core/export/xlsx-writer';
import { keyerStatisticsSheet, verificationSheet, verifiedFlag } from '../core/verification/verification-sheets';
import { openBarometerDb, type BarometerDb } from './database';
import type { AuditEntry, ResponseRecord, ResponseSummary } from './records';
import type { VerificationState } from './verification-records';
import { VerificationRepository } from './verification-repository';

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
  /** Each with its `verified` flag (1 verified, 0 marked, null not marked). */
  pages: AsyncIterable<(ResponseRecord & { verified: 0 | 1 | null })[]>;
  /** The whole audit log in storage order (the workbook's Audit sheet). */
  auditEntries(): Promise<AuditEntry[]>;
  /** Verification and Keyer statistics once anything is marked for verification; else none. */
  extraSheets(): Promise<SheetData[]>;
  close(): void;
}

async function* withVerified(
  pages: AsyncIterable<ResponseRecord[]>,
  states: () => Promise<ReadonlyMap<string, VerificationState>>,
): AsyncGenerator<(ResponseRecord & { verified: 0 | 1 | null })[]> {
  const known = await states();
  for await (const page of pages) yield page.map((r) => ({ ...r, verified: verifiedFlag(known.get(r.id)) }));
}

const readOnlyVerification = (db: BarometerDb) =>
  new VerificationRepository(db, () => {
    throw new Error('Reading verifications needs no questionnaire.');
  });

function verificationStates(db: BarometerDb): Promise<ReadonlyMap<string, VerificationState>> {
  return readOnlyVerification(db).states();
}

/** The workbook's verification sheets from the store (Verification, Keyer statistics): none while nothing is marked for verification. */
export async function verificationSheets(db: BarometerDb): Promise<SheetData[]> {
  const repo = readOnlyVerification(db);
  const [verifications, report] = await Promise.all([repo.list(), repo.statistics()]);
  // Only once verification is in use: a workbook of plain keying keeps its usual sheets.
  if (verifications.length === 0) return [];
  return report.sessions.length > 0 ? [verificationSheet(verifications), keyerStatisticsSheet(report)] : [verificationSheet(verifications)];
}

/**
 * Opens the store by name (in the export Worker: a connection of its own, read only in practice)
 * and returns its live responses in pages.
 */
export async function openResponseSource(name: string, pageSize: number = RESPONSE_PAGE_SIZE): Promise<ResponseSource> {
  const db = await openBarometerDb(name);
  return {
    total: await storedResponseCount(db),
    pages: withVerified(liveResponsePages(db, pageSize), () => verificationStates(db)),
    auditEntries: () => db.audit.orderBy('seq').toArray(),
    extraSheets: () => verificationSheets(db),
    close: () => db.close(),
  };
}
