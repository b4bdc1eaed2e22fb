/**
 * First start: name, initials, role (surveyor unless chosen otherwise) and an optional PIN, which
 * become the active profile. Errors show under each field and focus moves to the first one in error.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../core/permissions/roles';
import type { NewProfile } from '../../db/profile-repository';
import { EMPTY_PROFILE_INPUT, normaliseProfileInput, validateProfileInput, type ProfileErrors, type ProfileInput } from './profile-input';
import { ProfileFields } from './ProfileFields';
import { refusalText } from '../../ui/refusal-text';

interface Props {
  onCreate(input: NewProfile): Promise<void>;
}

export function FirstStartForm({ onCreate }: Props) {
  const { t, i18n } = useTranslation('profile');
  const [input, setInput] = useState<ProfileInput>(EMPTY_PROFILE_INPUT);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const initialsRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => nameRef.current?.focus(), []);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const found = validateProfileInput(input);
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.initials) return initialsRef.current?.focus();
    if (found.pin) return pinRef.current?.focus();
    setSaving(true);
    setFailure('');
    try {
      await onCreate(normaliseProfileInput(input));
    } catch (err) {
      setFailure(t('firstStart.saveFailed', { message: refusalText(err, i18n.language) }));
      setSaving(false);
    }
  }

  return (
    <div className="first-start">
      <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{t('firstStart.title')}</h1>
        <p>{t('firstStart.intro')}</p>
        <ProfileFields idBase={id} input={input} errors={errors} roles={ROLES} nameRef={nameRef} initialsRef={initialsRef} pinRef={pinRef} onChange={(patch) => setInput((v) => ({ ...v, ...patch }))} />
        {failure ? <p role="alert" className="error">{failure}</p> : null}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('firstStart.saving') : t('firstStart.submit')}
        </button>
      </form>
    </div>
  );
}
