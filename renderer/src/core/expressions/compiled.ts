import type { AnswerValue } from '../questionnaire/model';

/** The type of an expression's value, checked when the questionnaire loads. */
export type ExprType = 'boolean' | 'number' | 'string' | 'date' | 'multi' | 'any';

/** What an expression sees: the effective value of each variable (undefined = empty/skipped), and `.` */
export interface EvalContext {
  value(name: string): AnswerValue | undefined;
  self?: AnswerValue | undefined;
  /**
   * What `today()` gives: the Copenhagen calendar day (ISO `YYYY-MM-DD`) the response was created,
   * never the clock, so a response checks the same whenever it is opened. Absent: `today()` is empty.
   */
  today?: string | undefined;
}

/** A parsed, type-checked expression: evaluated without `eval`. */
export interface CompiledExpression {
  source: string;
  type: ExprType;
  /** Variable names referenced with `${…}`. */
  references: readonly string[];
  evaluate(ctx: EvalContext): AnswerValue | boolean | undefined;
}
