/**
 * Above every screen: the browser's reminder to save a backup (with the one-click download), and in
 * either host a failed backup. Silent otherwise.
 */
import { useTranslation } from 'react-i18next';
import type { BackupKeeper } from './use-backup-keeper';

export function BackupReminder({ keeper }: { keeper: BackupKeeper }) {
  const { t } = useTranslation('settings');
  return (
    <div role="status" className="banner-slot">
      {keeper.reminder ? (
        <p className="banner info backup-reminder">
          <span>{t('backup.reminder')}</span>
          <button type="button" disabled={keeper.busy} onClick={() => void keeper.backupNow()}>
            {keeper.busy ? t('backup.working') : t('backup.now')}
          </button>
        </p>
      ) : null}
      {keeper.problem ? <p className="banner warning">{t('backup.failed', { message: keeper.problem })}</p> : null}
    </div>
  );
}
