/**
 * Where the roles table is enforced: every repository write resolves its actor from the store (the
 * stored role counts, not the caller's copy of the profile) and asks `can` before writing.
 */
import { REASON_MAX_CHARS } from '../core/limits/limits';
import { can, type Action, type PermissionContext, type Requirement } from '../core/permissions/permissions';
import type { ActorStamp } from './audit-writer';
import type { BarometerDb } from './database';
import type { Profile, ProfileRow, ResponseRecord } from './records';
import { StoreError } from './store-error';

/** Longest reason or comment (`core/limits`). */
export const MAX_REASON_LENGTH = REASON_MAX_CHARS;

/** The profile as the screens see it: no PIN material. */
export function publicProfile(row: ProfileRow): Profile {
  return { id: row.id, name: row.name, initials: row.initials, role: row.role, createdAt: row.createdAt, hasPin: row.pin != null };
}

export function stampOf(row: ProfileRow): ActorStamp {
  return { id: row.id, name: row.name, initials: row.initials, role: row.role };
}

/** The actor's stored profile; refused when it is not on this device. Call inside the transaction. */
export async function storedActor(db: BarometerDb, actor: Pick<Profile, 'id'>): Promise<ProfileRow> {
  const row = await db.profiles.get(actor.id);
  if (!row) {
    throw new StoreError('forbidden', 'The active profile is not on this device: choose a profile again.', [], {
      en: 'The active profile is not on this device: choose a profile again.',
      da: 'Den aktive profil findes ikke på denne computer: vælg en profil igen.',
    });
  }
  return row;
}

/** What `actor` may need for `action`; refused with the table's message when not allowed. */
export function permit(actor: ProfileRow, action: Action, context: PermissionContext = {}): Requirement {
  const decision = can(actor.role, action, context);
  if (!decision.allowed) throw new StoreError('forbidden', decision.message.en, [], decision.message);
  return decision.requires;
}

export function responseContext(actor: ProfileRow, response: ResponseRecord): PermissionContext {
  return { own: response.createdById === actor.id, status: response.status };
}

/** The reason to record (trimmed; null when none was given and none is needed). */
export function reasonFor(requirement: Requirement, given: string | null | undefined): string | null {
  const reason = given?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH) {
    throw new StoreError('reason-required', `A reason can be at most ${MAX_REASON_LENGTH} characters.`, [], {
      en: `A reason can be at most ${MAX_REASON_LENGTH} characters.`,
      da: `En begrundelse kan højst være ${MAX_REASON_LENGTH} tegn.`,
    });
  }
  if (reason !== '') return reason;
  if (requirement === null) return null;
  const text =
    requirement === 'comment'
      ? { en: 'A rejection needs a comment for the surveyor.', da: 'En afvisning kræver en kommentar til intervieweren.' }
      : { en: 'This change needs a reason, which is kept in the audit log.', da: 'Ændringen kræver en begrundelse, som gemmes i revisionsloggen.' };
  throw new StoreError('reason-required', text.en, [], text);
}
