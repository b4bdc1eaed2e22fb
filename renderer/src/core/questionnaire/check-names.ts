/** Uniqueness of section ids and variable names. */
import type { LocalText } from '../local-text';
import { loadError, questionPath, subjects, type LoadError } from './load-error';
import type { QuestionnaireDef } from './model';

/**
 * Section ids are unique, and so are the names of questions (grids included), grid rows and derived
 * variables together. Names are compared ignoring case, because they become export columns and
 * statistics packages such as SPSS do not tell `Novelty` from `novelty`.
 */
export function checkNames(def: QuestionnaireDef): LoadError[] {
  const errors: LoadError[] = [];
  const sectionIds = new Set<string>();
  const names = new Map<string, string>();
  const claim = (name: string, subject: LocalText, path: string): void => {
    const first = names.get(name.toLowerCase());
    if (first === undefined) {
      names.set(name.toLowerCase(), path);
      return;
    }
    const text = { da: `navnet '${name}' er allerede brugt ved ${first}`, en: `the name '${name}' is already used at ${first}` };
    errors.push({ ...loadError(subject, path, 'name', text), variable: name });
  };
  def.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      const text = { da: `id'et '${section.id}' bruges af et andet afsnit`, en: `the id '${section.id}' is used by another section` };
      errors.push(loadError(subjects.section(section.id), `sections[${s}]`, 'id', text));
    }
    sectionIds.add(section.id);
    section.questions.forEach((question, q) => {
      const path = questionPath(s, q);
      claim(question.name, subjects.question(question.name), path);
      question.rows?.forEach((row, r) => claim(row.name, subjects.gridRow(question.name, row.name), `${path}.rows[${r}]`));
    });
  });
  def.derived.forEach((derived, d) => claim(derived.name, subjects.derived(derived.name), `derived[${d}]`));
  return errors;
}
