/**
 * Double-entry verification as stored (schema 5): one row per response marked for verification,
 * holding the second keying, whom each on-the-fly mismatch was counted against, what still differs
 * and how the coordinator resolved it; and one row per keying session (counts and times only).
 */
import type { AnswerValue, Answers } from '../core/questionnaire/model';
import type { KeyingMode } from '../core/verification/keyer-statistics';

/** marked → keying (the second keying under way) → verified, or → disagreements → (resolved) verified. */
export type VerificationState = 'marked' | 'keying' | 'disagreements' | 'verified';
export const VERIFICATION_STATES: readonly VerificationState[] = ['marked', 'keying', 'disagreements', 'verified'];

/** CSPro's verify mode (mismatches re-keyed at once) or EpiData/REDCap's (compared when complete). */
export type VerificationMode = 'on-the-fly' | 'afterwards';

/** How the response came to be marked. */
export type VerificationSelection = 'chosen' | 'every-nth' | 'random';

/** Whom a verification error is counted against: the first keyer, or the verifier (second keyer). */
export type ErrorSide = 'keyer' | 'verifier';

/** A field whose two keyings disagree (null: not answered in that keying). */
export interface Disagreement {
  variable: string;
  first: AnswerValue | null;
  second: AnswerValue | null;
}

/** The coordinator's choice for one disagreement. */
export interface VerificationResolution {
  variable: string;
  choice: 'first' | 'second';
  value: AnswerValue | null;
  /** Choosing the first keying's value counts a verifier error; the second's, a keyer error. */
  error: ErrorSide;
  at: string;
  byId: string;
  byName: string;
}

export interface VerificationRecord {
  /** One verification per response: the response's id is the key. */
  responseId: string;
  responseKey: string;
  state: VerificationState;
  selection: VerificationSelection;
  markedAt: string;
  markedById: string;
  markedByName: string;
  /** The profile that keyed the response first (its creator). */
  keyerId: string;
  keyerName: string;
  mode: VerificationMode | null;
  verifierId: string | null;
  verifierName: string | null;
  /** The second keying. Never shown beside the first while it is keyed. */
  answers: Answers;
  /** On the fly: the fields whose mismatch was settled by re-keying, and against whom it counted. */
  flyErrors: Record<string, ErrorSide>;
  startedAt: string | null;
  keyedAt: string | null;
  /** The keying session in which the second keying was completed (its errors count there). */
  sessionId: string | null;
  /** Fields compared when the second keying was complete. */
  fieldsCompared: number;
  /** What still differed then (on-the-fly settlements excluded), for the coordinator. */
  disagreements: Disagreement[];
  resolutions: VerificationResolution[];
  verifiedAt: string | null;
  updatedAt: string;
}

/** One visit of the entry or the verification screen by one profile: counts and times, never keys or text. */
export interface KeyingSessionRow {
  id: string;
  mode: KeyingMode;
  operatorId: string;
  operatorName: string;
  /** Epoch ms of the first and the last keystroke. */
  start: number;
  end: number;
  pauseMs: number;
  keystrokes: number;
  /** The responses keyed in the session (one per visit). */
  responseIds: string[];
}
