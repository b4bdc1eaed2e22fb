import { useTabLock } from './use-tab-lock';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeystrokeTally } from '../../core/keying/keystroke-tally';
import { answerOf } from '../../db/answer-change';
import type { CaseLinkRow } from '../../db/fieldwork-records';
import './entry.css';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { CaseLinkPanel } from './CaseLinkPanel';
import { EditionMovePanel } from './EditionMovePanel';
import { ReviewPanel } from './ReviewPanel';
import { entryAccess } from './entry-access';
import { EntryForm } from './EntryForm';
import { errorText } from './save-text';
import { useEntry } from './useEntry';
import { useResponseComments } from './use-response-comments';
import { useKeyingPreferences, type AfterComplete } from './keying-preferences';
import { useKeyingSession } from './use-keying-session';

/** Where Back returns to (its label says so). */
export type EntryReturn = 'list' | 'review' | 'quality' | 'assignments';

const BACK_LABEL = { list: 'backToList', review: 'backToReview', quality: 'backToQuality', assignments: 'backToAssignments' } as const;

export interface EntryScreenProps {
  responseId: string;
  onBack(): void;
  /** Where `onBack` goes; default the response list. */
  returnTo?: EntryReturn;
  /** Open at this question (a variable name, from a data-quality finding). */
  focusField?: string;
  /** Opens the response's history (the "Historik" button); absent: no button. */
  onHistory?: () => void;
  /** Starts the next new response (offered after "Marker som færdig"); absent: only back to the list. */
  onNewResponse?: () => void;
  /** This visit's keystroke tally after every key (counts and times only), for the keyer statistics. */
  onKeystrokes?: (tally: KeystrokeTally) => void;
}

/**
 * The entry screen: the response's key and workplace, Back, and the form wired to the store. A
 * coordinator's correction with a reason lives here, for this visit: each change made in it is
 * committed with its reason.
 */
