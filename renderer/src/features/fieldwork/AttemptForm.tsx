/**
 * Recording an attempt in a few keys: the focus starts on the outcomes, an outcome's number picks it,
 * Enter saves (outside the note). How the attempt was made defaults to the phone.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTEMPT_MODES, RECORDABLE, type Attempt, type AttemptMode, type Disposition } from '../../core/fieldwork/dispositions';
import type { Lang } from '../../core/questionnaire/model';
import { formatDateTime } from '../../ui/format';

interface Props {
  name: string;
  history: readonly Attempt[];
  lang: Lang;
  onSave(input: { mode: AttemptMode; outcome: Disposition; note: string }): Promise<void>;
  onCancel(): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function AttemptForm({ name, history, lang, onSave, onCancel }: Props) {
  const { t } = useTranslation('fieldwork');
  const [mode, setMode] = useState<AttemptMode>('phone');
  const [outcome, setOutcome] = useState<Disposition | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const titleId = `attempt-${name.replace(/\W+/g, '-')}`;

  async function save() {
    if (outcome === null) return setError(t('attempt.outcomeHint'));
    try {
      await onSave({ mode, outcome, note });
    } catch (e) {
      setError(t('attempt.failed', { message: messageOf(e) }));
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    const inNote = e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (inNote) return;
    const picked = RECORDABLE.find((d) => d.key === e.key);
    if (picked) {
      e.preventDefault();
      setOutcome(picked.code);
      document.getElementById(`${titleId}-${picked.code}`)?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
  }

  return (
    <form className="fieldwork-attempt" aria-labelledby={titleId} onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3 id={titleId}>{t('attempt.title', { name })}</h3>
      <fieldset>
        <legend>{t('attempt.outcome')}</legend>
        <p className="hint">{t('attempt.outcomeHint')}</p>
        <div className="fieldwork-outcomes">
          {RECORDABLE.map((d, i) => (
            <label key={d.code}>
              <input
                ref={i === 0 ? first : undefined}
                id={`${titleId}-${d.code}`}
                type="radio"
                name={`${titleId}-outcome`}
                value={d.code}
                checked={outcome === d.code}
                onChange={() => setOutcome(d.code)}
              />
              <span className="fieldwork-code" aria-hidden="true">{d.key}</span>
              {d.label[lang]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('attempt.mode')}</legend>
        <div className="fieldwork-modes">
          {ATTEMPT_MODES.map((m) => (
            <label key={m}>
              <input type="radio" name={`${titleId}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`attempt.modes.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t('attempt.note')}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      </label>
      <p role="alert" className="error">{error}</p>
      <div className="fieldwork-actions">
        <button type="submit" className="primary">{t('attempt.save')}</button>
        <button type="button" onClick={onCancel}>{t('attempt.cancel')}</button>
      </div>
      <h4>{t('attempt.history')}</h4>
      {history.length === 0 ? (
        <p className="hint">{t('attempt.noHistory')}</p>
      ) : (
        <ul className="fieldwork-history">
          {history.map((a) => (
            <li key={a.id}>
              {formatDateTime(a.at, lang)} · {t(`attempt.modes.${a.mode}`)} · {RECORDABLE.find((d) => d.code === a.outcome)?.label[lang] ?? a.outcome}
              {a.note ? ` · ${a.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
