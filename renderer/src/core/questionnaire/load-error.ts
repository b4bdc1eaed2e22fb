/** What `loadQuestionnaire` reports about a definition it refuses. */
import type { LocalText } from '../local-text';

/** One problem in a questionnaire definition. */
export interface LoadError {
  /** Where in the definition, e.g. `sections[2].questions[4].relevant`. */
  path: string;
  /** In English, naming the question (or section, list, derived variable), e.g. `Question 'novelty' relevant: unknown question 'innov_anyy' at position 2`. */
  message: string;
  /**
   * The message in both UI languages (`en` is `message`), e.g. in Danish
   * `Spørgsmålet 'novelty' (relevant): ukendt spørgsmål 'innov_anyy' ved tegn 3`. The UI shows the one of its language.
   */
  text: LocalText;
  /** The variable concerned, when there is one. */
  variable?: string;
  /** For expression errors: the 0-based character offset in the expression. */
  position?: number;
}

/** `sections[i].questions[j]` */
export function questionPath(sectionIndex: number, questionIndex: number): string {
  return `sections[${sectionIndex}].questions[${questionIndex}]`;
}

/** How messages name an element of a definition, in both languages. */
export const subjects = {
  questionnaire: { da: 'Spørgeskemaet', en: 'The questionnaire' },
  question: (name: string): LocalText => ({ da: `Spørgsmålet '${name}'`, en: `Question '${name}'` }),
  section: (id: string): LocalText => ({ da: `Afsnittet '${id}'`, en: `Section '${id}'` }),
  gridRow: (grid: string, row: string): LocalText => ({ da: `Rækken '${row}' i gitteret '${grid}'`, en: `Grid '${grid}' row '${row}'` }),
  derived: (name: string): LocalText => ({ da: `Den afledte variabel '${name}'`, en: `Derived '${name}'` }),
  choiceList: (name: string): LocalText => ({ da: `Listen '${name}'`, en: `Choice list '${name}'` }),
} as const;

/** A `LoadError` with the message "<subject>: <text>" (in Danish too), for a path. */
export function loadErrorAt(path: string, subject: LocalText, text: LocalText, extra: { variable?: string; position?: number } = {}): LoadError {
  const both = { da: `${subject.da}: ${text.da}`, en: `${subject.en}: ${text.en}` };
  return { path, message: both.en, text: both, ...extra };
}

/**
 * Builds a `LoadError` for a field of a definition element: message "<subject> <field>: <text>"
 * (in Danish "<subject> (<field>): <text>", the field named by its key in the definition).
 */
export function loadError(
  subject: LocalText,
  path: string,
  field: string | undefined,
  text: LocalText,
  extra: { variable?: string; position?: number } = {},
): LoadError {
  const where = field === undefined ? subject : { da: `${subject.da} (${field})`, en: `${subject.en} ${field}` };
  return loadErrorAt(field === undefined ? path : `${path}.${field}`, where, text, extra);
}
