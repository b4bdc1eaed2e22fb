/** The coordinator's "Send to a surveyor": one package per surveyor, with their cases, rejections and corrections. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { formatDateTime } from '../../ui/format';
import { useSendToSurveyor } from './use-send-to-surveyor';

export function SendToSurveyorPanel({ refresh }: { refresh: number }) {
  const { t } = useTranslation('exchange');
  const { lang, readOnlyReason } = useServices();
  const { surveyors, state, send } = useSendToSurveyor(refresh);
  const [chosen, setChosen] = useState('');
  if (surveyors === null) return null;
  const recipient = surveyors.find((s) => s.profileId === chosen) ?? surveyors[0];
  return (
    <section aria-labelledby="to-surveyor-title" className="exchange-panel">
      <h2 id="to-surveyor-title">{t('toSurveyorTitle')}</h2>
      <p>{t('toSurveyorIntro')}</p>
      {surveyors.length === 0 || !recipient ? (
        <p className="muted">{t('toSurveyorNone')}</p>
      ) : (
        <>
          <label>
            {t('toSurveyorWho')}{' '}
            <select value={recipient.profileId} onChange={(e) => setChosen(e.target.value)}>
              {surveyors.map((s) => (
                <option key={s.profileId} value={s.profileId}>
                  {t('toSurveyorSeen', { name: s.name, at: formatDateTime(s.lastImportAt, lang) })}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" disabled={state.kind === 'working' || readOnlyReason !== null} onClick={() => void send(recipient)}>
            {t('toSurveyorSend')}
          </button>
        </>
      )}
      <p role="status">
        {state.kind === 'working'
          ? t('sending')
          : state.kind === 'sent'
            ? t('toSurveyorSent', {
                name: state.name,
                file: state.fileName,
                cases: t('casesCount', { count: state.cases }),
                responses: t('responsesCount', { count: state.responses }),
              })
            : state.kind === 'cancelled'
              ? t('cancelled')
              : ''}
      </p>
      {state.kind === 'failed' ? <p role="alert">{t('sendFailed', { message: state.message })}</p> : null}
    </section>
  );
}
