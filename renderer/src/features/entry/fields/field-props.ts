import type { AnswerValue, ChoiceDef, Lang } from '../../../core/questionnaire/model';

/** What every answer control gets from QuestionField. */
export interface FieldProps {
  /** DOM id of the control (text) or of the group (choices). */
  id: string;
  /** Variable name: the HTML `name` of the control(s). */
  name: string;
  /** Question wording in the chosen language: the control's accessible name. */
  label: string;
  hint?: string | undefined;
  /** Ids of hint, requirement note, problems and save error: aria-describedby. */
  describedBy: string | undefined;
  required: boolean;
  /** Text shown (not announced as part of the name) after the wording of a required question. */
  requiredNote: string;
  invalid: boolean;
  readOnly: boolean;
  lang: Lang;
  value: AnswerValue | undefined;
  choices: readonly ChoiceDef[];
  /** Commits the answer; false when the field refuses the value (the stored one stays). */
  onCommit(value: AnswerValue | undefined): boolean | void;
  /** Enter: move on from this control to the next question (or the end-of-section button). */
  onAdvance(from: Element): void;
  /** ↑: back to the previous question (or grid row). */
  onRetreat(from: Element): void;
  /** Move on by itself when a code is complete or a number field is full (a per-profile setting). */
  autoAdvance: boolean;
  /** Changes each time the field must be re-keyed (a verification mismatch): a text field empties. */
  rekey?: number | undefined;
  /** How a choice is shown (`QuestionDef.appearance`): side by side, or a drop-down list (single). */
  appearance?: 'minimal' | 'horizontal' | undefined;
  /** Text and number fields commit after a pause in typing (default); off while verifying on the fly. */
  commitOnPause?: boolean | undefined;
}

export const hintId = (id: string) => `${id}-hint`;
export const requiredId = (id: string) => `${id}-req`;
