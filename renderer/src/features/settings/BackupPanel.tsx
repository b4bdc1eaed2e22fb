/**
 * The About screen's backups section: where backups go, when the last was written, whether changes
 * are waiting, "Back up now", and (Electron) the saved backups with Restore behind a confirmation.
 */
import { formatDateTime } from '../../ui/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { BackupFile } from '../../host/host';
import { formatBytes } from '../../ui/format-bytes';
import type { BackupKeeper } from './use-backup-keeper';

interface Props {
  keeper: BackupKeeper;
  lang: Lang;
  /** The backups folder (Electron), or null in a browser. */
  folder: string | null;
  /** Newest first (Electron); empty in a browser. */
  backups: readonly BackupFile[];
  /** Absent when the host keeps no backups folder (the browser) or the profile may not restore. */
  onRestore?: (name: string) => Promise<string>;
}

export function BackupPanel({ keeper, lang, folder, backups, onRestore }: Props) {
  const { t } = useTranslation('settings');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const time = (iso: string) => formatDateTime(iso, lang);

  const backUp = async () => {
    setMessage('');
    if (await keeper.backupNow()) setMessage(t('backup.done'));
  };
  const restore = async (name: string) => {
    setConfirming(null);
    if (!onRestore) return;
    setMessage(t('backup.restoring'));
    setMessage(await onRestore(name));
  };

  return (
    <section aria-labelledby="about-backups">
      <h2 id="about-backups">{t('backup.title')}</h2>
      {folder !== null ? (
        <>
          <p>{t('backup.automatic')}</p>
          <dl>
            <dt>{t('backup.folder')}</dt>
            <dd>
              <code>{folder}</code>
            </dd>
          </dl>
        </>
      ) : (
        <p>{t('backup.browserFolder')}</p>
      )}
      <dl>
        <dt>{t('backup.last')}</dt>
        <dd>{keeper.state.lastBackupAt ? time(keeper.state.lastBackupAt) : (backups[0] ? time(backups[0].writtenAt) : t('backup.never'))}</dd>
      </dl>
      <p>{keeper.changed ? t('backup.changed') : t('backup.upToDate')}</p>
      <p>
        <button type="button" disabled={keeper.busy} onClick={() => void backUp()}>
          {keeper.busy ? t('backup.working') : t('backup.now')}
        </button>
      </p>
      <p role="status">{message}</p>
      {backups.length > 0 ? (
        <ul aria-label={t('backup.listLabel')} className="backup-list">
          {backups.map((b) => (
            <li key={b.name}>
              {t('backup.listItem', { time: time(b.writtenAt), size: formatBytes(b.bytes, lang) })}{' '}
              {onRestore ? (
                confirming === b.name ? (
                  <span role="group" aria-label={t('backup.restoreConfirm', { time: time(b.writtenAt) })}>
                    <span>{t('backup.restoreConfirm', { time: time(b.writtenAt) })}</span>{' '}
                    <button type="button" onClick={() => void restore(b.name)}>{t('backup.restoreYes')}</button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>{t('backup.restoreNo')}</button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setConfirming(b.name)}>{t('backup.restore', { time: time(b.writtenAt) })}</button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
