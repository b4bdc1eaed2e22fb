import type { Problem } from '../core/engine/evaluation';
import type { LocalText } from '../core/questionnaire/model';

/** Stable codes the UI translates; the English message is a fallback a user can act on. */
export type StoreErrorCode =
  | 'read-only'
  | 'not-found'
  /** Not thrown since schema 2 (a completed response refused to a surveyor is 'forbidden'); kept for the UI's mapping. */
  | 'not-editable'
  | 'unknown-field'
  | 'blocking-problems'
  | 'deleted'
  | 'invalid-profile'
  /** The actor's role may not do this, to this response in its status: the message says why. */
  | 'forbidden'
  /** The action needs a reason (a correction) or a comment (a rejection), and none was given. */
  | 'reason-required'
  | 'invalid-pin'
  | 'wrong-pin'
  /** bulkApprove: the filtered set is not the one the auditor saw, or holds responses that cannot be approved. */
  | 'stale-selection'
  | 'not-approvable'
  /** A package could not be written from this data (the message says why). */
  | 'package-invalid'
  /** A questionnaire edition the loader refuses, or a version already stored with other content. */
  | 'questionnaire-invalid'
  /** A text longer than its limit (`core/limits`): an answer, comment or reason. */
  | 'too-long'
  /** The question is read-only (`QuestionDef.readOnly`): its answer is given by the questionnaire. */
  | 'question-read-only'
  /** Too many wrong PINs in a row: the next attempt must wait (the message says how long). */
  | 'pin-wait'
  /** The signing key is sealed by the OS key store, which could not open it: nothing can be signed. */
  | 'signing-key-unavailable';

/** Every refusal of a repository: thrown before anything is written. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For `blocking-problems`: the problems that stop "Mark as completed". */
    readonly problems: readonly Problem[] = [],
    /** The message in both UI languages, where the store has it (e.g. every `forbidden`). */
    readonly text: LocalText | null = null,
  ) {
    super(message);
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
