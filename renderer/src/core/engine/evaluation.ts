import type { AnswerValue, LocalText } from '../questionnaire/model';

/**
 * Skipped (not asked because of routing) and unanswered (asked, left blank) are different states
 * everywhere: in the engine, the store, the screens and every export.
 */
export type VariableState = 'skipped' | 'unanswered' | 'answered';

export type ProblemCode =
  | 'required'
  | 'type'
  | 'min'
  | 'max'
  | 'pattern'
  /** A text longer than its question type takes (`core/limits`). */
  | 'length'
  | 'choice'
  | 'minSelected'
  | 'maxSelected'
  | 'exclusive'
  | 'constraint'
  /** Double entry on the fly: the value differs from the first keying (re-key it). */
  | 'verify-mismatch';

export interface Problem {
  variable: string;
  code: ProblemCode;
  message: LocalText;
  /** Blocking problems prevent "Mark as completed". */
  blocking: boolean;
}

export interface SectionProgress {
  sectionId: string;
  asked: boolean;
  askedCount: number;
  answeredCount: number;
}

export interface Evaluation {
  /** State of every question and grid-row variable. */
  states: ReadonlyMap<string, VariableState>;
  /** Effective values: answers of asked variables and derived values; skipped → absent. */
  values: Readonly<Record<string, AnswerValue>>;
  /** Problems of asked variables, in questionnaire order (skipped answers are never validated). */
  problems: readonly Problem[];
  problemsByVariable: ReadonlyMap<string, readonly Problem[]>;
  sections: readonly SectionProgress[];
  progress: { asked: number; answered: number; ratio: number };
}
