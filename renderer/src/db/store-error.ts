import type { Problem } from '../core/engine/evaluation';

/** Stable codes the UI translates; the English message is a fallback a user can act on. */
export type StoreErrorCode =
  | 'read-only'
  | 'not-found'
  | 'not-editable'
  | 'unknown-field'
  | 'blocking-problems'
  | 'deleted'
  | 'invalid-profile';

/** Every refusal of a repository: thrown before anything is written. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For `blocking-problems`: the problems that stop "Mark as completed". */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
