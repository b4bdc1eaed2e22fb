/**
 * A coordinator's correction with a reason: "Correct with a reason" opens the reason field (required,
 * trimmed, at most the store's length); once started, the banner says a correction is under way, with
 * its reason, and offers "End correction". Every change made meanwhile carries that reason to the
 * audit log (the screen passes it with each commit; the store refuses a change without one).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import { MAX_REASON_LENGTH } from '../../db/permission-guard';
import './correction.css';

export const CORRECTION_BANNER_ID = 'entry-correction-banner';

/** The reason as it will be stored, or what is wrong with it. */
export function checkReason(text: string): { ok: true; reason: string } | { ok: false; problem: 'required' | 'tooLong' } {
  const reason = text.trim();
  if (reason === '') return { ok: false, problem: 'required' };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, problem: 'tooLong' };
  return { ok: true, reason };
}

/** Inside the read-only banner: the button, then the reason field. */
export function CorrectionStart({ lang, onStart }: { lang: Lang; onStart(reason: string): void }) {
  const { t } = useTranslation('entry', { lng: lang });
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<'required' | 'tooLong' | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('correction.start')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkReason(text);
    if (checked.ok) onStart(checked.reason);
    else setProblem(checked.problem);
  };
  const cancel = () => {
    setOpen(false);
    setText('');
    setProblem(null);
  };
  return (
    <form className="entry-correction-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-reason`}>{t('correction.reasonLabel')}</label>
      <textarea
        id={`${id}-reason`}
        ref={field}
        rows={3}
        value={text}
        maxLength={MAX_REASON_LENGTH}
        aria-required="true"
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-help ${id}-problem` : `${id}-help`}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
      />
      <p id={`${id}-help`} className="entry-help">
        {t('correction.reasonHelp', { max: MAX_REASON_LENGTH })}
      </p>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="entry-error">
          {t(`correction.${problem}`, { max: MAX_REASON_LENGTH })}
        </p>
      ) : null}
      <div className="entry-correction-actions">
        <button type="submit" className="primary">
          {t('correction.confirm')}
        </button>
        <button type="button" onClick={cancel}>
          {t('correction.cancel')}
        </button>
      </div>
    </form>
  );
}

export interface CorrectionBannerProps {
  lang: Lang;
  reason: string;
  onEnd(): void;
  /** Reopen as a draft with the correction's reason; absent where the role may not. */
  onReopen?: (() => void) | undefined;
  busy: boolean;
  error: string | null;
}

/** While a correction is under way (the form is editable): its reason, and End correction. */
export function CorrectionBanner({ lang, reason, onEnd, onReopen, busy, error }: CorrectionBannerProps) {
  const { t } = useTranslation('entry', { lng: lang });
  return (
    <div id={CORRECTION_BANNER_ID} className="entry-banner entry-correction" tabIndex={-1}>
      <strong>{t('correction.active')}</strong>
      <span>{t('correction.activeReason', { reason })}</span>
      {onReopen ? (
        <button type="button" onClick={onReopen} disabled={busy}>
          {t('correction.reopen')}
        </button>
      ) : null}
      <button type="button" onClick={onEnd} disabled={busy}>
        {t('correction.end')}
      </button>
      {error ? (
        <p role="alert" className="entry-error">
          {t('readOnly.reopenFailed', { message: error })}
        </p>
      ) : null}
    </div>
  );
}
