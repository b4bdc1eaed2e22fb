/** While starting: a short notice. When start-up fails: what failed, what to do, and a retry. */
import { say } from '../i18n/say';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BootFailure } from './bootstrap';

const MESSAGE_KEY: Record<BootFailure['stage'], ParseKeys<'settings'>> = {
  db: 'startup.dbFailed',
  questionnaire: 'startup.questionnaireFailed',
  profile: 'startup.profileFailed',
};

export function StartupScreen({ failure }: { failure?: BootFailure }) {
  const { t } = useTranslation('settings');
  if (!failure) {
    return (
      <main className="startup">
        <p role="status">{t('startup.loading')}</p>
      </main>
    );
  }
  return (
    <main className="startup failed" role="alert" aria-labelledby="startup-error-title">
      <h1 id="startup-error-title">{t('startup.errorTitle')}</h1>
      <p>{say(t, MESSAGE_KEY[failure.stage], { message: failure.message })}</p>
      {failure.stage === 'db' ? <p>{t('startup.dbHint')}</p> : null}
      <button type="button" onClick={() => window.location.reload()}>
        {t('startup.retry')}
      </button>
    </main>
  );
}
