/** What the type checker knows about the variables an expression may refer to. */
import type { LocalText } from '../local-text';
import type { ExprType } from './compiled';

/** A variable as seen by the type checker. */
export interface ScopeVariable {
  /** Its value type; a question's `ValueKind` can be used as is. */
  type: ExprType;
  /** Choice codes of a single or multiple choice, so comparisons with a mistyped code are refused. */
  choices?: readonly string[];
  /** The label of each choice code (in the questionnaire's default language), for `jr:choice-name()`. */
  labels?: ReadonlyMap<string, string>;
}

/** The context an expression is compiled in. */
export interface ExpressionScope {
  /** The variable named `name`, or undefined when there is none. */
  lookup(name: string): ScopeVariable | undefined;
  /** The answer `.` stands for (constraints only); when absent, `.` is refused. */
  self?: ScopeVariable;
  /** The types the whole expression may have (e.g. `['boolean']` for a relevant); absent = any. */
  expect?: readonly ExprType[];
  /** A hint for an unknown name, e.g. "did you mean 'innov_any'?" / "mente du 'innov_any'?". */
  hintForUnknown?(name: string): LocalText | undefined;
}
