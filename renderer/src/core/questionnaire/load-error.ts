/** What `loadQuestionnaire` reports about a definition it refuses. */

/** One problem in a questionnaire definition. */
export interface LoadError {
  /** Where in the definition, e.g. `sections[2].questions[4].relevant`. */
  path: string;
  /** Names the question (or section, list, derived variable), e.g. `Question 'novelty' relevant: unknown question 'innov_anyy' at position 2`. */
  message: string;
  /** The variable concerned, when there is one. */
  variable?: string;
  /** For expression errors: the 0-based character offset in the expression. */
  position?: number;
}

/** `sections[i].questions[j]` */
export function questionPath(sectionIndex: number, questionIndex: number): string {
  return `sections[${sectionIndex}].questions[${questionIndex}]`;
}

/** Builds a `LoadError` for a field of a definition element: message "<subject> <field>: <text>". */
export function loadError(
  subject: string,
  path: string,
  field: string | undefined,
  text: string,
  extra: { variable?: string; position?: number } = {},
): LoadError {
  const where = field === undefined ? subject : `${subject} ${field}`;
  return {
    path: field === undefined ? path : `${path}.${field}`,
    message: `${where}: ${text}`,
    ...extra,
  };
}
