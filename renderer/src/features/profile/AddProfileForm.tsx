/**
 * "Add a profile": coordinators add any role; others add surveyors (and, while the device has no
 * coordinator, any role, as the store allows). What the store refuses is said as it says it.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/permissions/permissions';
import { ROLES } from '../../core/permissions/roles';
import type { NewProfile } from '../../db/profile-repository';
import type { Profile } from '../../db/records';
import { refusalText } from '../../ui/refusal-text';
import { EMPTY_PROFILE_INPUT, normaliseProfileInput, validateProfileInput, type ProfileErrors, type ProfileInput } from './profile-input';
import { ProfileFields } from './ProfileFields';

interface Props {
  actor: Profile;
  onAdd(input: NewProfile): Promise<Profile>;
}

export function AddProfileForm({ actor, onAdd }: Props) {
  const { t, i18n } = useTranslation('profile');
  const [input, setInput] = useState<ProfileInput>(EMPTY_PROFILE_INPUT);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const initialsRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const roles = ROLES.filter((role) => can(actor.role, 'create-profile', { targetRole: role }).allowed);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const found = validateProfileInput(input);
    setErrors(found);
    setOutcome(null);
    if (found.name) return nameRef.current?.focus();
    if (found.initials) return initialsRef.current?.focus();
    if (found.pin) return pinRef.current?.focus();
    setBusy(true);
    try {
      const created = await onAdd(normaliseProfileInput(input));
      setOutcome({ ok: true, text: t('screen.added', { name: created.name, role: t(`roles.${created.role}`) }) });
      setInput(EMPTY_PROFILE_INPUT);
      nameRef.current?.focus();
    } catch (err) {
      setOutcome({ ok: false, text: t('screen.addFailed', { message: refusalText(err, i18n.language) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-profile" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('screen.addTitle')}</h2>
      <p>{actor.role === 'coordinator' ? t('screen.addHintCoordinator') : t('screen.addHintOther')}</p>
      <ProfileFields idBase={id} input={input} errors={errors} roles={roles} nameRef={nameRef} initialsRef={initialsRef} pinRef={pinRef} onChange={(patch) => setInput((v) => ({ ...v, ...patch }))} />
      <button type="submit" className="primary" disabled={busy}>{t('screen.add')}</button>
      <p role="status">{outcome?.ok ? outcome.text : ''}</p>
      <p role="alert" className="error">{outcome && !outcome.ok ? outcome.text : ''}</p>
    </form>
  );
}
