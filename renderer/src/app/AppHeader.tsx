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
  /** The profile screen (switch, add, PIN) and the review queue (auditors, coordinators); absent when not offered. */
  onProfiles?: () => void;
  onReview?: () => void;
  profileOpen?: 'profiles' | 'review' | null;
  /** The audit screen (verify, audit export) and the data-quality report (auditors, coordinators); absent when not offered. */
  onAudit?: () => void;
  onQuality?: () => void;
  auditOpen?: 'audit' | 'quality' | null;
  /** The coordinator overview and the conflict resolution view (coordinators); absent when not offered. */
  onOverview?: () => void;
  onConflicts?: () => void;
  exchangeOpen?: 'overview' | 'conflicts' | null;
  /** Send to coordinator and package import (everyone but auditors); absent when not offered. */
  onSendImport?: () => void;
  sendImportOpen?: boolean;
}

export function AppHeader({ profile, lang, onLangChange, onAbout, aboutOpen, onDashboard, onWeights, coordinatorOpen, onProfiles, onReview, profileOpen, onAudit, onQuality, auditOpen, onOverview, onConflicts, exchangeOpen, onSendImport, sendImportOpen }: Props) {
  const { t } = useTranslation('common');
  const { t: ts } = useTranslation('settings');
  const { t: tp } = useTranslation('profile');
  const { t: td } = useTranslation('dashboard');
  const { t: tw } = useTranslation('weights');
  const { t: tr } = useTranslation('review');
  const { t: ta } = useTranslation('audit');
  const { t: tq } = useTranslation('quality');
  const { t: to } = useTranslation('overview');
  const { t: tc } = useTranslation('conflicts');
  const { t: tx } = useTranslation('exchange');
  return (
    <header className="app-header">
      <p className="app-name">{t('appName')}</p>
      <span className="spacer" />
      {profile ? (
        <p className="profile-badge" title={tp('activeProfile', { name: profile.name, initials: profile.initials, role: tp(`roles.${profile.role}`) })}>
          <span className="profile-initials" aria-hidden="true">{profile.initials}</span>
          <span className="visually-hidden">{tp('activeProfile', { name: profile.name, initials: profile.initials, role: tp(`roles.${profile.role}`) })}</span>
          <span aria-hidden="true">{profile.name} · {tp(`roles.${profile.role}`)}</span>
        </p>
      ) : null}
      {onProfiles ? (
        <button type="button" onClick={onProfiles} aria-current={profileOpen === 'profiles' ? 'page' : undefined}>
          {tp('nav')}
        </button>
      ) : null}
      <LanguageToggle lang={lang} onChange={onLangChange} />
      {onReview ? (
        <button type="button" onClick={onReview} aria-current={profileOpen === 'review' ? 'page' : undefined}>
          {tr('nav')}
        </button>
      ) : null}
      {onQuality ? (
        <button type="button" onClick={onQuality} aria-current={auditOpen === 'quality' ? 'page' : undefined}>
          {tq('nav')}
        </button>
      ) : null}
      {onAudit ? (
        <button type="button" onClick={onAudit} aria-current={auditOpen === 'audit' ? 'page' : undefined}>
          {ta('nav')}
        </button>
      ) : null}
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
      {onOverview ? (
        <button type="button" onClick={onOverview} aria-current={exchangeOpen === 'overview' ? 'page' : undefined}>
          {to('nav')}
        </button>
      ) : null}
      {onConflicts ? (
        <button type="button" onClick={onConflicts} aria-current={exchangeOpen === 'conflicts' ? 'page' : undefined}>
          {tc('nav')}
        </button>
      ) : null}
      {onSendImport ? (
        <button type="button" onClick={onSendImport} aria-current={sendImportOpen ? 'page' : undefined}>
          {tx('nav')}
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
