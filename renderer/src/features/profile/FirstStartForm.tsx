/**
 * First start: the surveyor gives a name and initials, which become the active profile. Errors show
 * under each field (aria-invalid + aria-describedby) and focus moves to the first field in error.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseProfileInput, validateProfileInput, type ProfileErrors, type ProfileInput } from './profile-input';

interface Props {
  onCreate(input: ProfileInput): Promise<void>;
}

export function FirstStartForm({ onCreate }: Props) {
  const { t } = useTranslation('profile');
  const [input, setInput] = useState<ProfileInput>({ name: '', initials: '' });
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const initialsRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => nameRef.current?.focus(), []);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const found = validateProfileInput(input);
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.initials) return initialsRef.current?.focus();
    setSaving(true);
    setFailure('');
    try {
      await onCreate(normaliseProfileInput(input));
    } catch (err) {
      setFailure(t('firstStart.saveFailed', { message: err instanceof Error ? err.message : String(err) }));
      setSaving(false);
    }
  }

  const field = (key: keyof ProfileInput, ref: typeof nameRef, autoComplete: string) => {
    const error = errors[key];
    const hintId = `${id}-${key}-hint`;
    const errorId = `${id}-${key}-error`;
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{t(`firstStart.${key}`)}</label>
        <input
          ref={ref}
          id={`${id}-${key}`}
          name={key}
          value={input[key]}
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => setInput((v) => ({ ...v, [key]: e.target.value }))}
        />
        <p id={hintId} className="hint">{t(`firstStart.${key}Hint`)}</p>
        {error ? <p id={errorId} className="error">{t(error)}</p> : null}
      </div>
    );
  };

  return (
    <div className="first-start">
      <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('firstStart.title')}</h1>
        <p>{t('firstStart.intro')}</p>
        {field('name', nameRef, 'name')}
        {field('initials', initialsRef, 'off')}
        {failure ? <p role="alert" className="error">{failure}</p> : null}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('firstStart.saving') : t('firstStart.submit')}
        </button>
      </form>
    </div>
  );
}
