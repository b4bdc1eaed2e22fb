/** "Verify integrity": the button, progress while it runs, and a clear green or red status with the details. */
import { say } from '../../i18n/say';
import { formatCount, formatDateTime, formatDuration } from '../../ui/format';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import { errorText } from '../../ui/error-text';
import type { VerifyState } from './use-verify';
import { verdictOf } from './verdict';

interface Props {
  state: VerifyState;
  onVerify(): void;
  lang: Lang;
}

function Result({ state, lang }: { state: VerifyState; lang: Lang }) {
  const { t } = useTranslation('audit');
  if (state.kind === 'idle') return <p role="status" className="audit-status" />;
  if (state.kind === 'running') {
    const text = state.entries === null ? t('verify.runningUnknown') : t('verify.running', { n: formatCount(state.entries, lang) });
    return (
      <div className="audit-progress">
        <progress aria-label={t('verify.progressLabel')} aria-valuetext={text} />
        <p role="status" className="audit-status">{text}</p>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p role="status" className="audit-status audit-bad" data-tone="error">
        {t('verify.failed', { message: errorText(state.error, lang) })}
      </p>
    );
  }
  const verdict = verdictOf(state.report, lang);
  const checkedAt = formatDateTime(state.report.checkedAt, lang, { seconds: true });
  return (
    <>
      <p role="status" className={`audit-status ${verdict.ok ? 'audit-good' : 'audit-bad'}`} data-tone={verdict.ok ? 'ok' : 'broken'}>
        <span aria-hidden="true">{verdict.ok ? '✔ ' : '✖ '}</span>
        {say(t, verdict.headline.key, verdict.headline.values)}
        {verdict.entry ? <> {say(t, verdict.entry.key, verdict.entry.values)}</> : null}
      </p>
      <h3>{t('verify.detailsHeading')}</h3>
      <ul className="audit-details">
        {verdict.details.map((line, i) => (
          <li key={i}>{say(t, line.key, line.values)}</li>
        ))}
        <li>{t('verify.checkedIn', { time: checkedAt, duration: formatDuration(state.report.ms, lang) })}</li>
      </ul>
    </>
  );
}

export function VerifyPanel({ state, onVerify, lang }: Props) {
  const { t } = useTranslation('audit');
  return (
    <section className="audit-panel" aria-labelledby="audit-verify-heading">
      <h2 id="audit-verify-heading">{t('verify.heading')}</h2>
      <p className="audit-help">{t('verify.help')}</p>
      <button type="button" className="primary" onClick={onVerify} disabled={state.kind === 'running'}>
        {t('verify.button')}
      </button>
      <Result state={state} lang={lang} />
    </section>
  );
}
