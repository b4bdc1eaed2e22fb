/**
 * When to back up. Pure, so the policy is tested without clocks: the caller passes the time and a
 * change marker (anything that changes with every stored change; the audit log's size does, since
 * every change writes an audit entry in the same transaction).
 */

/** At most one automatic backup per this interval while changes happen (Electron). */
export const AUTO_BACKUP_INTERVAL_MS = 5 * 60 * 1000;
/** The browser reminds the user when changes are this old without a backup. */
export const REMIND_AFTER_MS = 4 * 60 * 60 * 1000;

export interface BackupState {
  /** The change marker when the last backup was written; null when none is known. */
  markerAtBackup: string | null;
  /** When the last backup was written (ISO 8601); null when none is known. */
  lastBackupAt: string | null;
}

export const changedSinceBackup = (state: BackupState, marker: string): boolean => state.markerAtBackup !== marker;

/** An automatic backup is due when something changed and the last one is at least the interval old. */
export function autoBackupDue(state: BackupState, marker: string, now: Date, intervalMs = AUTO_BACKUP_INTERVAL_MS): boolean {
  if (!changedSinceBackup(state, marker)) return false;
  if (state.lastBackupAt === null) return true;
  return now.getTime() - Date.parse(state.lastBackupAt) >= intervalMs;
}

/**
 * The browser's reminder: shown when there are changes no backup holds and either there never was
 * a backup or the last one is older than REMIND_AFTER_MS. A store with no responses needs none.
 */
export function reminderDue(state: BackupState, marker: string, now: Date, hasData: boolean, remindAfterMs = REMIND_AFTER_MS): boolean {
  if (!hasData || !changedSinceBackup(state, marker)) return false;
  if (state.lastBackupAt === null) return true;
  return now.getTime() - Date.parse(state.lastBackupAt) >= remindAfterMs;
}

/** The suggested name of a manual backup download, e.g. `barometer-backup-2025-03-01-0930.barometer-backup`. */
export function manualBackupName(now: Date): string {
  const iso = now.toISOString();
  return `barometer-backup-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.barometer-backup`;
}
