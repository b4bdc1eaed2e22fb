import type { Answers, AnswerValue, QuestionnaireDef } from '../core/questionnaire/model';

export type ResponseStatus = 'draft' | 'completed';

/** Who is working: recorded in every audit entry. */
export interface Profile {
  id: string;
  name: string;
  initials: string;
  createdAt: string;
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

/** The light row the response list reads, written in the same transaction as its response. */
export interface ResponseSummary {
  id: string;
  key: string;
  status: ResponseStatus;
  workplaceName: string;
  workplaceId: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
  /** 0 or 1 (IndexedDB cannot index booleans). */
  deleted: 0 | 1;
  /** Share of asked questions answered, 0..1. */
  progress: number;
}

export type AuditAction = 'create' | 'answer' | 'status' | 'delete' | 'restore' | 'export';

/** Append-only: no code path updates or deletes an entry. */
export interface AuditEntry {
  /** Auto-increment order on this device. */
  seq?: number;
  id: string;
  at: string;
  deviceId: string;
  actorId: string;
  actorName: string;
  actorInitials: string;
  action: AuditAction;
  responseId: string | null;
  field: string | null;
  oldValue: AnswerValue | null;
  newValue: AnswerValue | null;
  reason: string | null;
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
