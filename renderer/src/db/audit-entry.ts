import type { AnswerValue } from '../core/questionnaire/model';
import type { AuditAction, AuditEntry, Profile } from './records';

export interface AuditChange {
  field?: string;
  oldValue?: AnswerValue | undefined;
  newValue?: AnswerValue | undefined;
  reason?: string;
}

/** A new audit entry (seq is given by the store when it is added). */
export function auditEntry(
  actor: Profile,
  deviceId: string,
  at: string,
  action: AuditAction,
  responseId: string | null,
  change: AuditChange = {},
): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at,
    deviceId,
    actorId: actor.id,
    actorName: actor.name,
    actorInitials: actor.initials,
    action,
    responseId,
    field: change.field ?? null,
    oldValue: change.oldValue ?? null,
    newValue: change.newValue ?? null,
    reason: change.reason ?? null,
  };
}
