/**
 * Import of packages: the coordinator's of the surveyors' packages, a surveyor's of the coordinator's
 * packages addressed to them. Add one or more files, import them, read a report per file.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportReports } from './ImportReports';
import { NewDuplicatesNotice } from './NewDuplicatesNotice';
import { TrustedDevicesList } from './TrustedDevicesList';
import { useImportPackages } from './use-import-packages';

/** `onOpenDuplicates`: the duplicates view, offered when an import of surveyors' packages brought new ones. */
export function ImportPanel({ from, onImported, onOpenDuplicates }: { from: 'surveyors' | 'coordinator'; onImported?: () => void; onOpenDuplicates?(): void }) {
  const { t } = useTranslation('exchange');
  const { lang, readOnlyReason } = useServices();
  const { files, addFile, removeFile, run, progress, outcomes, problem, device, decideDevice, imports, newDuplicates } = useImportPackages();
  const busy = progress !== null;
  useEffect(() => {
    if (imports > 0) onImported?.();
  }, [imports, onImported]);
  const position = progress ? { file: progress.fileName, index: progress.fileIndex + 1, count: progress.fileCount } : null;
  return (
    <section aria-labelledby="import-title" className="exchange-panel">
      <h2 id="import-title">{t(from === 'coordinator' ? 'importFromCoordinatorTitle' : 'importTitle')}</h2>
      <p>{t(from === 'coordinator' ? 'importFromCoordinatorIntro' : 'importIntro')}</p>
      <button type="button" onClick={() => void addFile()} disabled={busy || readOnlyReason !== null}>
        {t('addFile')}
      </button>
      {files.length > 0 ? (
        <ul aria-label={t('chosen')}>
          {files.map((file) => (
            <li key={file.name}>
              {file.name}{' '}
              <button type="button" onClick={() => removeFile(file.name)} disabled={busy} aria-label={t('removeFile', { file: file.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={() => void run()} disabled={busy || files.length === 0}>
        {t('importButton', { count: files.length })}
      </button>
      {progress && position ? (
        <div>
          <progress aria-label={t('progressLabel')} max={Math.max(progress.total, 1)} value={progress.done} />
          <p role="status">
            {progress.phase === 'merging'
              ? t('progressMerging', { ...position, done: progress.done, total: progress.total })
              : t('progressReading', position)}
          </p>
        </div>
      ) : null}
      {problem ? <p role="alert">{t('importFailed', { message: problem })}</p> : null}
      {from === 'surveyors' && outcomes && newDuplicates !== null ? <NewDuplicatesNotice groups={newDuplicates} {...(onOpenDuplicates ? { onOpen: onOpenDuplicates } : {})} /> : null}
      {outcomes ? <ImportReports outcomes={outcomes} lang={lang} /> : null}
      {device ? (
        <ConfirmDialog
          title={t('trustTitle')}
          body={t(from === 'coordinator' ? 'trustBodyFromCoordinator' : 'trustBody', { file: device.fileName, surveyor: device.surveyorName, device: device.deviceId.slice(0, 8), fingerprint: device.fingerprint })}
          confirmLabel={t('trustConfirm')}
          cancelLabel={t('trustCancel')}
          onConfirm={() => decideDevice(true)}
          onCancel={() => decideDevice(false)}
        />
      ) : null}
      <TrustedDevicesList refresh={imports} />
    </section>
  );
}
