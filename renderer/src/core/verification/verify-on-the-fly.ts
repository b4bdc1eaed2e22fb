/**
 * CSPro's verify mode, field by field while the second keyer types blind. A value that matches the
 * first keying is accepted. On a mismatch the field says so (never showing the first value) and asks
 * for the value again: the same new value a second time is kept and counts one keyer error (the
 * first keyer was wrong); the first keying's value counts one verifier error (the verifier mistyped).
 * A third, different value asks once more.
 */
import type { AnswerValue } from '../questionnaire/model';
import { sameKeyedValue } from './same-value';

/** Where one field stands: not yet keyed against a mismatch, or waiting for the re-keying of one. */
export type FlyState = { kind: 'first-try' } | { kind: 'rekey'; firstTry: AnswerValue | undefined };

export const FIRST_TRY: FlyState = { kind: 'first-try' };

export type FlyDecision =
  /** Store `value`; `error` says whom a mismatch is counted against (null: none). */
  | { kind: 'accept'; value: AnswerValue | undefined; error: 'keyer' | 'verifier' | null }
  /** Mismatch: say so and ask for the value again. */
  | { kind: 'rekey'; next: FlyState };

/** The decision for a value the verifier keyed, given the first keying's value and the field's state. */
export function decideOnTheFly(original: AnswerValue | undefined, state: FlyState, keyed: AnswerValue | undefined): FlyDecision {
  if (state.kind === 'first-try') {
    if (sameKeyedValue(original, keyed)) return { kind: 'accept', value: original, error: null };
    return { kind: 'rekey', next: { kind: 'rekey', firstTry: keyed } };
  }
  if (sameKeyedValue(keyed, state.firstTry)) return { kind: 'accept', value: keyed, error: 'keyer' };
  if (sameKeyedValue(keyed, original)) return { kind: 'accept', value: original, error: 'verifier' };
  return { kind: 'rekey', next: { kind: 'rekey', firstTry: keyed } };
}
