import type { ResponseStatus, Role } from '../core/permissions/roles';
import type { Answers, QuestionnaireDef } from '../core/questionnaire/model';

export type { AuditAction, AuditDetails, AuditEntry, ChainHead } from '../core/audit/audit-entry';
export type { ResponseStatus, Role } from '../core/permissions/roles';

/** Who is working, as the screens see a profile: recorded in every audit entry. No PIN material. */
export interface Profile {
  id: string;
  name: string;
  initials: string;
  role: Role;
  createdAt: string;
  /** Switching to this profile asks for its PIN. */
  hasPin: boolean;
}

/** A PIN as stored: PBKDF2-SHA256 (WebCrypto) of the PIN with a random salt; never the PIN itself. */
export interface StoredPin {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** 16 random bytes, hex. */
  salt: string;
  /** 32 derived bytes, hex. */
  hash: string;
}

/** A profile as stored (schema 2). */
export interface ProfileRow {
  id: string;
  name: string;
  initials: string;
  role: Role;
  createdAt: string;
  pin: StoredPin | null;
}

/** One questionnaire response as stored. Answers of skipped questions are kept (a flipped routing answer can bring them back). */
export interface ResponseRecord {
  /** UUID made on the device; merging dedupes on it. */
  id: string;
  /** Short readable key for phone calls and paper, e.g. `K7M-4QX`. */
  key: string;
  questionnaireId: string;
  questionnaireVersion: string;
  status: ResponseStatus;
  createdAt: string;
  createdById: string;
  createdByName: string;
  updatedAt: string;
  /** Increments on every change. */
  revision: number;
  answers: Answers;
  /** Set when soft-deleted; the response can be restored. */
  deletedAt: string | null;
}

/** The light row the response list and the review queue read, written in the same transaction as its response. */
export interface ResponseSummary {
  id: string;
  key: string;
  status: ResponseStatus;
  workplaceName: string;
  workplaceId: string;
  /** The surveyor who created the response (schema 2). */
  createdById: string;
  createdByName: string;
  /** Government level and area codes, for the review queue's filters ('' when unanswered; schema 2). */
  sectorLevel: string;
  policyArea: string;
  /**
   * The edition the response is keyed in, so the level and area codes can be read in another
   * edition's (the export dialog). Absent in summaries written before it was kept: read the response.
   */
  questionnaireId?: string;
  questionnaireVersion?: string;
  createdAt: string;
  updatedAt: string;
  /** 0 or 1 (IndexedDB cannot index booleans). */
  deleted: 0 | 1;
  /** Share of asked questions answered, 0..1. */
  progress: number;
}

/** A comment on a response, or on one of its questions (schema 2). Never changed or removed. */
export interface CommentRecord {
  id: string;
  responseId: string;
  /** The variable commented on; null for the response as a whole. */
  field: string | null;
  text: string;
  /** `rejection`: the comment an auditor gave when rejecting. */
  kind: 'comment' | 'rejection';
  at: string;
  authorId: string;
  authorName: string;
  authorInitials: string;
  authorRole: Role;
  /** The audit entry that records it. */
  auditEntryId: string;
}

/** A questionnaire definition as stored, keyed by [id+version], so every response keeps the form it was keyed with. */
export interface StoredQuestionnaire {
  id: string;
  version: string;
  def: QuestionnaireDef;
  storedAt: string;
}

/** One row of the settings table; SettingsRepository types the values by key. */
export interface SettingRow {
  key: string;
  value: unknown;
}
