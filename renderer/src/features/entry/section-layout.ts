import type { Evaluation } from '../../core/engine/evaluation';
import type { Lang, QuestionDef, QuestionnaireDef } from '../../core/questionnaire/model';

/** Where each variable (question or grid row) is, and how to name it in a list of problems. */
export interface Layout {
  sectionOf: ReadonlyMap<string, number>;
  labelOf(variable: string, lang: Lang): string;
}

export function buildLayout(def: QuestionnaireDef): Layout {
  const sectionOf = new Map<string, number>();
  const labels = new Map<string, (lang: Lang) => string>();
  def.sections.forEach((section, index) => {
    for (const q of section.questions) {
      sectionOf.set(q.name, index);
      labels.set(q.name, (lang) => q.label[lang]);
      for (const row of q.rows ?? []) {
        sectionOf.set(row.name, index);
        labels.set(row.name, (lang) => `${q.label[lang]} – ${row.label[lang]}`);
      }
    }
  });
  return { sectionOf, labelOf: (variable, lang) => labels.get(variable)?.(lang) ?? variable };
}

/** A variable is shown only when the engine says it is asked. */
export function isAsked(evaluation: Evaluation, variable: string): boolean {
  const state = evaluation.states.get(variable);
  return state !== undefined && state !== 'skipped';
}

/** A grid is shown when any of its rows is asked. */
export function questionAsked(evaluation: Evaluation, q: QuestionDef): boolean {
  if (q.type === 'grid') return (q.rows ?? []).some((row) => isAsked(evaluation, row.name));
  return isAsked(evaluation, q.name);
}

/** Whether each section (in definition order) has anything asked. */
export function askedSections(def: QuestionnaireDef, evaluation: Evaluation): boolean[] {
  return def.sections.map((s) => evaluation.sections.find((p) => p.sectionId === s.id)?.asked ?? false);
}

/** The nearest asked section before (-1) or after (+1) `from`, or -1 if there is none. */
export function stepAsked(asked: readonly boolean[], from: number, direction: 1 | -1): number {
  for (let i = from + direction; i >= 0 && i < asked.length; i += direction) if (asked[i]) return i;
  return -1;
}
