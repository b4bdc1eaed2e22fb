import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/engine/evaluation';
import type { Lang } from '../../core/questionnaire/model';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { hintId, requiredId } from './fields/field-props';
import { saveText } from './save-text';
import type { FieldSave } from './use-commit-tracker';

export const problemsId = (id: string) => `${id}-problems`;
export const saveId = (id: string) => `${id}-save`;
export const commentsId = (id: string) => `${id}-comments`;
export const IDLE: FieldSave = { state: 'idle' };

/** aria-describedby of a control: its hint, its "required" note, its problems, a failed save and comments on it. */
export function describedByFor(
  id: string,
  parts: { hint: boolean; required: boolean; problems: boolean; saveFailed: boolean; comments?: boolean },
): string | undefined {
  const ids = [
    parts.hint && hintId(id),
    parts.required && requiredId(id),
    parts.problems && problemsId(id),
    parts.saveFailed && saveId(id),
    parts.comments === true && commentsId(id),
  ].filter((x): x is string => typeof x === 'string');
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * Problems and save state beside a question (or grid row). The problem list is a polite live
 * region that is always present, so a new problem is announced without interrupting the typist.
 */
export function FieldFeedback({ id, problems, save, lang, kept }: { id: string; problems: readonly Problem[]; save: FieldSave; lang: Lang; kept?: string }) {
  const { t } = useTranslation('entry', { lng: lang });
  // "Gemt" never stands beside an error: the field's problem is what the typist must see.
  const shown = save.state === 'saved' && problems.some((p) => p.blocking) ? IDLE : save;
  return (
    <div className="q-feedback">
      <div id={problemsId(id)} className="q-problems" aria-live="polite">
        {problems.map((p) => (
          <p key={`${p.variable}-${p.code}`} className={p.blocking ? 'q-problem' : 'q-problem q-warning'}>
            {kept !== undefined ? t('refused.notSaved', { message: p.message[lang] }) : p.blocking ? p.message[lang] : t('refused.warning', { message: p.message[lang] })}
          </p>
        ))}
        {kept !== undefined ? <p className="q-kept">{kept}</p> : null}
      </div>
      <SaveIndicator id={saveId(id)} state={shown.state} text={saveText(t, shown, lang)} />
    </div>
  );
}
