/** Gathers what the About / data safety panel shows, from the host, the browser and the store. */
import { errorText } from '../../ui/error-text';
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import { requestPersistentStorage, storageState } from '../../db/storage-persistence';
import { BUILD_DATE } from '../../host/app-version';
import { AboutPanel, type AboutInfo } from './AboutPanel';
import { BackupPanel } from './BackupPanel';
import { useBackupKeeperContext } from './BackupKeeperProvider';
import { useBackupFiles } from './use-backup-files';

export function AboutScreen() {
  const { host, questionnaire, readOnlyReason, responses, audit, exchange, lang } = useServices();
  const [info, setInfo] = useState<AboutInfo>({
    dataLocation: null,
    origin: window.location.origin,
    appVersion: '…',
    buildDate: BUILD_DATE,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    readOnlyReason,
    responseCount: null,
    deletedCount: null,
    auditCount: null,
    persisted: null,
    usage: null,
    quota: null,
    fingerprint: null,
  });

  const keeper = useBackupKeeperContext();
  const files = useBackupFiles(keeper?.state.lastBackupAt ?? null);

  // Bumped after asking for persistent storage, to read the answer.
  const [storageCheck, setStorageCheck] = useState(0);

  useEffect(() => {
    let live = true;
    void storageState().then((state) => {
      if (!live) return;
      setInfo((i) => ({
        ...i,
        persisted: state.persisted === 'unknown' ? null : state.persisted,
        usage: state.usage ?? null,
        quota: state.quota ?? null,
      }));
    });
    return () => {
      live = false;
    };
  }, [storageCheck]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const app = await host.appInfo();
      // In a browser the host's description is English-only: the panel words it in the UI language.
      const dataLocation = app.kind === 'browser' ? null : app.dataLocation;
      if (live) setInfo((i) => ({ ...i, dataLocation, appVersion: app.version }));
    })();
    void (async () => {
      const [all, entries] = await Promise.all([responses.listSummaries({ includeDeleted: true }), audit.count()]);
      const deletedCount = all.filter((s) => s.deleted === 1).length;
      if (live) setInfo((i) => ({ ...i, responseCount: all.length, deletedCount, auditCount: entries }));
    })();
    // Made on first use (a read-only store has none to show until it is writable again).
    exchange.fingerprint().then(
      async (fingerprint) => {
        const keyProtection = await exchange.keyProtection();
        if (live) setInfo((i) => ({ ...i, fingerprint, keyProtection, fingerprintError: null }));
      },
      (error: unknown) => live && setInfo((i) => ({ ...i, fingerprint: null, fingerprintError: errorText(error, lang) })),
    );
    return () => {
      live = false;
    };
  }, [host, responses, audit, exchange, lang]);

  return (
    <AboutPanel
      info={info}
      lang={lang}
      onRequestPersist={() => void requestPersistentStorage().then(() => setStorageCheck((n) => n + 1))}
      backups={
        keeper ? (
          <BackupPanel
            keeper={keeper}
            lang={lang}
            folder={files.folder}
            backups={files.backups}
            {...(files.restore ? { onRestore: files.restore } : {})}
          />
        ) : null
      }
    />
  );
}
