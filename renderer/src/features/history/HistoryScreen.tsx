/**
 * A response's history: the timeline of every change (who, when, question wording, old → new,
 * reason, status changes, comments) and the response as it was at a chosen moment. Read-only.
 */
import { useMemo, useState } from 'react';
import { editionsOfEntries } from '../../core/audit/history-editions';
import type { Questionnaire } from '../../core/questionnaire/model';
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
  const entries = useMemo(() => (state.kind === 'ready' ? state.entries : []), [state]);
  const selected = chosen ?? entries.length - 1;
  const key = state.kind === 'ready' ? (state.record?.key ?? entries[0]?.responseKey ?? '') : '';
  // Wordings and option texts from the edition each entry was recorded in: a moved draft's answers
  // before the move in the edition it was moved from, from the move on in the one it was moved to.
  const record = state.kind === 'ready' ? state.record : undefined;
  const questionnaire = (record && questionnaires.catalog.get(record.questionnaireId, record.questionnaireVersion)) ?? services.questionnaire;
  const editionAt = useMemo(() => {
    const at = editionsOfEntries(entries, { id: questionnaire.id, version: questionnaire.version });
    return (i: number): Questionnaire => {
      const e = at[i];
      return (e && questionnaires.catalog.get(e.id, e.version)) ?? questionnaire;
    };
  }, [entries, questionnaire, questionnaires]);

  return (
    <ScreenFrame title={state.kind === 'ready' ? t('title', { key }) : t('titleLoading')} back={{ label: t('back'), onClick: onBack }} className="history-screen">
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('failed', { message: errorText(state.error, lang) })}</p>}
      {state.kind === 'ready' && entries.length === 0 && <p>{t('empty')}</p>}
      {state.kind === 'ready' && entries.length > 0 && (
        <div className="history-layout">
          <HistoryTimeline entries={entries} editionAt={editionAt} lang={lang} selected={selected} onSelect={setChosen} />
          <ResponseAsItWas entries={entries} editionAt={editionAt} lang={lang} selected={selected} onSelect={setChosen} />
        </div>
      )}
    </ScreenFrame>
  );
}
