/**
 * The roles table: one pure function, `can(role, action, context)`. The repositories call it before
 * every write (and refuse with its message); the screens call it to hide what a role cannot do.
 */
import type { LocalText } from '../questionnaire/model';
import { refusals } from './refusals';
import type { ResponseStatus, Role } from './roles';

export type Action =
  | 'create-response'
  | 'edit-answer'
  | 'complete'
  | 'reopen'
  | 'approve'
  | 'reject'
  | 'delete-response'
  | 'restore-response'
  | 'comment'
  | 'import'
  // A coordinator's package addressed to one profile: its assignments, rejections and corrections.
  | 'import-addressed'
  | 'send-to-surveyor'
  | 'restore-backup'
  | 'export-data'
  | 'export-audit'
  | 'resolve-conflict'
  | 'create-profile'
  | 'set-pin'
  | 'review'
  // Double-entry verification: mark responses, key one a second time (blind), resolve what differs,
  // and record keystroke counts for the keyer statistics.
  | 'mark-verification'
  | 'key-verification'
  | 'resolve-verification'
  | 'record-keying'
  // Screens: who may open them. The navigation, the route guard and the store all ask these.
  | 'view-responses'
  | 'view-review'
  | 'view-quality'
  | 'view-audit'
  | 'view-indicators'
  | 'edit-weights'
  | 'send-package'
  | 'view-overview'
  | 'view-profiles'
  | 'view-about'
  // Questionnaire editions (XLSForm import and export): the coordinator's.
  | 'manage-questionnaires'
  // Moving a draft to another questionnaire edition: the surveyor their own drafts, a coordinator any.
  | 'move-draft'
  // Fieldwork: the sample frame, assignments to surveyors, attempts and outcomes per case.
  | 'view-sample'
  | 'import-frame'
  | 'assign-cases'
  | 'view-assignments'
  | 'record-outcome'
  | 'start-from-case'
  | 'link-case'
  // One workplace keyed twice (two laptops, or a case twice): keep one, the others deleted.
  | 'resolve-duplicate'
  | 'view-verification'
  | 'view-keyer-statistics';

export const ACTIONS: readonly Action[] = [
  'create-response', 'edit-answer', 'complete', 'reopen', 'approve', 'reject', 'delete-response', 'restore-response',
  'comment', 'import', 'import-addressed', 'send-to-surveyor', 'restore-backup', 'export-data', 'export-audit', 'resolve-conflict', 'create-profile', 'set-pin', 'review',
  'view-responses', 'view-review', 'view-quality', 'view-audit', 'view-indicators', 'edit-weights', 'send-package',
  'view-overview', 'view-profiles', 'view-about', 'manage-questionnaires', 'move-draft',
  'view-sample', 'import-frame', 'assign-cases', 'view-assignments', 'record-outcome', 'start-from-case', 'link-case', 'resolve-duplicate',
  'mark-verification', 'key-verification', 'resolve-verification', 'record-keying',
  'view-verification', 'view-keyer-statistics',
];

export interface PermissionContext {
  /** The actor created the response (for `set-pin`: owns the profile; for `key-verification`: keyed it first). */
  own?: boolean;
  /** The response's status now (before the action). */
  status?: ResponseStatus;
  /** `create-profile`: the role the new profile gets (default surveyor). */
  targetRole?: Role;
  /** `edit-answer`: the answer was filled from the sample frame (locked: a coordinator changes it, with a reason). */
  preloaded?: boolean;
  /** `record-outcome`, `start-from-case`, `link-case`: the case is assigned to the actor. */
  assignedToActor?: boolean;
  /** `import-addressed`: the package names the actor's profile as its recipient. */
  addressedToActor?: boolean;
}

/** What an allowed action still needs from the user: a reason (corrections) or a comment (rejection). */
export type Requirement = 'reason' | 'comment' | null;

export type Decision = { allowed: true; requires: Requirement } | { allowed: false; message: LocalText };

const allow = (requires: Requirement = null): Decision => ({ allowed: true, requires });
const deny = (message: LocalText): Decision => ({ allowed: false, message });

type Rule = (role: Role, ctx: PermissionContext) => Decision;

const onlyRoles =
  (roles: readonly Role[], message: LocalText): Rule =>
  (role) =>
    roles.includes(role) ? allow() : deny(message);

/** A coordinator needs a reason unless the response is their own draft. */
const coordinatorReason = (ctx: PermissionContext): Requirement =>
  ctx.own === true && ctx.status === 'draft' ? null : 'reason';

const editAnswer: Rule = (role, { own, status, preloaded }) => {
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (role === 'coordinator') return allow(own !== true || status === 'completed' || status === 'approved' || preloaded === true ? 'reason' : null);
  if (preloaded === true) return deny(refusals.preloadedCoordinatorOnly);
  if (own !== true) return deny(refusals.notOwn);
  if (status === 'completed') return deny(refusals.completedReopenFirst);
  if (status === 'approved') return deny(refusals.approvedCoordinatorOnly);
  return allow();
};

const complete: Rule = (role, { own, status }) => {
  if (status !== 'draft' && status !== 'rejected') return deny(refusals.completeWrongStatus);
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (role === 'surveyor' && own !== true) return deny(refusals.notOwn);
  return allow();
};

const reopen: Rule = (role, { own, status }) => {
  if (status === 'draft') return deny(refusals.alreadyDraft);
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (role === 'coordinator') return allow(own === true && status === 'completed' ? null : 'reason');
  if (own !== true) return deny(refusals.notOwn);
  if (status === 'rejected') return deny(refusals.rejectedFixInPlace);
  if (status === 'approved') return deny(refusals.approvedCoordinatorOnly);
  return allow();
};

