/**
 * The roles table, every action × every role: a surveyor edits own drafts and rejected responses;
 * a coordinator imports, exports, resolves conflicts and corrects any response with a reason; an
 * auditor reads, approves, rejects (with a comment) and comments, and changes no answer.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action, type PermissionContext } from '../../../renderer/src/core/permissions/permissions';
import { ROLES, type Role } from '../../../renderer/src/core/permissions/roles';

/** yes: allowed as is · reason / comment: allowed with one · no: refused. */
type Outcome = 'yes' | 'reason' | 'comment' | 'no';
type Row = [Action, string, PermissionContext, Record<Role, Outcome>];

const o = (surveyor: Outcome, coordinator: Outcome, auditor: Outcome): Record<Role, Outcome> => ({ surveyor, coordinator, auditor });
const own = (status: PermissionContext['status']): PermissionContext => ({ own: true, status });
const others = (status: PermissionContext['status']): PermissionContext => ({ own: false, status });

const MATRIX: Row[] = [
  ['create-response', '', {}, o('yes', 'yes', 'no')],
  ['edit-answer', 'own draft', own('draft'), o('yes', 'yes', 'no')],
  ['edit-answer', 'own rejected', own('rejected'), o('yes', 'yes', 'no')],
  ['edit-answer', 'own completed', own('completed'), o('no', 'reason', 'no')],
  ['edit-answer', 'own approved', own('approved'), o('no', 'reason', 'no')],
  ['edit-answer', "someone else's draft", others('draft'), o('no', 'reason', 'no')],
  ['edit-answer', "someone else's rejected", others('rejected'), o('no', 'reason', 'no')],
  ['complete', 'own draft', own('draft'), o('yes', 'yes', 'no')],
  ['complete', 'own rejected', own('rejected'), o('yes', 'yes', 'no')],
  ['complete', "someone else's draft", others('draft'), o('no', 'yes', 'no')],
  ['complete', 'own completed', own('completed'), o('no', 'no', 'no')],
  ['complete', 'own approved', own('approved'), o('no', 'no', 'no')],
  ['reopen', 'own completed', own('completed'), o('yes', 'yes', 'no')],
  ['reopen', "someone else's completed", others('completed'), o('no', 'reason', 'no')],
  ['reopen', 'own rejected', own('rejected'), o('no', 'reason', 'no')],
  ['reopen', 'own approved', own('approved'), o('no', 'reason', 'no')],
  ['reopen', 'own draft', own('draft'), o('no', 'no', 'no')],
  ['approve', 'completed', others('completed'), o('no', 'no', 'yes')],
  ['approve', 'draft', others('draft'), o('no', 'no', 'no')],
  ['approve', 'rejected', others('rejected'), o('no', 'no', 'no')],
  ['approve', 'approved', others('approved'), o('no', 'no', 'no')],
  ['reject', 'completed', others('completed'), o('no', 'no', 'comment')],
  ['reject', 'approved', others('approved'), o('no', 'no', 'comment')],
  ['reject', 'draft', others('draft'), o('no', 'no', 'no')],
  ['reject', 'rejected', others('rejected'), o('no', 'no', 'no')],
  ['delete-response', 'own draft', own('draft'), o('yes', 'yes', 'no')],
  ['delete-response', 'own completed', own('completed'), o('no', 'reason', 'no')],
  ['delete-response', "someone else's draft", others('draft'), o('no', 'reason', 'no')],
  ['restore-response', 'own draft', own('draft'), o('yes', 'yes', 'no')],
  ['restore-response', 'own approved', own('approved'), o('no', 'reason', 'no')],
  ['restore-response', "someone else's draft", others('draft'), o('no', 'reason', 'no')],
  ['comment', 'own response', own('completed'), o('yes', 'yes', 'yes')],
  ['comment', "someone else's response", others('completed'), o('no', 'yes', 'yes')],
  ['import', '', {}, o('no', 'yes', 'no')],
  ['import-addressed', 'a package addressed to the actor', { addressedToActor: true }, o('yes', 'yes', 'no')],
  ['import-addressed', 'a package addressed to another profile', { addressedToActor: false }, o('no', 'no', 'no')],
  ['send-to-surveyor', '', {}, o('no', 'yes', 'no')],
  ['restore-backup', "this computer's own backup", {}, o('yes', 'yes', 'yes')],
  ['export-data', '', {}, o('no', 'yes', 'no')],
  ['export-audit', '', {}, o('no', 'yes', 'yes')],
  ['resolve-conflict', '', {}, o('no', 'yes', 'no')],
  ['create-profile', 'a surveyor', { targetRole: 'surveyor' }, o('yes', 'yes', 'yes')],
  ['create-profile', 'an auditor', { targetRole: 'auditor' }, o('no', 'yes', 'no')],
  ['create-profile', 'a coordinator', { targetRole: 'coordinator' }, o('no', 'yes', 'no')],
  ['set-pin', 'own', { own: true }, o('yes', 'yes', 'yes')],
  ['set-pin', "someone else's", { own: false }, o('no', 'yes', 'no')],
  ['review', '', {}, o('no', 'yes', 'yes')],
  ['view-responses', 'the response list', {}, o('yes', 'yes', 'yes')],
  ['view-review', 'the review queue', {}, o('no', 'yes', 'yes')],
  ['view-quality', 'the data-quality report', {}, o('no', 'yes', 'yes')],
  ['view-audit', 'the audit screen', {}, o('no', 'yes', 'yes')],
  ['view-indicators', 'the indicators', {}, o('no', 'yes', 'yes')],
  ['edit-weights', 'the population table', {}, o('no', 'yes', 'no')],
  ['send-package', 'send to the coordinator', {}, o('yes', 'yes', 'no')],
  ['view-overview', 'the coordinator overview', {}, o('no', 'yes', 'no')],
  ['view-profiles', 'profiles', {}, o('yes', 'yes', 'yes')],
  ['view-about', 'about / data safety', {}, o('yes', 'yes', 'yes')],
  ['manage-questionnaires', 'import, store and export questionnaire editions', {}, o('no', 'yes', 'no')],
  ['move-draft', 'own draft', own('draft'), o('yes', 'yes', 'no')],
  ['move-draft', "someone else's draft", others('draft'), o('no', 'yes', 'no')],
  ['move-draft', 'own completed', own('completed'), o('no', 'no', 'no')],
  ['move-draft', 'own rejected', own('rejected'), o('no', 'no', 'no')],
  ['edit-answer', 'own draft, an answer from the sample frame', { ...own('draft'), preloaded: true }, o('no', 'reason', 'no')],
  ['edit-answer', "someone else's draft, an answer from the sample frame", { ...others('draft'), preloaded: true }, o('no', 'reason', 'no')],
  ['view-sample', 'the sample frame and its cases', {}, o('no', 'yes', 'no')],
  ['import-frame', 'a new frame version', {}, o('no', 'yes', 'no')],
  ['assign-cases', 'assign or reassign cases', {}, o('no', 'yes', 'no')],
  ['view-assignments', 'my cases', {}, o('yes', 'yes', 'no')],
  ['record-outcome', 'a case assigned to the actor', { assignedToActor: true }, o('yes', 'yes', 'no')],
  ['record-outcome', "someone else's case", { assignedToActor: false }, o('no', 'yes', 'no')],
  ['start-from-case', 'a case assigned to the actor', { assignedToActor: true }, o('yes', 'yes', 'no')],
  ['start-from-case', "someone else's case", { assignedToActor: false }, o('no', 'yes', 'no')],
  ['link-case', 'own response, a case assigned to the actor', { own: true, assignedToActor: true }, o('yes', 'yes', 'no')],
  ['link-case', "own response, someone else's case", { own: true, assignedToActor: false }, o('no', 'yes', 'no')],
  ['link-case', "someone else's response, a case assigned to the actor", { own: false, assignedToActor: true }, o('no', 'yes', 'no')],
  ['resolve-duplicate', 'keep one response of a workplace keyed twice', {}, o('no', 'yes', 'no')],
  ['mark-verification', '', {}, o('no', 'yes', 'no')],
  ['key-verification', "someone else's response", others('completed'), o('yes', 'yes', 'no')],
  ['key-verification', 'own response (the first keyer)', own('completed'), o('no', 'no', 'no')],
  ['resolve-verification', '', {}, o('no', 'yes', 'no')],
  ['record-keying', 'keystroke counts', {}, o('yes', 'yes', 'no')],
  ['view-verification', 'the verification list', {}, o('yes', 'yes', 'no')],
  ['view-keyer-statistics', 'the keyer statistics', {}, o('no', 'yes', 'yes')],
];

