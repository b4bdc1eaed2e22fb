/** The bar across the top: app name, the active profile, the language toggle and About / data safety. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../core/questionnaire/model';
import type { Profile } from '../db/records';
import { LanguageToggle } from '../features/settings/LanguageToggle';

interface Props {
  profile: Profile | null;
  lang: Lang;
  onLangChange(lang: Lang): void;
  /** Absent before a profile exists (first start). */
  onAbout?: () => void;
  aboutOpen: boolean;
}

export function AppHeader({ profile, lang, onLangChange, onAbout, aboutOpen }: Props) {
  const { t } = useTranslation('common');
  const { t: ts } = useTranslation('settings');
  const { t: tp } = useTranslation('profile');
  return (
    <header className="app-header">
      <p className="app-name">{t('appName')}</p>
      <span className="spacer" />
      {profile ? (
        <p className="profile-badge" title={tp('activeProfile', { name: profile.name, initials: profile.initials })}>
          <span className="profile-initials" aria-hidden="true">{profile.initials}</span>
          <span className="visually-hidden">{tp('activeProfile', { name: profile.name, initials: profile.initials })}</span>
          <span aria-hidden="true">{profile.name}</span>
        </p>
      ) : null}
      <LanguageToggle lang={lang} onChange={onLangChange} />
      {onAbout ? (
        <button type="button" onClick={onAbout} aria-current={aboutOpen ? 'page' : undefined}>
          {ts('shell.about')}
        </button>
      ) : null}
    </header>
  );
}
