/** Uniqueness of section ids and variable names. */
import { loadError, questionPath, type LoadError } from './load-error';
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
  const claim = (name: string, subject: string, path: string): void => {
    const first = names.get(name.toLowerCase());
    if (first === undefined) {
      names.set(name.toLowerCase(), path);
      return;
    }
    errors.push({ ...loadError(subject, path, 'name', `the name '${name}' is already used at ${first}`), variable: name });
  };
  def.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      errors.push(loadError(`Section '${section.id}'`, `sections[${s}]`, 'id', `the id '${section.id}' is used by another section`));
    }
    sectionIds.add(section.id);
    section.questions.forEach((question, q) => {
      const path = questionPath(s, q);
      claim(question.name, `Question '${question.name}'`, path);
      question.rows?.forEach((row, r) => claim(row.name, `Grid '${question.name}' row '${row.name}'`, `${path}.rows[${r}]`));
    });
  });
  def.derived.forEach((derived, d) => claim(derived.name, `Derived '${derived.name}'`, `derived[${d}]`));
  return errors;
}
