import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';

export const BANNER_ID = 'entry-readonly-banner';

export interface ReadOnlyBannerProps {
  lang: Lang;
  /** Set when the store itself is read-only (no reopening then). */
  storeReason?: string | null | undefined;
  onReopen?: (() => void) | undefined;
  busy: boolean;
  error: string | null;
}

/** "Completed – read-only", with Reopen; or why the whole store is read-only. */
export function ReadOnlyBanner({ lang, storeReason, onReopen, busy, error }: ReadOnlyBannerProps) {
  const { t } = useTranslation('entry', { lng: lang });
  return (
    <div id={BANNER_ID} className="entry-banner" tabIndex={-1}>
      {storeReason ? (
        <strong>{t('readOnly.store', { reason: storeReason })}</strong>
      ) : (
        <>
          <strong>{t('readOnly.completed')}</strong>
          <span>{t('readOnly.completedHelp')}</span>
          {onReopen && (
            <button type="button" onClick={onReopen} disabled={busy}>
              {t('readOnly.reopen')}
            </button>
          )}
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
