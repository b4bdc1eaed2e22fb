import type { BarometerDb } from './database';
import type { AuditEntry } from './records';

/**
 * Reads the audit log. Append-only by design: entries are written only by the repository action
 * they record, in the same transaction, and no code path updates or deletes one.
 */
export class AuditRepository {
  constructor(private readonly db: BarometerDb) {}

  /** One response's history, oldest first. */
  forResponse(responseId: string): Promise<AuditEntry[]> {
    // Index entries with equal keys are ordered by primary key, i.e. by seq.
    return this.db.audit.where('responseId').equals(responseId).toArray();
  }

  /** The whole log in the order it was written on this device. */
  all(): Promise<AuditEntry[]> {
    return this.db.audit.orderBy('seq').toArray();
  }

  count(): Promise<number> {
    return this.db.audit.count();
  }
}
