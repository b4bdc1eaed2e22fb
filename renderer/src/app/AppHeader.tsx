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
  /** The coordinator screens (absent before a profile exists), and which of them is open. */
  onDashboard?: () => void;
  onWeights?: () => void;
  coordinatorOpen?: 'dashboard' | 'weights' | null;
}

export function AppHeader({ profile, lang, onLangChange, onAbout, aboutOpen, onDashboard, onWeights, coordinatorOpen }: Props) {
  const { t } = useTranslation('common');
  const { t: ts } = useTranslation('settings');
  const { t: tp } = useTranslation('profile');
  const { t: td } = useTranslation('dashboard');
  const { t: tw } = useTranslation('weights');
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
      {onDashboard ? (
        <button type="button" onClick={onDashboard} aria-current={coordinatorOpen === 'dashboard' ? 'page' : undefined}>
          {td('nav')}
        </button>
      ) : null}
      {onWeights ? (
        <button type="button" onClick={onWeights} aria-current={coordinatorOpen === 'weights' ? 'page' : undefined}>
          {tw('nav')}
        </button>
      ) : null}
      {onAbout ? (
        <button type="button" onClick={onAbout} aria-current={aboutOpen ? 'page' : undefined}>
          {ts('shell.about')}
        </button>
      ) : null}
    </header>
  );
}
