/**
 * Changes of review status as `Decide` functions: draft → completed → approved | rejected (with a
 * comment) → completed again; reopening to draft. Who may make which change is the roles table's
 * `complete` / `reopen` / `approve` / `reject`.
 */
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { Problem } from '../core/engine/evaluation';
import { statusAction } from '../core/permissions/permissions';
import type { ResponseStatus } from '../core/permissions/roles';
import { permit, reasonFor, responseContext } from './permission-guard';
import type { Decide } from './response-write';
import { StoreError } from './store-error';

function blockingMessage(problems: readonly Problem[]): string {
  const list = problems.map((p) => `${p.variable}: ${p.message.en}`).join('; ');
  return `The response cannot be marked as completed until ${problems.length} problem(s) are fixed: ${list}`;
}

/**
 * To `target`, with a reason where the table asks for one; for a rejection the reason is the
 * comment to the surveyor, stored as a comment on `field` (null: the whole response) too.
 * Completing is refused while the evaluation has blocking problems. The same status writes nothing.
 */
export function statusChange(target: ResponseStatus, reason?: string | null, field: string | null = null): Decide {
  return (current, q, actor) => {
    if (current.deletedAt !== null) throw new StoreError('deleted', 'The response is deleted: restore it first.');
    if (current.status === target) return null;
    const requirement = permit(actor, statusAction(target), responseContext(actor, current));
    const recorded = reasonFor(requirement, reason);
    if (field !== null && !q.byName.has(field)) {
      throw new StoreError('unknown-field', `"${field}" is not a question of questionnaire ${q.id} ${q.version}.`);
    }
    const evaluation = evaluateResponse(q, current.answers, current);
    if (target === 'completed') {
      const blocking = evaluation.problems.filter((p) => p.blocking);
      if (blocking.length > 0) throw new StoreError('blocking-problems', blockingMessage(blocking), blocking);
    }
    return {
      patch: { status: target },
      audit: { action: 'status', field, oldValue: current.status, newValue: target, reason: recorded },
      evaluation,
      ...(target === 'rejected' && recorded !== null ? { comment: { field, text: recorded, kind: 'rejection' as const } } : {}),
    };
  };
}
