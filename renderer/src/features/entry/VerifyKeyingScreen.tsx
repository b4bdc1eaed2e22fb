/**
 * The second keying of a response marked for verification, blind: the same form and keymap as the
 * entry screen, over the second keying's own answers; the first keying is never shown. On the fly
 * (CSPro's verify mode) a value that differs from the first keying is refused and asked for again:
 * the same new value twice is kept (a keyer error), the first keying's value counts a verifier
 * error. Afterwards (EpiData, REDCap), both keyings are compared when the second is complete.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import type { AnswerValue, Questionnaire } from '../../core/questionnaire/model';
import { decideOnTheFly, FIRST_TRY, type FlyState } from '../../core/verification/verify-on-the-fly';
import { answerOf } from '../../db/answer-change';
import type { ResponseRecord } from '../../db/records';
import type { ErrorSide, VerificationMode, VerificationRecord } from '../../db/verification-records';
import { ScreenFrame } from '../../ui/ScreenFrame';
import './entry.css';
import './verify.css';
import { EntryForm } from './EntryForm';
import { useKeyingPreferences } from './keying-preferences';
import { errorText } from './save-text';
import { useEntry } from './useEntry';
import { useKeyingSession } from './use-keying-session';

export interface VerifyKeyingScreenProps {
  responseId: string;
  onBack(): void;
}

/**
 * Checked field by field on the fly: one value keyed at once (text, numbers, a single choice, a grid
 * row). A multiple choice (ticked one by one) and a long text are compared when the keying is complete.
 */
const CHECKED_ON_THE_FLY = new Set(['text', 'integer', 'decimal', 'year', 'single']);

function checkedOnTheFly(q: Questionnaire, field: string): boolean {
  const variable = q.byName.get(field);
  return variable !== undefined && variable.kind !== 'derived' && CHECKED_ON_THE_FLY.has(variable.type);
}

