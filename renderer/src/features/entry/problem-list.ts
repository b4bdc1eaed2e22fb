import type { TFunction } from 'i18next';
import type { Evaluation } from '../../core/engine/evaluation';
import type { Lang, QuestionnaireDef } from '../../core/questionnaire/model';
import type { SaveState } from '../../ui/SaveIndicator';
import type { ListedProblem } from './CompletionPanel';
import { errorText } from './save-text';
import type { Layout } from './section-layout';
import type { FieldSave } from './use-commit-tracker';

/**
 * What stops "Mark as completed": answers that could not be saved first (completing would store
 * something else than is on screen), else every blocking problem, each named by section and question.
 */
export function listedProblems(
  t: TFunction<'entry'>,
  lang: Lang,
  def: QuestionnaireDef,
  layout: Layout,
  evaluation: Evaluation,
  saves: ReadonlyMap<string, FieldSave>,
): { unsaved: boolean; problems: ListedProblem[] } {
  const describe = (variable: string, message: string): ListedProblem => {
    const section = def.sections[layout.sectionOf.get(variable) ?? -1];
    return {
      variable,
      text: t('complete.problemLink', { section: section?.title[lang] ?? '', question: layout.labelOf(variable, lang), message }),
    };
  };
  const failed = [...saves].filter(([, save]) => save.state === 'error');
  if (failed.length > 0) {
    return {
      unsaved: true,
      problems: failed.map(([variable, save]) => describe(variable, t('save.failed', { message: errorText(t, save.error, lang) }))),
    };
  }
  return {
    unsaved: false,
    problems: evaluation.problems.filter((p) => p.blocking).map((p) => describe(p.variable, p.message[lang])),
  };
}

/** The form-wide save summary: any failure, else saving, else all saved. */
export function summarySave(t: TFunction<'entry'>, saves: ReadonlyMap<string, FieldSave>): { state: SaveState; text: string } {
  const states = [...saves.values()].map((s) => s.state);
  const failed = states.filter((s) => s === 'error').length;
  if (failed > 0) return { state: 'error', text: t('save.someFailed', { count: failed }) };
  if (states.includes('saving')) return { state: 'saving', text: t('save.someSaving') };
  if (states.includes('saved')) return { state: 'saved', text: t('save.allSaved') };
  return { state: 'idle', text: '' };
}
