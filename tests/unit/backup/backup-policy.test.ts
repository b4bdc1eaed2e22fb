import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP_INTERVAL_MS,
  REMIND_AFTER_MS,
  autoBackupDue,
  manualBackupName,
  reminderDue,
} from '../../../renderer/src/features/settings/backup-policy';

const now = new Date('2025-03-01T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('automatic backups (Electron)', () => {
  it('are due at once when there are changes and there never was a backup', () => {
    expect(autoBackupDue({ markerAtBackup: null, lastBackupAt: null }, '12', now)).toBe(true);
  });

  it('wait for the interval while changes keep coming', () => {
    expect(autoBackupDue({ markerAtBackup: '10', lastBackupAt: ago(AUTO_BACKUP_INTERVAL_MS - 1) }, '12', now)).toBe(false);
    expect(autoBackupDue({ markerAtBackup: '10', lastBackupAt: ago(AUTO_BACKUP_INTERVAL_MS) }, '12', now)).toBe(true);
  });

  it('are not written when nothing changed, however long ago the last one was', () => {
    expect(autoBackupDue({ markerAtBackup: '12', lastBackupAt: ago(10 * REMIND_AFTER_MS) }, '12', now)).toBe(false);
  });
});

describe('the browser reminder', () => {
  it('shows when there is data no backup holds', () => {
    expect(reminderDue({ markerAtBackup: null, lastBackupAt: null }, '3', now, true)).toBe(true);
  });

  it('stays away for an empty store, right after a backup, and while nothing changed', () => {
    expect(reminderDue({ markerAtBackup: null, lastBackupAt: null }, '0', now, false)).toBe(false);
    expect(reminderDue({ markerAtBackup: '3', lastBackupAt: ago(1000) }, '5', now, true)).toBe(false);
    expect(reminderDue({ markerAtBackup: '5', lastBackupAt: ago(2 * REMIND_AFTER_MS) }, '5', now, true)).toBe(false);
  });

  it(`comes back when changes are waiting and the last backup is ${REMIND_AFTER_MS / 3_600_000} hours old`, () => {
    expect(reminderDue({ markerAtBackup: '3', lastBackupAt: ago(REMIND_AFTER_MS) }, '5', now, true)).toBe(true);
  });

  it('suggests a portable download name', () => {
    expect(manualBackupName(now)).toBe('barometer-backup-2025-03-01-1200.barometer-backup');
  });
});
