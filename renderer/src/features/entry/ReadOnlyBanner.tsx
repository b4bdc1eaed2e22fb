import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ResponseStatus } from '../../db/records';

export const BANNER_ID = 'entry-readonly-banner';

export interface ReadOnlyBannerProps {
  lang: Lang;
  /** Set when the store itself is read-only (no reopening then). */
  storeReason?: string | null | undefined;
  /** Why the active role cannot change this response (an auditor, someone else's response). */
  roleReason?: string | null | undefined;
  status?: ResponseStatus | undefined;
  onReopen?: (() => void) | undefined;
  busy: boolean;
  error: string | null;
  /** What else the role may do here (a coordinator's "Correct with a reason"). */
  children?: ReactNode;
}

/** "Completed – read-only" (or approved), with Reopen where the role may; or why the store or the role cannot change it. */
export function ReadOnlyBanner({ lang, storeReason, roleReason, status, onReopen, busy, error, children }: ReadOnlyBannerProps) {
  const { t } = useTranslation('entry', { lng: lang });
  const title = status === 'completed' ? t('readOnly.completed') : status === 'approved' ? t('readOnly.approved') : t('readOnly.other');
  return (
    <div id={BANNER_ID} className="entry-banner" tabIndex={-1}>
      {storeReason ? (
        <strong>{t('readOnly.store', { reason: storeReason })}</strong>
      ) : (
        <>
          <strong>{title}</strong>
          <span>{roleReason ?? (status === 'completed' ? t('readOnly.completedHelp') : '')}</span>
          {onReopen && (
            <button type="button" onClick={onReopen} disabled={busy}>
              {t('readOnly.reopen')}
            </button>
          )}
          {children}
        </>
      )}
      {error && (
        <p role="alert" className="entry-error">
          {t('readOnly.reopenFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
