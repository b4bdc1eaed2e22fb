/** The surveyor's "Send to coordinator": all responses or those changed since the last package. */
import { formatDateTime } from '../../ui/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { useSendPackage } from './use-send-package';

export function SendPanel() {
  const { t } = useTranslation('exchange');
  const { lang, readOnlyReason } = useServices();
  const { state, last, send } = useSendPackage();
  const [scope, setScope] = useState<'all' | 'since-last'>('since-last');
  const at = (iso: string) => formatDateTime(iso, lang);
  return (
    <section aria-labelledby="send-title" className="exchange-panel">
      <h2 id="send-title">{t('sendTitle')}</h2>
      <p>{t('sendIntro')}</p>
      <p>{last ? t('lastSent', { file: last.fileName, at: at(last.createdAt) }) : t('noneSent')}</p>
      <fieldset>
        <legend>{t('scopeLegend')}</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'since-last'} onChange={() => setScope('since-last')} />
          {t('scopeSince')}
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('scopeAll')}
        </label>
      </fieldset>
      <button type="button" disabled={state.kind === 'working' || readOnlyReason !== null} onClick={() => void send(scope)}>
        {t('send')}
      </button>
      <p role="status">
        {state.kind === 'working'
          ? t('sending')
          : state.kind === 'sent'
            ? t('sent', { file: state.fileName, count: state.count })
            : state.kind === 'cancelled'
              ? t('cancelled')
              : ''}
      </p>
      {state.kind === 'failed' ? <p role="alert">{t('sendFailed', { message: state.message })}</p> : null}
    </section>
  );
}