export function EntryScreen({ responseId, onBack, returnTo = 'list', focusField, onHistory, onNewResponse, onKeystrokes }: EntryScreenProps) {
  // One window edits a response at a time; a window waiting for it reads it again when it gets it.
  const tab = useTabLock(`barometer-response:${responseId}`);
  // A move to another edition reads the response again, with the questionnaire it now belongs to.
  const [moves, setMoves] = useState(0);
  const { state, commit, complete, reopen, replace, lang, storeReadOnlyReason } = useEntry(responseId, tab.handovers + moves);
  const comments = useResponseComments(responseId);
  const { profile, responses } = useServices();
  // The response's case (undefined: none); null until read: the form opens with its focus on the
  // first answer that is not locked.
  const [link, setLink] = useState<CaseLinkRow | undefined | null>(null);
  useEffect(() => {
    let live = true;
    void responses.caseLinkOf(responseId).then(
      (found) => live && setLink(found),
      () => live && setLink(undefined),
    );
    return () => {
      live = false;
    };
  }, [responses, responseId]);
  const locked = useMemo<ReadonlySet<string> | null>(() => (link === null ? null : new Set(link?.locked ?? [])), [link]);
  const [keying, setKeying] = useKeyingPreferences(profile.id);
  const { t } = useTranslation('entry', { lng: lang });
  const { t: th } = useTranslation('history', { lng: lang });
  const { t: tr } = useTranslation('responses', { lng: lang });
  const record = state.kind === 'ready' ? state.record : null;
  // The keyer statistics: keying a new draft of one's own is "add", anything else "modify".
  const session = useKeyingSession(responseId);
  const { setMode } = session;
  const firstKeying = record ? record.status === 'draft' && record.createdById === profile.id : null;
  useEffect(() => {
    if (firstKeying !== null) setMode(firstKeying ? 'add' : 'modify');
  }, [firstKeying, setMode]);
  const workplace = record ? answerOf(record.answers, 'workplace_name') : undefined;
  const deletedReason = record?.deletedAt ? t('storeError.deleted') : null;
  const otherWindow = tab.lock === 'elsewhere' ? t('storeError.otherWindow') : null;
  const readOnlyReason = storeReadOnlyReason ?? otherWindow ?? deletedReason;
  const [correction, setCorrection] = useState<string | null>(null);
  const access = record ? entryAccess(profile, record, lang, t('readOnly.reasonNeeded'), correction !== null && readOnlyReason === null) : null;
  const mayCorrect = access?.mayCorrect === true && readOnlyReason === null;
  // The reason counts only while the role may correct (after reopening an own response it needs none).
  const reason = mayCorrect && correction !== null ? correction : undefined;
  // Answers from the sample are locked, except in a coordinator's correction with a reason.

  // The review panel only where there is something to act on: for reviewers once the response is
  // no longer a draft, and for anyone who may comment once there is a conversation to answer.
  const hasComments = comments.list.length > 0;
  const reviews = record !== null && ((can(profile.role, 'review').allowed && record.status !== 'draft') || hasComments);
  return (
    <ScreenFrame
      className="entry-screen"
      back={{ label: t(BACK_LABEL[returnTo]), onClick: onBack }}
      title={
        record ? (
          <>
            {t('heading', { key: record.key })}
            <span className="entry-workplace"> · {typeof workplace === 'string' && workplace ? workplace : t('noWorkplace')}</span>
          </>
        ) : (
          t('headingLoading')
        )
      }
      meta={
        record ? (
          <span>
            {t('statusLabel')} <span className={`status status-${record.deletedAt ? 'deleted' : record.status}`}>{tr(record.deletedAt ? 'status.deleted' : `status.${record.status}`)}</span>
          </span>
        ) : null
      }
      actions={
        record && onHistory ? (
          <button type="button" onClick={onHistory}>
            {th('button')}
          </button>
        ) : null
      }
    >
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('notFound')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('loadFailed', { message: errorText(t, state.error) })}</p>}
      {comments.error ? <p role="alert">{t('comments.loadFailed', { message: errorText(t, comments.error, lang) })}</p> : null}
      {state.kind === 'ready' && record && reviews && (
        <ReviewPanel
          record={record}
          questionnaire={state.questionnaire}
          lang={lang}
          onReviewed={(next) => {
            replace(next);
            comments.reload();
          }}
          onComment={comments.add}
        />
      )}
      {state.kind === 'ready' && record && (
        <EditionMovePanel record={record} questionnaire={state.questionnaire} readOnly={readOnlyReason !== null} onMoved={() => setMoves((n) => n + 1)} />
      )}
      {state.kind === 'ready' && record && link !== null && (
        <CaseLinkPanel record={record} link={link} readOnly={readOnlyReason !== null} onLinked={setLink} />
      )}
      {state.kind === 'ready' && record && locked !== null && tab.lock !== 'pending' && (
        <EntryForm
          questionnaire={state.questionnaire}
          answers={record.answers}
          createdAt={record.createdAt}
          lang={lang}
          status={record.status}
          readOnly={!access?.editable || readOnlyReason !== null}
          readOnlyReason={readOnlyReason}
          roleReason={access?.roleReason ?? null}
          comments={comments.list}
          autoFocus
          autoAdvance={keying.autoAdvance}
          onAutoAdvanceChange={(on) => setKeying({ autoAdvance: on })}
          onLeave={onBack}
          onKeystrokes={(tally) => {
            session.onKeystrokes(tally);
            onKeystrokes?.(tally);
          }}
          {...(returnTo === 'list' ? { afterComplete: { preferred: keying.afterComplete, onNew: onNewResponse, onList: onBack, onChoose: (c: AfterComplete) => setKeying({ afterComplete: c }) } } : {})}
          {...(focusField !== undefined ? { initialField: focusField } : {})}
          lockedFields={reason === undefined ? locked : new Set()}
          onCommit={(field, value) => commit(field, value, reason)}
          {...(access?.mayComplete ? { onComplete: () => complete(reason) } : {})}
          {...(access?.mayReopen ? { onReopen: () => reopen(reason) } : {})}
          {...(mayCorrect ? { correction: { reason: reason ?? null, onStart: setCorrection, onEnd: () => setCorrection(null) } } : {})}
        />
      )}
    </ScreenFrame>
  );
}
