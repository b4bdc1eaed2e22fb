/** Set, change or remove the own PIN; the current PIN is asked for when one is set. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../db/records';
import { refusalText } from '../../ui/refusal-text';
import { isPinFormat } from './profile-input';

interface Props {
  hasPin: boolean;
  onSave(pin: string | null, currentPin: string | null): Promise<Profile>;
}

export function OwnPinForm({ hasPin, onSave }: Props) {
  const { t, i18n } = useTranslation('profile');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();

  async function save(pin: string | null) {
    if (busy) return;
    if (pin !== null && !isPinFormat(pin)) return setOutcome({ ok: false, text: t('errors.pinFormat') });
    if (hasPin && current === '') return setOutcome({ ok: false, text: t('errors.pinRequired') });
    setBusy(true);
    setOutcome(null);
    try {
      await onSave(pin, hasPin ? current : null);
      setOutcome({ ok: true, text: pin === null ? t('screen.pinCleared') : t('screen.pinSaved') });
      setCurrent('');
      setNext('');
    } catch (err) {
      setOutcome({ ok: false, text: t('screen.pinFailed', { message: refusalText(err, i18n.language) }) });
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void save(next);
  };

  return (
    <form className="own-pin" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('screen.pinTitle')}</h2>
      <p>{hasPin ? t('screen.pinIsSet') : t('screen.pinIsNotSet')}</p>
      {hasPin ? (
        <div className="field">
          <label htmlFor={`${id}-current`}>{t('screen.currentPin')}</label>
          <input id={`${id}-current`} type="password" inputMode="numeric" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-new`}>{t('screen.newPin')}</label>
        <input id={`${id}-new`} type="password" inputMode="numeric" autoComplete="new-password" aria-describedby={`${id}-hint`} value={next} onChange={(e) => setNext(e.target.value)} />
        <p id={`${id}-hint`} className="hint">{t('fields.pinHint')}</p>
      </div>
      <button type="submit" className="primary" disabled={busy}>{t('screen.setPin')}</button>
      {hasPin ? (
        <button type="button" disabled={busy} onClick={() => void save(null)}>{t('screen.clearPin')}</button>
      ) : null}
      <p role="status">{outcome?.ok ? outcome.text : ''}</p>
      <p role="alert" className="error">{outcome && !outcome.ok ? outcome.text : ''}</p>
    </form>
  );
}
