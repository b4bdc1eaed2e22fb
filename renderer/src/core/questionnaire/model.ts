/**
 * The questionnaire as data. `QuestionnaireDef` is what a definition file holds (validated by
 * `definition-schema.ts`); `Questionnaire` is the compiled, ready-to-evaluate form returned by
 * `loadQuestionnaire`.
 */
import type { CompiledExpression } from '../expressions/compiled';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

/** Text in every UI language. */
export interface LocalText {
  da: string;
  en: string;
}

export type QuestionType =
  | 'text'
  | 'longtext'
  | 'integer'
  | 'decimal'
  | 'year'
  /** A calendar day, stored as ISO text `YYYY-MM-DD` (keyed as dd-mm-åååå). */
  | 'date'
  | 'single'
  | 'multi'
  | 'grid';

export interface ChoiceDef {
  /** The code stored and exported, e.g. `yes`, `municipality`. */
  code: string;
  label: LocalText;
  /** In a multiple choice: picking this option excludes every other (e.g. "no collaboration"). */
  exclusive?: boolean;
  /** Marks the "don't know" option, so exports and indicators can tell it apart. */
  dontKnow?: boolean;
  /**
   * The option's code in the previous edition (`QuestionnaireDef.previousVersion`) when it was
   * renamed there: answers keyed in the previous edition with that code are this option. The only
   * way a renamed option is carried forward; an option without it keeps its own code.
   */
  previousCode?: string;
}

/** One row of a grid: a variable of its own, answered with the grid's choice list. */
export interface GridRowDef {
  name: string;
  label: LocalText;
}

export interface QuestionDef {
  /** Variable name: also the HTML `name` of the control and the export column. */
  name: string;
  type: QuestionType;
  label: LocalText;
  hint?: LocalText;
  required?: boolean;
  /** XLSForm-style condition; the question is asked only when it is true. */
  relevant?: string;
  /** Name of a list in `choiceLists` (single, multi, grid). */
  choices?: string;
  /** Grid only: the rows, each its own variable. */
  rows?: GridRowDef[];
  /** integer / decimal / year: inclusive bounds. */
  min?: number;
  max?: number;
  /** text: a regular expression the whole answer must match. */
  pattern?: string;
  patternMessage?: LocalText;
  /** multi: the most options that may be picked. */
  maxSelected?: number;
  /** multi: the fewest options that must be picked when answered (default 1). */
  minSelected?: number;
  /** Extra XLSForm-style constraint on the answer; `.` is the answer itself. */
  constraint?: string;
  constraintMessage?: LocalText;
  /**
   * The constraint is a soft check: a failing answer is kept and shown with a warning the typist
   * may let stand (it does not block completion). Otherwise a failing answer is not stored.
   */
  constraintWarning?: boolean;
  /**
   * The answer a new response starts with (XLSForm `default`): a fixed value of the question's type,
   * checked when the questionnaire loads like any answer (kind, options, bounds, pattern). Written
   * when the response is created, each in the audit log as coming from the questionnaire; a
   * response started from a case takes the frame's answer instead; a draft moved to this edition
   * keeps its own answers (no default is added). Not for grids.
   */
  default?: AnswerValue;
  /**
   * Shown, never changed (XLSForm `read_only`): the entry form shows the answer without a control to
   * change it, and the store refuses to change it. Its answer is its `default`, or nothing.
   */
  readOnly?: boolean;
  /**
   * How a choice is shown (XLSForm `appearance`): `horizontal`, the options side by side (single and
   * multi); `minimal`, a drop-down list (single only). Without it, one option under another.
   */
  appearance?: 'minimal' | 'horizontal';
}

export interface SectionDef {
  id: string;
  title: LocalText;
  /** A condition for the whole section (ANDed with each question's own). */
  relevant?: string;
  questions: QuestionDef[];
}

/** A derived (calculated) variable: exported, never shown as a question. */
export interface DerivedDef {
  name: string;
  label: LocalText;
  type: 'integer' | 'decimal' | 'text';
  calculation: string;
  relevant?: string;
  /** Optional value labels (e.g. size classes). */
  choices?: string;
  description?: LocalText;
}

export interface QuestionnaireDef {
  /** Stable id, e.g. `innovation-barometer`. */
  id: string;
  /** Edition/version string, e.g. `2024.1`. */
  version: string;
  /**
   * The edition of the same id this one follows, whose renamed options its choices map
   * (`ChoiceDef.previousCode`): the workbook across editions and moving a draft read it.
   */
  previousVersion?: string;
  title: LocalText;
  sections: SectionDef[];
  choiceLists: Record<string, ChoiceDef[]>;
  derived: DerivedDef[];
}

/** How a variable's value is held: text and single choices are strings, numbers are numbers, multiple choices string arrays. */
export type ValueKind = 'string' | 'number' | 'multi';

/** A stored answer. An absent key means "not answered". */
export type AnswerValue = string | number | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export type VariableKind = 'question' | 'grid-row' | 'derived';

/** One variable of the compiled questionnaire: a question, a grid row or a derived variable. */
export interface Variable {
  name: string;
  kind: VariableKind;
  /** The question type; a grid row has type `single`; a derived variable `integer`/`decimal`/`text`. */
  type: QuestionType | DerivedDef['type'];
  valueKind: ValueKind;
  label: LocalText;
  /** The section it belongs to (derived variables: undefined). */
  sectionId?: string;
  /** Question definition (for a grid row: the grid's). */
  question?: QuestionDef;
  /** The grid row, for kind `grid-row`. */
  row?: GridRowDef;
  derived?: DerivedDef;
  choices?: ChoiceDef[];
  /** Section and question conditions combined; undefined = always asked. */
  relevant?: CompiledExpression;
  constraint?: CompiledExpression;
  calculation?: CompiledExpression;
}

export interface Questionnaire {
  def: QuestionnaireDef;
  id: string;
  version: string;
  /** Every variable in questionnaire order: questions and grid rows in section order, then derived. */
  variables: Variable[];
  byName: ReadonlyMap<string, Variable>;
  /** Variable names in an order where every variable comes after those its conditions depend on. */
  evaluationOrder: string[];
}