const review =
  (from: readonly ResponseStatus[], wrongStatus: LocalText, requires: Requirement): Rule =>
  (role, { status }) => {
    if (role !== 'auditor') return deny(refusals.reviewAuditorOnly);
    if (status === undefined || !from.includes(status)) return deny(wrongStatus);
    return allow(requires);
  };

const deleteOrRestore: Rule = (role, ctx) => {
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (role === 'coordinator') return allow(coordinatorReason(ctx));
  if (ctx.own !== true) return deny(refusals.notOwn);
  return ctx.status === 'draft' ? allow() : deny(refusals.deleteDraftOnly);
};

/** A surveyor works the cases assigned to them; a coordinator any case; an auditor none. */
const caseWork: Rule = (role, { assignedToActor }) => {
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (role === 'surveyor' && assignedToActor !== true) return deny(refusals.notAssigned);
  return allow();
};

/**
 * Linking a response keyed without a case to its case: a coordinator any; a surveyor only their own
 * response to a case assigned to them (both must be theirs: the link makes the case's outcome theirs).
 */
const linkCase: Rule = (role, ctx) => {
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (role === 'surveyor' && ctx.own !== true) return deny(refusals.notOwn);
  return caseWork(role, ctx);
};

/** Only a draft moves to another edition: its answers are still being keyed. */
const moveDraft: Rule = (role, { own, status }) => {
  if (role === 'auditor') return deny(refusals.auditorChangesNothing);
  if (status !== 'draft') return deny(refusals.moveDraftOnly);
  if (role === 'surveyor' && own !== true) return deny(refusals.notOwn);
  return allow();
};

const RULES: Readonly<Record<Action, Rule>> = {
  'create-response': (role) => (role === 'auditor' ? deny(refusals.auditorChangesNothing) : allow()),
  'edit-answer': editAnswer,
  complete,
  reopen,
  approve: review(['completed'], refusals.approveWrongStatus, null),
  reject: review(['completed', 'approved'], refusals.rejectWrongStatus, 'comment'),
  'delete-response': deleteOrRestore,
  'restore-response': deleteOrRestore,
  comment: (role, { own }) => (role === 'surveyor' && own !== true ? deny(refusals.commentOwnOnly) : allow()),
  import: onlyRoles(['coordinator'], refusals.coordinatorOnly),
  // What a coordinator sends one surveyor (cases, rejections, corrections) is imported by that profile.
  'import-addressed': (role, { addressedToActor }) =>
    role === 'auditor' ? deny(refusals.auditorChangesNothing) : addressedToActor === true ? allow() : deny(refusals.notAddressed),
  'send-to-surveyor': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  // A backup from this computer's own backups folder (main reads only from there) brings back what
  // this computer held; the merge overwrites nothing silently, so every role may restore one.
  'restore-backup': () => allow(),
  'export-data': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'export-audit': onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
  'resolve-conflict': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  // Roles are anchored to a coordinator: only one adds coordinators and auditors (the first profile
  // of a computer, made at first start, takes any role). A surveyor cannot mint a reviewer.
  'create-profile': (role, { targetRole }) =>
    targetRole === undefined || targetRole === 'surveyor' || role === 'coordinator' ? allow() : deny(refusals.privilegedProfile),
  'set-pin': (role, { own }) => (own === true || role === 'coordinator' ? allow() : deny(refusals.ownPinOnly)),
  review: onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
  'view-responses': () => allow(),
  'view-review': onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
  'view-quality': onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
  'view-audit': onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
  'view-indicators': onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
  // The population table changes every weighted figure of the export: the coordinator's alone.
  'edit-weights': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  // Auditors enter nothing, so they have nothing to send.
  'send-package': onlyRoles(['surveyor', 'coordinator'], refusals.auditorSendsNothing),
  'view-overview': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'view-profiles': () => allow(),
  'view-about': () => allow(),
  // A new edition changes what every later response asks: only a coordinator stores or exports one.
  'manage-questionnaires': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'move-draft': moveDraft,
  'view-sample': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  // A new frame version changes every case's stratum and the weights' n_h: the coordinator's alone.
  'import-frame': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'assign-cases': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'view-assignments': onlyRoles(['surveyor', 'coordinator'], refusals.auditorChangesNothing),
  'record-outcome': caseWork,
  'start-from-case': caseWork,
  'link-case': linkCase,
  // Deciding which of two responses is the workplace's deletes the other, whoever keyed it: the coordinator's.
  'resolve-duplicate': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'mark-verification': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  // The second keying is blind and independent: never by the profile that keyed the response first.
  'key-verification': (role, { own }) =>
    role === 'auditor' ? deny(refusals.auditorChangesNothing) : own === true ? deny(refusals.secondKeyerOther) : allow(),
  'resolve-verification': onlyRoles(['coordinator'], refusals.coordinatorOnly),
  'record-keying': (role) => (role === 'auditor' ? deny(refusals.auditorChangesNothing) : allow()),
  'view-verification': onlyRoles(['surveyor', 'coordinator'], refusals.auditorChangesNothing),
  'view-keyer-statistics': onlyRoles(['coordinator', 'auditor'], refusals.reviewersOnly),
};

/**
 * Whether `role` may do `action` in `context`, and what it then needs. Pure: the same answer in the
 * store (which enforces it) and on screen (which only hides what would be refused).
 */
export function can(role: Role, action: Action, context: PermissionContext = {}): Decision {
  return RULES[action](role, context);
}

/** The action a change of status is: to completed → complete, to draft → reopen, and so on. */
export function statusAction(to: ResponseStatus): Action {
  switch (to) {
    case 'completed':
      return 'complete';
    case 'draft':
      return 'reopen';
    case 'approved':
      return 'approve';
    case 'rejected':
      return 'reject';
  }
}
