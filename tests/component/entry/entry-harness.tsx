/**
 * A tiny host for EntryForm: the real built-in questionnaire and engine, answers kept in React state
 * the way the store keeps them. `save` decides what a commit does (resolve, fail, wait).
 */
import { useState, type ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { Answers, AnswerValue, Lang, Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import type { KeystrokeTally } from '../../../renderer/src/core/keying/keystroke-tally';
import type { AfterCompleteChoice } from '../../../renderer/src/features/entry/AfterCompletePanel';
import { EntryForm } from '../../../renderer/src/features/entry/EntryForm';
import { initI18n } from '../../../renderer/src/i18n/i18n';

export const questionnaire = loadBuiltinQuestionnaire();

/** The wording of a question or grid row, as the surveyor reads it. */
export function wording(name: string, lang: Lang = 'da'): string {
  const variable = questionnaire.byName.get(name);
  if (variable) return (variable.row?.label ?? variable.label)[lang];
  // A grid is not a variable of its own (its rows are).
  const grid = questionnaire.def.sections.flatMap((s) => s.questions).find((q) => q.name === name);
  if (!grid) throw new Error(`no question ${name}`);
  return grid.label[lang];
}

export interface Commit {
  field: string;
  value: AnswerValue | undefined;
}

export interface HarnessOptions {
  /** Another questionnaire than the built-in one. */
  questionnaire?: Questionnaire;
  /** Puts the form inside something (a router with the shell's leave guard). */
  wrap?: (form: ReactNode) => ReactNode;
  answers?: Answers;
  lang?: Lang;
  readOnly?: boolean;
  status?: 'draft' | 'completed';
  /** Runs before the answer is stored; throw (reject) to refuse the save. */
  save?: (commit: Commit) => Promise<void> | void;
  onComplete?: () => Promise<void>;
  onReopen?: () => Promise<void>;
  /** The profile keys with auto-advance (the form's own default is off). */
  autoAdvance?: boolean;
  onLeave?: () => void;
  afterComplete?: AfterCompleteChoice;
  onKeystrokes?: (tally: KeystrokeTally) => void;
}

/** What a test gets: the user, the rendered form, the commits made and the answers as stored. */
export interface EntryHarness {
  user: ReturnType<typeof userEvent.setup>;
  view: RenderResult;
  commits: Commit[];
  stored: { answers: Answers };
}

export async function renderEntry(options: HarnessOptions = {}): Promise<EntryHarness> {
  const lang = options.lang ?? 'da';
  await initI18n(lang);
  const commits: Commit[] = [];
  const stored: { answers: Answers } = { answers: options.answers ?? {} };

  function Harness() {
    const [answers, setAnswers] = useState<Answers>(stored.answers);
    const [status, setStatus] = useState(options.status ?? 'draft');
    const onCommit = async (field: string, value: AnswerValue | undefined) => {
      commits.push({ field, value });
      await options.save?.({ field, value });
      const next: Record<string, AnswerValue> = { ...stored.answers };
      if (value === undefined) delete next[field];
      else next[field] = value;
      stored.answers = next;
      setAnswers(next);
    };
    return (
      <EntryForm
        questionnaire={options.questionnaire ?? questionnaire}
        answers={answers}
        lang={lang}
        readOnly={options.readOnly ?? (options.afterComplete ? status !== 'draft' : false)}
        status={status}
        onCommit={onCommit}
        onComplete={async () => {
          await options.onComplete?.();
          setStatus('completed');
        }}
        {...(options.onReopen ? { onReopen: options.onReopen } : {})}
        {...(options.autoAdvance !== undefined ? { autoAdvance: options.autoAdvance } : {})}
        {...(options.onLeave ? { onLeave: options.onLeave } : {})}
        {...(options.afterComplete ? { afterComplete: options.afterComplete } : {})}
        {...(options.onKeystrokes ? { onKeystrokes: options.onKeystrokes } : {})}
      />
    );
  }

  const user = userEvent.setup();
  const view = render(options.wrap ? options.wrap(<Harness />) : <Harness />);
  return { user, view, commits, stored };
}
