/**
 * The audit log's entry, shared by the store (which writes it) and the pure checks over it
 * (verification, history, export rows). Append-only: no code path updates or deletes an entry.
 */
import type { AnswerValue } from '../questionnaire/model';
import type { Role } from '../permissions/roles';

export type AuditAction =
  | 'create'
  | 'answer'
  | 'status'
  | 'comment'
  | 'delete'
  | 'restore'
  | 'import'
  | 'export'
  | 'conflict-resolution'
  | 'verification'
  | 'profile-create'
  | 'profile-switch'
  | 'profile-pin'
  /** Sample frame, assignments and case outcomes (schema 4): `details.kind` says which. */
  | 'fieldwork'
  /** A questionnaire edition stored on this computer (imported from an XLSForm). */
  | 'questionnaire'
  /** The coordinator's computer trusts a device's signing key (confirmed fingerprint, package format 2). */
  | 'device-trust';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Free-form facts an action records beyond old/new (an export's file and chain heads, …). */
export type AuditDetails = { [key: string]: JsonValue };

/** Where a device's chain stood: recorded in exports and packages, checked by verification. */
export interface ChainHead {
  deviceId: string;
  deviceSeq: number;
  hash: string;
}

/**
 * One entry. Every field but `seq` and `hash` is covered by `hash` (see entry-hash.ts), so none can
 * change unnoticed. Fields are never left out: "not applicable" is an explicit null.
 */
export interface AuditEntry {
  /** Local storage order on this device (auto-increment); not hashed: it differs between devices. */
  seq?: number;
  id: string;
  /** The device whose chain the entry belongs to, and its place there: 1, 2, 3, … */
  deviceId: string;
  deviceSeq: number;
  /** Device clock, ISO 8601 UTC. */
  at: string;
  actorId: string;
  actorName: string;
  actorInitials: string;
  /** null for entries written before roles existed (schema version 1). */
  actorRole: Role | null;
  action: AuditAction;
  responseId: string | null;
  responseKey: string | null;
  field: string | null;
  oldValue: AnswerValue | null;
  newValue: AnswerValue | null;
  reason: string | null;
  details: AuditDetails | null;
  /** The previous entry's hash on this device's chain; GENESIS_HASH for the first. */
  prevHash: string;
  /** SHA-256 (hex) over prevHash + canonical JSON of the entry without `seq` and `hash`. */
  hash: string;
}

/** The prevHash of a device's first entry. */
export const GENESIS_HASH = '0'.repeat(64);
