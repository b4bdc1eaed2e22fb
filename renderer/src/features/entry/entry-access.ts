/**
 * What the active profile may do with the open response, from the roles table (`can`): edit its
 * answers, complete it, reopen it, correct it with a reason, and if not, why. The store enforces
 * the same rules; this only decides what the screen offers.
 */
import { can } from '../../core/permissions/permissions';
import type { Lang } from '../../core/questionnaire/model';
import type { Profile, ResponseRecord } from '../../db/records';

export interface EntryAccess {
  /** Answers can be changed here: without a reason, or within a correction (with its reason). */
  editable: boolean;
  mayComplete: boolean;
  /** Reopen is offered: an own completed response, or (with the correction's reason) any that the role may reopen. */
  mayReopen: boolean;
  /** A correction with a reason can be started: the role may edit, but only with a reason (a coordinator). */
  mayCorrect: boolean;
  /** Why the role cannot change the response, when it cannot; null when the banner's default says it. */
  roleReason: string | null;
}

/**
 * @param correcting a correction with a reason is under way on this screen (it counts only where
 *   the role may correct at all).
 */
export function entryAccess(profile: Profile, record: ResponseRecord, lang: Lang, reasonNeeded: string, correcting = false): EntryAccess {
  const ctx = { own: record.createdById === profile.id, status: record.status };
  const edit = can(profile.role, 'edit-answer', ctx);
  const reopen = can(profile.role, 'reopen', ctx);
  const mayCorrect = edit.allowed && edit.requires === 'reason' && record.deletedAt === null;
  const inCorrection = correcting && mayCorrect;
  const open = record.status === 'draft' || record.status === 'rejected';
  const editable = (open && edit.allowed && edit.requires === null) || inCorrection;
  const mayReopen = reopen.allowed && (inCorrection ? record.status !== 'draft' : record.status === 'completed' && reopen.requires === null);
  let roleReason: string | null = null;
  if (!editable && !(record.status === 'completed' && mayReopen)) {
    roleReason = edit.allowed ? reasonNeeded : edit.message[lang];
  }
  return { editable, mayComplete: editable && can(profile.role, 'complete', ctx).allowed, mayReopen, mayCorrect, roleReason };
}
