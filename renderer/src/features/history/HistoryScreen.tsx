/**
 * A response's history: the timeline of every change (who, when, question wording, old → new,
 * reason, status changes, comments) and the response as it was at a chosen moment. Read-only.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { errorText } from '../../ui/error-text';
import { HistoryTimeline } from './HistoryTimeline';
import { ResponseAsItWas } from './ResponseAsItWas';
import { useHistory } from './use-history';
import { ScreenFrame } from '../../ui/ScreenFrame';
import './history.css';

export interface HistoryScreenProps {
  responseId: string;
  onBack(): void;
}

export function HistoryScreen({ responseId, onBack }: HistoryScreenProps) {
  const services = useServices();
  const { lang, questionnaires } = services;
  const { t } = useTranslation('history');
  const state = useHistory(responseId);
  const [chosen, setChosen] = useState<number | null>(null);
  const entries = state.kind === 'ready' ? state.entries : [];
  const selected = chosen ?? entries.length - 1;
  const key = state.kind === 'ready' ? (state.record?.key ?? entries[0]?.responseKey ?? '') : '';
  // Wordings and option texts from the edition the response is keyed in now (a moved draft's new one).
  const record = state.kind === 'ready' ? state.record : undefined;
  const questionnaire = (record && questionnaires.catalog.get(record.questionnaireId, record.questionnaireVersion)) ?? services.questionnaire;

  return (
    <ScreenFrame title={state.kind === 'ready' ? t('title', { key }) : t('titleLoading')} back={{ label: t('back'), onClick: onBack }} className="history-screen">
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('failed', { message: errorText(state.error, lang) })}</p>}
      {state.kind === 'ready' && entries.length === 0 && <p>{t('empty')}</p>}
      {state.kind === 'ready' && entries.length > 0 && (
        <div className="history-layout">
          <HistoryTimeline entries={entries} questionnaire={questionnaire} lang={lang} selected={selected} onSelect={setChosen} />
          <ResponseAsItWas entries={entries} questionnaire={questionnaire} lang={lang} selected={selected} onSelect={setChosen} />
        </div>
      )}
    </ScreenFrame>
  );
}
