/** Who may do what rests on two facts: the actor's role and the response's review status. */

/** surveyor: enters data · coordinator: imports, exports, corrects · auditor: reads, reviews, comments. */
export type Role = 'surveyor' | 'coordinator' | 'auditor';
export const ROLES: readonly Role[] = ['surveyor', 'coordinator', 'auditor'];

/**
 * The review workflow (ODK, Survey Solutions): draft → completed → approved | rejected; a rejected
 * response is fixed by its surveyor and completed again.
 */
export type ResponseStatus = 'draft' | 'completed' | 'approved' | 'rejected';
export const RESPONSE_STATUSES: readonly ResponseStatus[] = ['draft', 'completed', 'approved', 'rejected'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isResponseStatus(value: unknown): value is ResponseStatus {
  return typeof value === 'string' && (RESPONSE_STATUSES as readonly string[]).includes(value);
}
