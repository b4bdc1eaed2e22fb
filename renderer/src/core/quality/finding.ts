/** A data-quality finding: one rule broken by one response on one variable (REDCap-style rules). */
import type { Answers, AnswerValue, LocalText } from '../questionnaire/model';

export type QualityRule =
  | 'required-unanswered'
  | 'out-of-range'
  | 'wrong-type'
  | 'invalid-choice'
  | 'skipped-with-value'
  | 'outlier'
  | 'duplicate-workplace';

/** In report order. */
export const QUALITY_RULES: readonly QualityRule[] = [
  'required-unanswered', 'out-of-range', 'wrong-type', 'invalid-choice', 'skipped-with-value', 'outlier', 'duplicate-workplace',
];

export interface Finding {
  responseId: string;
  /** The response's short key, for the link and for phone calls. */
  key: string;
  variable: string;
  rule: QualityRule;
  message: LocalText;
  /** The stored value the finding is about (null: none, e.g. required but unanswered). */
  value: AnswerValue | null;
  /**
   * The edition the response was checked against, when it is its own (given `QualityOptions.editionOf`):
   * the report labels the question in that edition's words.
   */
  questionnaireId?: string;
  questionnaireVersion?: string;
}

/** The fields of a response the rules read (a db ResponseRecord fits). */
export interface QualityResponse {
  id: string;
  key: string;
  answers: Answers;
  /** The edition it was keyed in; checked against that edition when the report is given it (`QualityOptions.editionOf`). */
  questionnaireId?: string;
  questionnaireVersion?: string;
  /** When it was created (ISO): `today()` in its checks is that Copenhagen day. */
  createdAt?: string;
}

export const showValue = (v: AnswerValue): string => (Array.isArray(v) ? v.join(' ') : String(v));
