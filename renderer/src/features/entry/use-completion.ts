import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateResponse } from '../../core/engine/evaluate-response';
import type { Answers, Lang, Questionnaire } from '../../core/questionnaire/model';
import { errorText } from './save-text';

export interface CompletionDeps {
  questionnaire: Questionnaire;
  /** When the response was created, for `today()`. */
  createdAt?: string | undefined;
  lang: Lang;
  /** Waits for every commit under way. */
  settle(): Promise<void>;
  /** The answers as shown, including commits not yet confirmed. */
  current(): Answers;
  failedFields(): string[];
  onComplete?: (() => Promise<void>) | undefined;
  onReopen?: (() => Promise<void>) | undefined;
  /** After an attempt that found problems, after completing, after reopening. */
  onAfter(outcome: 'problems' | 'completed' | 'reopened'): void;
}

/**
 * "Mark as completed" waits for the saves under way, then refuses (listing the reasons) while an
 * answer could not be saved or a blocking problem remains; the store checks the same again.
 */
export function useCompletion(d: CompletionDeps) {
  const { t } = useTranslation('entry', { lng: d.lang });
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState<'complete' | 'reopen' | null>(null);
  const [error, setError] = useState<{ action: 'complete' | 'reopen'; message: string } | null>(null);

  const complete = async () => {
    if (!d.onComplete || busy) return;
    setBusy('complete');
    setError(null);
    await d.settle();
    const blocked =
      d.failedFields().length > 0 || evaluateResponse(d.questionnaire, d.current(), { createdAt: d.createdAt }).problems.some((p) => p.blocking);
    if (blocked) {
      setAttempted(true);
      setBusy(null);
      d.onAfter('problems');
      return;
    }
    try {
      await d.onComplete();
      setAttempted(false);
      d.onAfter('completed');
    } catch (e) {
      setAttempted(true);
      setError({ action: 'complete', message: errorText(t, e, d.lang) });
    } finally {
      setBusy(null);
    }
  };

  const reopen = async () => {
    if (!d.onReopen || busy) return;
    setBusy('reopen');
    setError(null);
    try {
      await d.onReopen();
      d.onAfter('reopened');
    } catch (e) {
      setError({ action: 'reopen', message: errorText(t, e, d.lang) });
    } finally {
      setBusy(null);
    }
  };

  return {
    attempted,
    busy,
    completeError: error?.action === 'complete' ? error.message : null,
    reopenError: error?.action === 'reopen' ? error.message : null,
    complete,
    reopen,
  };
}
