import Dexie from 'dexie';
import type { AuditEntry, ChainHead } from '../core/audit/audit-entry';
import { CHAIN_HEADS_KEY, headsDetail } from '../core/audit/recorded-heads';
import { lastEntryOf, ChainWriter } from './audit-writer';
import { verifyIntegrity, type GivenHead, type IntegrityReport } from './audit-verification';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile } from './records';
import { assertWritable } from './write-guard';

/** What an export wrote, for its audit entry. */
export interface ExportDetails {
  /** 'workbook' (the barometer workbook), 'audit' (standalone audit export), 'quality', … */
  kind: string;
  fileName: string | null;
  /** Rows written (responses, entries or findings). */
  rows: number;
  sheets?: readonly string[];
  /** The chain heads the file records (`auditSheet(...).heads`); default: the log's heads now. */
  chainHeads?: readonly ChainHead[];
}

/** Exports for review (the log itself, the data-quality report), allowed to auditors as well. */
const REVIEW_EXPORTS: ReadonlySet<string> = new Set(['audit', 'quality']);

/**
 * Reads the audit log. Append-only by design: entries are written only by the repository action
 * they record, in the same transaction, and no code path updates or deletes one. The one entry
 * written here is an export's, since an export changes no stored row.
 */
export class AuditRepository {
  constructor(private readonly db: BarometerDb) {}

  /** One response's history, in storage order (`responseTimeline` orders it across devices). */
  forResponse(responseId: string): Promise<AuditEntry[]> {
    // Index entries with equal keys are ordered by primary key, i.e. by seq.
    return this.db.audit.where('responseId').equals(responseId).toArray();
  }

  /** The whole log in the order it was stored on this device. */
  all(): Promise<AuditEntry[]> {
    return this.db.audit.orderBy('seq').toArray();
  }

  count(): Promise<number> {
    return this.db.audit.count();
  }

  /** Each device's last entry, found through the [deviceId+deviceSeq] index without reading the log. */
  async heads(): Promise<ChainHead[]> {
    const heads: ChainHead[] = [];
    const index = this.db.audit.where('[deviceId+deviceSeq]');
    let next = await this.db.audit.orderBy('[deviceId+deviceSeq]').first();
    while (next) {
      const last = await lastEntryOf(this.db, next.deviceId);
      if (last) heads.push({ deviceId: last.deviceId, deviceSeq: last.deviceSeq, hash: last.hash });
      next = await index.above([next.deviceId, Dexie.maxKey]).first();
    }
    return heads;
  }

  /**
   * Records an export (call it once the file is written). Audit and data-quality exports need
   * 'export-audit' (coordinators, auditors: review material), every other kind 'export-data' (coordinators).
   */
  async recordExport(actor: Profile, details: ExportDetails): Promise<AuditEntry> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    const { audit, profiles } = this.db;
    return this.db.transaction('rw', [audit, profiles], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, REVIEW_EXPORTS.has(details.kind) ? 'export-audit' : 'export-data');
      const heads = details.chainHeads ?? (await this.heads());
      const chain = await ChainWriter.open(this.db, deviceId);
      return chain.append(stampOf(row), new Date().toISOString(), {
        action: 'export',
        details: {
          kind: details.kind,
          fileName: details.fileName,
          rows: details.rows,
          sheets: details.sheets ? [...details.sheets] : null,
          [CHAIN_HEADS_KEY]: headsDetail(heads),
        },
      });
    });
  }

  /** Verifies the log on this thread; the UI uses `verifyInWorker` instead. */
  verify(given: readonly GivenHead[] = []): Promise<IntegrityReport> {
    return verifyIntegrity(this.db, given);
  }
}
