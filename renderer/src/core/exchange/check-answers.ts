/**
 * Every incoming answer must fit its questionnaire version (issue 10, item 4): a package whose
 * response holds `sector_level = "mars"` or `n_employees = "lots"` is refused whole, naming the
 * response key and the variable. Checked in the package reader (in its Worker), after the
 * questionnaires loaded and the histories held together, against each content a revision tree
 * carries (every leaf: a conflict's sides too).
 *
 * What is checked: the variable exists in that version and is answered (not derived); the value's
 * kind fits its type (a whole number for integer/year, a finite number for decimal, text for text
 * and single choices, an existing day written YYYY-MM-DD for dates, a list of distinct texts for
 * multiple choices); every code is an option of its list. Range, pattern and constraint are not checked here: those are data-quality findings
 * (a soft constraint's answer is stored on purpose), and a pattern from a file is not run on
 * import at all (see `answer-pattern.ts`). Empty answers ('' and []) are accepted as "not
 * answered".
 */
import { isIsoDate } from '../dates/calendar-date';
import type { AnswerValue, LocalText, Questionnaire, Variable } from '../questionnaire/model';
import type { PackageDocument } from './package-schema';
import { packageError, type PackageError } from './package-error';

/** A compiled questionnaire version, if available (embedded in the package or stored here). */
export type QuestionnaireSource = (id: string, version: string) => Questionnaire | undefined;

const shown = (value: AnswerValue): string => {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Why `value` does not fit `variable`, or undefined when it does. */
export function answerProblem(variable: Variable | undefined, value: AnswerValue): LocalText | undefined {
  if (variable === undefined) return { en: 'the questionnaire has no such question', da: 'spørgeskemaet har ikke det spørgsmål' };
  if (variable.kind === 'derived') {
    return { en: 'it is a derived variable, which is computed and never answered', da: 'det er en afledt variabel, som beregnes og aldrig besvares' };
  }
  if (value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  const codes = variable.choices ? new Set(variable.choices.map((c) => c.code)) : undefined;
  const v = shown(value);
  switch (variable.valueKind) {
    case 'number': {
      if (typeof value !== 'number') return { en: `${v} is not a number`, da: `${v} er ikke et tal` };
      const whole = variable.type === 'integer' || variable.type === 'year';
      if (whole && !Number.isInteger(value)) return { en: `${v} is not a whole number`, da: `${v} er ikke et helt tal` };
      return undefined;
    }
    case 'multi': {
      if (!Array.isArray(value)) return { en: `${v} is not a list of options`, da: `${v} er ikke en liste af svarmuligheder` };
      if (new Set(value).size !== value.length) return { en: `${v} names an option twice`, da: `${v} nævner en svarmulighed to gange` };
      const unknown = value.filter((code) => !codes?.has(code));
      if (unknown.length > 0) {
        return { en: `${shown(unknown)} is not an option of this question`, da: `${shown(unknown)} er ikke en svarmulighed til spørgsmålet` };
      }
      return undefined;
    }
    case 'string': {
      if (typeof value !== 'string') return { en: `${v} is not a text`, da: `${v} er ikke en tekst` };
      if (variable.type === 'date' && !isIsoDate(value)) return { en: `${v} is not a date (YYYY-MM-DD)`, da: `${v} er ikke en dato (ÅÅÅÅ-MM-DD)` };
      if (codes && !codes.has(value)) return { en: `${v} is not an option of this question`, da: `${v} er ikke en svarmulighed til spørgsmålet` };
      return undefined;
    }
  }
}

/**
 * The first answer in the document that does not fit its questionnaire, as a package error. A
 * response whose questionnaire version is not available as a definition (neither embedded nor
 * stored) cannot be checked here and is left to the questionnaire check, which refuses it.
 */
export function checkAnswers(document: PackageDocument, questionnaire: QuestionnaireSource): PackageError | undefined {
  for (const [index, response] of document.content.responses.entries()) {
    const q = questionnaire(response.questionnaireId, response.questionnaireVersion);
    if (q === undefined) continue;
    for (const [leaf, { content }] of response.revisions.contents.entries()) {
      for (const [name, value] of Object.entries(content.answers)) {
        const problem = answerProblem(q.byName.get(name), value);
        if (problem === undefined) continue;
        return packageError(
          'invalid-answer',
          {
            en: `Response ${response.key} holds an answer that does not fit its questionnaire (${q.id}, version ${q.version}): ${name}: ${problem.en}. Nothing from the package was imported; ask the surveyor to check the response and send again.`,
            da: `Besvarelse ${response.key} har et svar, der ikke passer til dens spørgeskema (${q.id}, version ${q.version}): ${name}: ${problem.da}. Intet fra pakken er importeret; bed intervieweren kontrollere besvarelsen og sende igen.`,
          },
          { path: `content.responses[${index}].revisions.contents[${leaf}].content.answers.${name}`, details: [`response ${response.key} (${response.id}), variable ${name}`] },
        );
      }
    }
  }
  return undefined;
}
