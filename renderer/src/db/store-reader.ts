/**
 * What screens read from the store as a whole, without the database itself: the live responses and
 * their summaries in pages, the audit log, an integrity check, and the store's name for the Workers
 * that open their own connection to it. Writes go through the repositories.
 */
import { verifyInWorker } from './audit-verify-client';
import type { GivenHead, IntegrityReport } from './audit-verification';
import type { BarometerDb } from './database';
import type { AuditEntry, ResponseRecord, ResponseSummary } from './records';
import { liveResponsePages, liveSummaryPages } from './response-pages';

export class StoreReader {
  constructor(private readonly db: BarometerDb) {}

  /** The store's name: a Worker opens its own connection with it (`openResponseSource`). */
  get name(): string {
    return this.db.name;
  }

  /** Every response that is not deleted, in pages. */
  responsePages(): AsyncGenerator<ResponseRecord[]> {
    return liveResponsePages(this.db);
  }

  /** The list summary of every response that is not deleted, in pages. */
  summaryPages(): AsyncGenerator<ResponseSummary[]> {
    return liveSummaryPages(this.db);
  }

  /** The whole audit log in storage order. */
  auditEntries(): Promise<AuditEntry[]> {
    return this.db.audit.orderBy('seq').toArray();
  }

  /** "Verify integrity", in a Worker where there is one. */
  verifyIntegrity(heads: readonly GivenHead[] = []): Promise<IntegrityReport> {
    return verifyInWorker(this.db, heads);
  }
}
