/**
 * On the entry screen: the auditor approves the response, or rejects it with a comment (required)
 * on the whole response or one question; anyone who may comment adds a comment (a surveyor on
 * their own response). Only what the role may do is offered; the store refuses the rest with a message.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import type { ResponseRecord } from '../../db/records';
import { refusalText } from '../../ui/refusal-text';
import { commentTargets } from './comment-targets';

interface Props {
  record: ResponseRecord;
  questionnaire: Questionnaire;
  lang: Lang;
  /** After approve / reject: the record as stored. */
  onReviewed(record: ResponseRecord): void;
  onComment(text: string, field: string | null): Promise<void>;
}

export function ReviewPanel({ record, questionnaire, lang, onReviewed, onComment }: Props) {
  const { t } = useTranslation('review', { lng: lang });
  const { t: tr } = useTranslation('responses', { lng: lang });
  const { review, profile, readOnlyReason } = useServices();
  const [text, setText] = useState('');
  const [field, setField] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  const resultRef = useRef<HTMLParagraphElement>(null);
  // After approve or reject the button that was pressed is gone: the focus goes to what happened.
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);
  const ctx = { own: record.createdById === profile.id, status: record.status };
  const mayApprove = can(profile.role, 'approve', ctx).allowed;
  const mayReject = can(profile.role, 'reject', ctx).allowed;
  const mayComment = can(profile.role, 'comment', ctx).allowed;
  if (readOnlyReason !== null || record.deletedAt !== null || !(mayApprove || mayReject || mayComment)) return null;
  const result = outcome ? (
    <p ref={resultRef} tabIndex={-1} role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'notice success' : 'notice failure'}>
      {outcome.text}
    </p>
  ) : null;

  async function act(action: () => Promise<string>) {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, text: await action() });
    } catch (e) {
      setOutcome({ ok: false, text: t('panel.failed', { message: refusalText(e, lang) }) });
    } finally {
      setBusy(false);
    }
  }
  const target = field === '' ? null : field;
  const approve = () => act(async () => {
    onReviewed(await review.approve(profile, record.id));
    return t('panel.approved');
  });
  const reject = () => {
    if (text.trim() === '') return setOutcome({ ok: false, text: t('panel.commentRequired') });
    void act(async () => {
      onReviewed(await review.reject(profile, record.id, text, target));
      setText('');
      return t('panel.rejected');
    });
  };
  const comment = () => {
    if (text.trim() === '') return setOutcome({ ok: false, text: t('panel.commentEmpty') });
    void act(async () => {
      await onComment(text, target);
      setText('');
      return t('panel.commentAdded');
    });
  };

  return (
    <section className="review-panel" aria-labelledby={`${id}-title`}>
      <div className="review-panel-head">
        <h2 id={`${id}-title`}>{t('panel.title')}</h2>
        <p className="muted">{t('panel.status', { status: tr(`status.${record.status}`) })}</p>
        {mayApprove ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void approve()}>{t('panel.approve')}</button>
        ) : null}
      </div>
      <div className="review-panel-comment">
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('panel.comment')}</label>
        <textarea id={`${id}-text`} value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />
        <p id={`${id}-hint`} className="hint">{mayReject ? t('panel.commentHint') : t('panel.commentHintSurveyor')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-field`}>{t('panel.target')}</label>
        <select id={`${id}-field`} value={field} onChange={(e) => setField(e.target.value)}>
          <option value="">{t('panel.wholeResponse')}</option>
          {commentTargets(questionnaire, lang).map((o) => (
            <option key={o.name} value={o.name}>{o.label}</option>
          ))}
        </select>
      </div>
      <div className="button-row">
        {mayReject ? <button type="button" className="danger" disabled={busy} onClick={reject}>{t('panel.reject')}</button> : null}
        {mayComment ? <button type="button" disabled={busy} onClick={comment}>{t('panel.addComment')}</button> : null}
      </div>
      </div>
      {result}
    </section>
  );
}
