/** Lays out the variables of a definition in questionnaire order. */
import { choiceListOf } from './check-choice-lists';
import type { LocalText } from '../local-text';
import { questionPath, subjects } from './load-error';
import type { QuestionnaireDef, ValueKind, Variable } from './model';

/** A variable together with where it is defined, for error messages and for compiling its conditions. */
export interface VariableEntry {
  variable: Variable;
  /** Definition path of the question, grid row or derived variable. */
  path: string;
  /** How messages name it: `Question 'x'`, `Grid 'g' row 'r'`, `Derived 'd'` (and in Danish). */
  subject: LocalText;
  /** Index of its section (questions and grid rows). */
  sectionIndex?: number;
  /** Path of the question that holds its relevant and constraint (for a grid row: the grid's). */
  questionPath?: string;
}

const QUESTION_KINDS: Readonly<Record<string, ValueKind>> = {
  text: 'string',
  longtext: 'string',
  single: 'string',
  integer: 'number',
  decimal: 'number',
  year: 'number',
  date: 'string',
  multi: 'multi',
};

/** How a variable's value is held. */
export function valueKindOf(type: Variable['type']): ValueKind {
  return QUESTION_KINDS[type] ?? 'string';
}

/**
 * Questions in section order (a grid contributes one single-choice `grid-row` variable per row),
 * then derived variables. Conditions are attached later, when compiled.
 */
export function buildVariables(def: QuestionnaireDef): VariableEntry[] {
  const entries: VariableEntry[] = [];
  def.sections.forEach((section, sectionIndex) => {
    section.questions.forEach((question, q) => {
      const path = questionPath(sectionIndex, q);
      const choices = choiceListOf(def, question.choices);
      const shared = { sectionId: section.id, question, ...(choices && { choices }) };
      if (question.type !== 'grid') {
        const variable: Variable = {
          name: question.name,
          kind: 'question',
          type: question.type,
          valueKind: valueKindOf(question.type),
          label: question.label,
          ...shared,
        };
        entries.push({ variable, path, subject: subjects.question(question.name), sectionIndex, questionPath: path });
        return;
      }
      (question.rows ?? []).forEach((row, r) => {
        const variable: Variable = {
          name: row.name,
          kind: 'grid-row',
          type: 'single',
          valueKind: 'string',
          label: row.label,
          row,
          ...shared,
        };
        const subject = subjects.gridRow(question.name, row.name);
        entries.push({ variable, path: `${path}.rows[${r}]`, subject, sectionIndex, questionPath: path });
      });
    });
  });
  def.derived.forEach((derived, d) => {
    const choices = choiceListOf(def, derived.choices);
    const variable: Variable = {
      name: derived.name,
      kind: 'derived',
      type: derived.type,
      valueKind: valueKindOf(derived.type),
      label: derived.label,
      derived,
      ...(choices && { choices }),
    };
    entries.push({ variable, path: `derived[${d}]`, subject: subjects.derived(derived.name) });
  });
  return entries;
}
