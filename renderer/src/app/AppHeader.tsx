/** The bar across the top: the app's name, who is working and as what, and the language. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../core/questionnaire/model';
import type { Profile } from '../db/records';
import { LanguageToggle } from '../features/settings/LanguageToggle';

interface Props {
  /** Absent at first start, before a profile exists. */
  profile?: Profile | null;
  lang: Lang;
  onLangChange(lang: Lang): void;
}

export function AppHeader({ profile, lang, onLangChange }: Props) {
  const { t } = useTranslation('common');
  const { t: tp } = useTranslation('profile');
  const who = profile ? tp('activeProfile', { name: profile.name, initials: profile.initials, role: tp(`roles.${profile.role}`) }) : '';
  return (
    <header className="app-header">
      <p className="app-name">{t('appName')}</p>
      <span className="spacer" />
      {profile ? (
        <p className="profile-badge" title={who}>
          <span className="profile-initials" aria-hidden="true">{profile.initials}</span>
          <span className="visually-hidden">{who}</span>
          <span className="profile-name" aria-hidden="true">{profile.name}</span>
          <span className="profile-role" aria-hidden="true">{tp(`roles.${profile.role}`)}</span>
        </p>
      ) : null}
      <LanguageToggle lang={lang} onChange={onLangChange} />
    </header>
  );
}
