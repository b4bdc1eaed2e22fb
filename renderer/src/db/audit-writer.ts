/**
 * Appends entries to this device's hash chain. Used only inside a transaction that includes the
 * audit table: the device's last entry is read there, and each new entry is hashed synchronously
 * (@noble/hashes) and added before anything else is awaited, so no other transaction can slip an
 * entry in between, and the unique [deviceId+deviceSeq] index refuses a place taken twice.
 */
import Dexie from 'dexie';
import { GENESIS_HASH, type AuditAction, type AuditDetails, type AuditEntry } from '../core/audit/audit-entry';
import { sealEntry } from '../core/audit/entry-hash';
import type { Role } from '../core/permissions/roles';
import type { AnswerValue } from '../core/questionnaire/model';
import type { BarometerDb } from './database';

/** Who did it, as recorded. */
export interface ActorStamp {
  id: string;
  name: string;
  initials: string;
  role: Role;
}

/** What an entry says; everything left out is recorded as null. */
export interface AuditDraft {
  action: AuditAction;
  responseId?: string | null;
  responseKey?: string | null;
  field?: string | null;
  oldValue?: AnswerValue | null | undefined;
  newValue?: AnswerValue | null | undefined;
  reason?: string | null;
  details?: AuditDetails | null;
}

/** The device's last entry, or undefined when its chain is empty. */
export function lastEntryOf(db: BarometerDb, deviceId: string): Promise<AuditEntry | undefined> {
  return db.audit.where('[deviceId+deviceSeq]').between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey]).last();
}

export class ChainWriter {
  private constructor(
    private readonly db: BarometerDb,
    private readonly deviceId: string,
    private deviceSeq: number,
    private prevHash: string,
  ) {}

  /** Reads the device's chain tail. Call inside the transaction that will append. */
  static async open(db: BarometerDb, deviceId: string): Promise<ChainWriter> {
    const last = await lastEntryOf(db, deviceId);
    return new ChainWriter(db, deviceId, last?.deviceSeq ?? 0, last?.hash ?? GENESIS_HASH);
  }

  async append(actor: ActorStamp, at: string, draft: AuditDraft): Promise<AuditEntry> {
    const staged = this.stage(actor, at, draft);
    await staged.written;
    return staged.entry;
  }

  /**
   * Seals the next entry and issues its add without waiting for it, so the caller can issue its
   * other writes alongside (the transaction fails as a whole if the add does).
   */
  stage(actor: ActorStamp, at: string, draft: AuditDraft): { entry: AuditEntry; written: Promise<unknown> } {
    const entry = sealEntry(
      {
        id: crypto.randomUUID(),
        deviceId: this.deviceId,
        deviceSeq: this.deviceSeq + 1,
        at,
        actorId: actor.id,
        actorName: actor.name,
        actorInitials: actor.initials,
        actorRole: actor.role,
        action: draft.action,
        responseId: draft.responseId ?? null,
        responseKey: draft.responseKey ?? null,
        field: draft.field ?? null,
        oldValue: draft.oldValue ?? null,
        newValue: draft.newValue ?? null,
        reason: draft.reason ?? null,
        details: draft.details ?? null,
      },
      this.prevHash,
    );
    // Advance first: a failed add aborts the whole transaction, so the tail is never reused.
    this.deviceSeq = entry.deviceSeq;
    this.prevHash = entry.hash;
    return { entry, written: this.db.audit.add(entry) };
  }
}
