/**
 * Where the renderer remembers its last backup: this origin's localStorage (app://bundle in
 * Electron, the page's origin in a browser), beside the IndexedDB store it describes. Only a time
 * and a change marker: losing it merely makes the next backup come sooner.
 */
import type { BackupState } from './backup-policy';

const KEY = 'barometer-entry.last-backup';
const EMPTY: BackupState = { markerAtBackup: null, lastBackupAt: null };

export function loadBackupState(): BackupState {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return EMPTY;
    const { markerAtBackup, lastBackupAt } = raw as Record<string, unknown>;
    return {
      markerAtBackup: typeof markerAtBackup === 'string' ? markerAtBackup : null,
      lastBackupAt: typeof lastBackupAt === 'string' && !Number.isNaN(Date.parse(lastBackupAt)) ? lastBackupAt : null,
    };
  } catch {
    return EMPTY;
  }
}

export function saveBackupState(state: BackupState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the next backup simply comes sooner.
  }
}