export function VerifyKeyingScreen({ responseId, onBack }: VerifyKeyingScreenProps) {
  const { state, lang } = useEntry(responseId);
  const { verification: repo, profile } = useServices();
  const { t } = useTranslation('entry', { lng: lang });
  const [keying] = useKeyingPreferences(profile.id);
  const [verification, setVerification] = useState<VerificationRecord | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const session = useKeyingSession(responseId);
  const { setMode } = session;

  useEffect(() => {
    let live = true;
    repo.get(responseId).then(
      (v) => live && setVerification(v ?? null),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [repo, responseId]);

  useEffect(() => {
    if (verification?.state === 'keying' && verification.verifierId === profile.id) setMode('verify');
  }, [verification, profile.id, setMode]);

  const record = state.kind === 'ready' ? state.record : null;
  const title = record ? t('verify.heading', { key: record.key }) : t('verify.headingLoading');
  const back = { label: t('verify.back'), onClick: onBack };

  let body: React.JSX.Element;
  if (state.kind === 'failed') body = <p role="alert">{t('loadFailed', { message: errorText(t, state.error) })}</p>;
  else if (error) body = <p role="alert">{t('loadFailed', { message: errorText(t, error, lang) })}</p>;
  else if (state.kind === 'missing' || verification === null) body = <p role="alert">{t('verify.notMarked')}</p>;
  else if (state.kind === 'loading' || verification === undefined || !record) body = <p role="status">{t('loading')}</p>;
  else if (verification.keyerId === profile.id) body = <p role="alert">{t('verify.ownResponse')}</p>;
  else if (verification.state === 'marked') body = <ModeChoice onStart={(mode) => repo.start(profile, responseId, mode).then(setVerification)} />;
  else if (verification.state === 'keying' && verification.verifierId !== profile.id) {
    body = <p role="alert">{t('verify.someoneElse', { name: verification.verifierName ?? '' })}</p>;
  } else if (verification.state === 'keying') {
    body = (
      <BlindForm
        questionnaire={state.kind === 'ready' ? state.questionnaire : null}
        record={record}
        verification={verification}
        autoAdvance={keying.autoAdvance}
        onKeystrokes={session.onKeystrokes}
        onLeave={onBack}
        onKey={(field, value, flyError) => repo.keyAnswer(profile, responseId, field, value, flyError).then(setVerification)}
        onFinish={() => repo.finish(profile, responseId, session.sessionId).then(setVerification)}
      />
    );
  } else body = <Outcome verification={verification} onBack={onBack} />;

  return (
    <ScreenFrame className="entry-screen" back={back} title={title} meta={verification?.mode ? <span>{t(`verify.mode.${verification.mode}`)}</span> : null}>
      {body}
    </ScreenFrame>
  );
}

function ModeChoice({ onStart }: { onStart(mode: VerificationMode): Promise<void> }) {
  const { lang } = useServices();
  const { t } = useTranslation('entry', { lng: lang });
  const [mode, setMode] = useState<VerificationMode>('on-the-fly');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="verify-start"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onStart(mode).catch((err: unknown) => {
          setFailure(err);
          setBusy(false);
        });
      }}
    >
      <p>{t('verify.blind')}</p>
      <fieldset>
        <legend>{t('verify.modeLegend')}</legend>
        {(['on-the-fly', 'afterwards'] as const).map((m, i) => (
          <label key={m} className="verify-mode">
            <input ref={i === 0 ? first : undefined} type="radio" name="verify-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(`verify.mode.${m}`)}
            <span className="muted"> — {t(`verify.modeHelp.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {t('verify.start')}
      </button>
      {failure ? <p role="alert">{errorText(t, failure, lang)}</p> : null}
    </form>
  );
}

interface BlindFormProps {
  questionnaire: Questionnaire | null;
  record: ResponseRecord;
  verification: VerificationRecord;
  autoAdvance: boolean;
  onKeystrokes: Parameters<typeof EntryForm>[0]['onKeystrokes'];
  onLeave(): void;
  onKey(field: string, value: AnswerValue | undefined, flyError: ErrorSide | null): Promise<void>;
  onFinish(): Promise<void>;
}

/** The form over the second keying. The first keying is held here only to decide on the fly; it is never rendered. */
function BlindForm({ questionnaire, record, verification, autoAdvance, onKeystrokes, onLeave, onKey, onFinish }: BlindFormProps) {
  const { lang } = useServices();
  const { t } = useTranslation('entry', { lng: lang });
  const fly = useRef(new Map<string, FlyState>());
  const settled = useRef(new Map<string, ErrorSide | null>());
  const onTheFly = verification.mode === 'on-the-fly';
  const first = record.answers;

  const gate = useCallback(
    (field: string, value: AnswerValue | undefined) => {
      if (!questionnaire || !checkedOnTheFly(questionnaire, field)) return null;
      const decision = decideOnTheFly(answerOf(first, field), fly.current.get(field) ?? FIRST_TRY, value);
      if (decision.kind === 'rekey') {
        fly.current.set(field, decision.next);
        return {
          da: 'Afviger fra første indtastning: tast svaret igen. Samme svar to gange gemmes.',
          en: 'Differs from the first keying: key the answer again. The same answer twice is kept.',
        };
      }
      fly.current.delete(field);
      settled.current.set(field, decision.error);
      return null;
    },
    [questionnaire, first],
  );

  if (!questionnaire) return null;
  return (
    <EntryForm
      questionnaire={questionnaire}
      answers={verification.answers}
      createdAt={record.createdAt}
      lang={lang}
      status="draft"
      readOnly={false}
      autoFocus
      autoAdvance={autoAdvance}
      onLeave={onLeave}
      {...(onKeystrokes ? { onKeystrokes } : {})}
      {...(onTheFly ? { verifyGate: gate } : {})}
      onCommit={(field, value) => {
        const flyError = onTheFly ? (settled.current.get(field) ?? null) : null;
        settled.current.delete(field);
        return onKey(field, value, flyError);
      }}
      onComplete={onFinish}
      completeLabel={t('verify.finish')}
    />
  );
}

function Outcome({ verification, onBack }: { verification: VerificationRecord; onBack(): void }) {
  const { lang } = useServices();
  const { t } = useTranslation('entry', { lng: lang });
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const verified = verification.state === 'verified';
  return (
    <div className="verify-outcome" role="status">
      <h2>{t(verified ? 'verify.verified' : 'verify.disagreements', { count: verification.disagreements.length })}</h2>
      <p>{t('verify.compared', { count: verification.fieldsCompared })}</p>
      <button ref={button} type="button" className="primary" onClick={onBack}>
        {t('verify.back')}
      </button>
    </div>
  );
}
