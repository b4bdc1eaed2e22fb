import { useTranslation } from 'react-i18next';
import { answerOf } from '../../db/answer-change';
import '../../ui/app.css';
import { EntryForm } from './EntryForm';
import { errorText } from './save-text';
import { useEntry } from './useEntry';

export interface EntryScreenProps {
  responseId: string;
  onBack(): void;
}

/** The entry screen: the response's key and workplace, Back to the list, and the form wired to the store. */
export function EntryScreen({ responseId, onBack }: EntryScreenProps) {
  const { state, commit, complete, reopen, lang, storeReadOnlyReason } = useEntry(responseId);
  const { t } = useTranslation('entry', { lng: lang });
  const record = state.kind === 'ready' ? state.record : null;
  const workplace = record ? answerOf(record.answers, 'workplace_name') : undefined;
  const deletedReason = record?.deletedAt ? t('storeError.deleted') : null;
  const readOnlyReason = storeReadOnlyReason ?? deletedReason;

  return (
    <div className="entry-screen">
      <header className="entry-header">
        <button type="button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('backToList')}
        </button>
        {record && (
          <h1>
            {t('heading', { key: record.key })}
            <span className="entry-workplace"> · {typeof workplace === 'string' ? workplace : t('noWorkplace')}</span>
          </h1>
        )}
      </header>
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('notFound')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('loadFailed', { message: errorText(t, state.error) })}</p>}
      {state.kind === 'ready' && record && (
        <EntryForm
          questionnaire={state.questionnaire}
          answers={record.answers}
          lang={lang}
          status={record.status}
          readOnly={record.status === 'completed' || record.status === 'approved' || readOnlyReason !== null}
          readOnlyReason={readOnlyReason}
          autoFocus
          onCommit={commit}
          onComplete={complete}
          onReopen={reopen}
        />
      )}
    </div>
  );
}
