/**
 * Runs the one backup keeper of the app (automatic backups, the quit backup, the browser reminder)
 * and shares it with the About screen's backups section and the reminder above the screens.
 */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useServices } from '../../app/services-context';
import { useBackupKeeper, type BackupKeeper } from './use-backup-keeper';

const KeeperContext = createContext<BackupKeeper | null>(null);

export function BackupKeeperProvider({ children }: { children: ReactNode }) {
  const { host, audit, responses, profile, readOnlyReason, exchange } = useServices();
  const buildBackup = useCallback(async () => (await exchange.buildBackup(profile)).bytes, [exchange, profile]);
  const hasData = useCallback(() => responses.hasAnswers(), [responses]);
  const keeper = useBackupKeeper({ host, audit, buildBackup, hasData, readOnly: readOnlyReason !== null });
  return (
    <KeeperContext.Provider value={keeper}>
      {children}
    </KeeperContext.Provider>
  );
}

/** The app's backup keeper; null outside a BackupKeeperProvider (e.g. a screen rendered alone in a test). */
export function useBackupKeeperContext(): BackupKeeper | null {
  return useContext(KeeperContext);
}