function outcome(role: Role, action: Action, ctx: PermissionContext): Outcome {
  const d = can(role, action, ctx);
  if (!d.allowed) return 'no';
  return d.requires === null ? 'yes' : d.requires;
}

describe('the roles table', () => {
  const cases = MATRIX.flatMap(([action, label, ctx, expected]) =>
    ROLES.map((role) => [`${role} · ${action}${label ? ` · ${label}` : ''}`, role, action, ctx, expected[role]] as const),
  );

  it.each(cases)('%s → %s', (_name, role, action, ctx, expected) => {
    expect(outcome(role, action, ctx)).toBe(expected);
  });

  it('covers every action for every role', () => {
    expect(new Set(MATRIX.map(([action]) => action))).toEqual(new Set(ACTIONS));
    expect(cases).toHaveLength(MATRIX.length * ROLES.length);
  });

  it('refuses with a message in Danish and English', () => {
    for (const [action, , ctx] of MATRIX) {
      for (const role of ROLES) {
        const d = can(role, action, ctx);
        if (d.allowed) continue;
        expect(d.message.en.length).toBeGreaterThan(10);
        expect(d.message.da.length).toBeGreaterThan(10);
        expect(d.message.da).not.toBe(d.message.en);
      }
    }
  });

  it('tells a surveyor why a completed response cannot be edited', () => {
    expect(can('surveyor', 'edit-answer', own('completed'))).toEqual({
      allowed: false,
      message: { en: 'The response is completed: reopen it to edit it.', da: 'Besvarelsen er afsluttet: genåbn den for at rette.' },
    });
  });
});
