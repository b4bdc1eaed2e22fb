/** The PIN of the profile to switch to. A wrong PIN is said beside the field, and nothing changes. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import type { Profile } from '../../db/records';
import { refusalText } from '../../ui/refusal-text';

interface Props {
  target: Profile;
  onSwitch(pin: string): Promise<void>;
  onCancel(): void;
}

export function SwitchPinForm({ target, onSwitch, onCancel }: Props) {
  const { t, i18n } = useTranslation('profile');
  const { t: tc } = useTranslation('common');
  const { readOnlyReason } = useServices();
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => ref.current?.focus(), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    if (pin === '') {
      setError(t('errors.pinRequired'));
      return ref.current?.focus();
    }
    setBusy(true);
    setError('');
    try {
      await onSwitch(pin);
    } catch (err) {
      setError(t('screen.switchFailed', { message: refusalText(err, i18n.language) }));
      setPin('');
      setBusy(false);
      ref.current?.focus();
    }
  }

  return (
    <form className="switch-pin" noValidate onSubmit={(e) => void submit(e)} aria-label={t('screen.switchTo', { name: target.name })}>
      <div className="field">
        <label htmlFor={id}>{t('screen.pinFor', { name: target.name })}</label>
        <input
          ref={ref}
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setPin(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        />
        <p id={`${id}-error`} role="alert" className="error">{error}</p>
      </div>
      <button type="submit" className="primary" disabled={busy || readOnlyReason !== null}>{t('screen.confirmSwitch')}</button>
      <button type="button" onClick={onCancel}>{tc('cancel')}</button>
    </form>
  );
}
