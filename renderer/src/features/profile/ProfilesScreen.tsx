/**
 * Profiles: who is on this device, switching to another profile (its PIN asked for when it has one;
 * a wrong PIN changes nothing), adding a profile and setting the own PIN.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../db/records';
import { refusalText } from '../../ui/refusal-text';
import { AddProfileForm } from './AddProfileForm';
import { OwnPinForm } from './OwnPinForm';
import { SwitchPinForm } from './SwitchPinForm';
import { useProfiles } from './use-profiles';
import { ScreenFrame } from '../../ui/ScreenFrame';
import './profiles.css';

interface Props {
  /** After a switch: the app carries on as `profile`. */
  onSwitched(profile: Profile): void;
}

export function ProfilesScreen({ onSwitched }: Props) {
  const { t, i18n } = useTranslation('profile');
  const { profile, list, loadError, add, switchTo, setOwnPin } = useProfiles();
  const [asking, setAsking] = useState<Profile | null>(null);
  const [message, setMessage] = useState('');

  async function doSwitch(target: Profile, pin: string | null): Promise<void> {
    const next = await switchTo(target.id, pin);
    onSwitched(next);
  }

  function choose(target: Profile) {
    setMessage('');
    if (target.hasPin) return setAsking(target);
    setAsking(null);
    doSwitch(target, null).catch((e: unknown) => setMessage(t('screen.switchFailed', { message: refusalText(e, i18n.language) })));
  }

  const own = list?.find((p) => p.id === profile.id) ?? profile;
  return (
    <ScreenFrame title={t('screen.title')} width="text" className="profiles-screen">
      <p>{t('screen.intro')}</p>
      <h2>{t('screen.listTitle')}</h2>
      {loadError ? <p role="alert" className="error">{refusalText(loadError, i18n.language)}</p> : null}
      <ul className="profile-list">
        {(list ?? []).map((p) => (
          <li key={p.id}>
            <span className="profile-initials" aria-hidden="true">{p.initials}</span>
            <span>
              {p.name} ({p.initials}) · {t(`roles.${p.role}`)}
              {p.hasPin ? ` · ${t('screen.hasPin')}` : ''}
              {p.id === profile.id ? ` ${t('screen.active')}` : ''}
            </span>
            {p.id !== profile.id ? (
              <button type="button" onClick={() => choose(p)} aria-expanded={p.hasPin ? asking?.id === p.id : undefined}>
                {t('screen.switchTo', { name: p.name })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {asking ? <SwitchPinForm key={asking.id} target={asking} onSwitch={(pin) => doSwitch(asking, pin)} onCancel={() => setAsking(null)} /> : null}
      <p role="alert" className="error">{message}</p>
      {list ? <AddProfileForm actor={profile} onAdd={add} /> : null}
      <OwnPinForm hasPin={own.hasPin} onSave={setOwnPin} />
    </ScreenFrame>
  );
}
