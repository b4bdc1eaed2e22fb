/** Notices above every screen: the store is read-only, drafts were recovered, an action failed. */
import { useTranslation } from 'react-i18next';
import { localeOf } from './locale';

interface Props {
  readOnlyReason: string | null;
  /** Drafts found at start; 0 hides the notice. */
  recovered: number;
  onDismissRecovered(): void;
  problem: string;
}

export function AppBanners({ readOnlyReason, recovered, onDismissRecovered, problem }: Props) {
  const { t, i18n } = useTranslation('responses');
  const { t: ts } = useTranslation('settings');
  return (
    <>
      {readOnlyReason !== null ? (
        <p className="banner warning">{ts('shell.readOnlyBanner', { reason: readOnlyReason })}</p>
      ) : null}
      <div role="status" className="banner-slot">
        {recovered > 0 ? (
          <p className="banner info">
            <span>{t('recovered', { count: recovered, n: new Intl.NumberFormat(localeOf(i18n.language === 'en' ? 'en' : 'da')).format(recovered) })}</span>
            <button type="button" onClick={onDismissRecovered}>{t('dismiss')}</button>
          </p>
        ) : null}
      </div>
      <div role="alert" className="banner-slot">
        {problem ? <p className="banner warning">{problem}</p> : null}
      </div>
    </>
  );
}
