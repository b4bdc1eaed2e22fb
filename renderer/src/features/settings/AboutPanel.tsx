/**
 * About / data safety: where the responses are kept, whether the browser promised to keep them
 * (persistent storage), and what the app and store hold. Peers' users lose browser data most of all,
 * so this says it plainly.
 */
import { say } from '../../i18n/say';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import { localeOf } from '../../app/locale';
import { formatBytes } from '../../ui/format-bytes';
import { formatDate } from '../../ui/format';
import { ScreenFrame } from '../../ui/ScreenFrame';

export interface AboutInfo {
  /** A folder path (Electron) or null in a browser, where the origin is shown instead. */
  dataLocation: string | null;
  origin: string;
  appVersion: string;
  /** When this build was made (ISO 8601), or null when unknown (an unbuilt copy). */
  buildDate?: string | null;
  questionnaireId: string;
  questionnaireVersion: string;
  readOnlyReason: string | null;
  /** null while counting. */
  responseCount: number | null;
  /** Of responseCount, how many are soft-deleted. */
  deletedCount: number | null;
  auditCount: number | null;
  /** true / false, or null when the browser does not say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  /** This device's signing-key fingerprint (packages are signed with it); null while it is read. */
  fingerprint?: string | null;
  /** Why there is no fingerprint (the sealed key could not be opened), in words. */
  fingerprintError?: string | null;
  /** How the private signing key is kept. */
  keyProtection?: 'sealed' | 'browser' | 'none' | null;
}

interface Props {
  info: AboutInfo;
  lang: Lang;
  /** Absent when persistence cannot be asked for (granted already, or no API). */
  onRequestPersist?: () => void;
  /** The backups section (where, when last, back up now, restore), when the app keeps backups. */
  backups?: ReactNode;
}

export function AboutPanel({ info, lang, onRequestPersist, backups }: Props) {
  const { t } = useTranslation('settings');
  const count = (n: number | null) => (n === null ? t('about.loading') : new Intl.NumberFormat(localeOf(lang)).format(n));
  const persisted =
    info.persisted === null ? t('about.persistedUnknown') : info.persisted ? t('about.persistedYes') : t('about.persistedNo');
  const usage =
    info.usage === null
      ? t('about.unknown')
      : t('about.usageValue', {
          usage: formatBytes(info.usage, lang),
          quota: info.quota === null ? t('about.unknown') : formatBytes(info.quota, lang),
        });

  return (
    <ScreenFrame title={t('about.title')} width="text" className="about-panel">
      <section aria-labelledby="about-where">
        <h2 id="about-where">{t('about.whereTitle')}</h2>
        <p>{t('about.where')}</p>
        <p className="data-location">
          <code>{info.dataLocation ?? t('about.browserStorage', { origin: info.origin })}</code>
        </p>
        <p>{t('about.neverClear')}</p>
      </section>
      <section aria-labelledby="about-persist">
        <h2 id="about-persist">{t('about.persistentTitle')}</h2>
        <dl>
          <dt>{t('about.persisted')}</dt>
          <dd>{persisted}</dd>
          <dt>{t('about.usage')}</dt>
          <dd>{usage}</dd>
        </dl>
        {onRequestPersist && info.persisted !== true ? (
          <button type="button" onClick={onRequestPersist}>{t('about.askPersist')}</button>
        ) : null}
      </section>
      {backups}
      <section aria-labelledby="about-app">
        <h2 id="about-app">{t('about.appTitle')}</h2>
        <dl>
          <dt>{t('about.appVersion')}</dt>
          <dd>{info.appVersion}</dd>
          <dt>{t('about.buildDate')}</dt>
          <dd>{info.buildDate ? formatDate(info.buildDate, lang) : t('about.unknown')}</dd>
          <dt>{t('about.questionnaire')}</dt>
          <dd>{t('about.questionnaireValue', { id: info.questionnaireId, version: info.questionnaireVersion })}</dd>
          <dt>{t('about.database')}</dt>
          <dd>{info.readOnlyReason ? t('about.readOnly', { reason: info.readOnlyReason }) : t('about.writable')}</dd>
          <dt>{t('about.responses')}</dt>
          <dd>
            {info.responseCount === null || info.deletedCount === null
              ? t('about.loading')
              : say(t, 'about.responsesValue', { count: count(info.responseCount), deleted: count(info.deletedCount) })}
          </dd>
          <dt>{t('about.auditEntries')}</dt>
          <dd>{count(info.auditCount)}</dd>
          <dt>{t('about.fingerprint')}</dt>
          <dd>
            {info.fingerprint ? <code className="fingerprint">{info.fingerprint}</code> : info.fingerprintError ? <span role="alert">{info.fingerprintError}</span> : t('about.loading')}
            <br />
            {t('about.fingerprintHelp')}
            {info.keyProtection === 'sealed' || info.keyProtection === 'browser' ? (
              <>
                <br />
                {t(info.keyProtection === 'sealed' ? 'about.keySealed' : 'about.keyBrowser')}
              </>
            ) : null}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="about-keys">
        <h2 id="about-keys">{t('about.keysTitle')}</h2>
        <ul>
          {(t('about.keys', { returnObjects: true }) as readonly string[]).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </ScreenFrame>
  );
}
