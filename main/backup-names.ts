import { FILE_EXTENSIONS } from '../preload/contract';

/**
 * Backup file names, made by the main process only: `barometer-backup-<UTC time>.barometer-backup`,
 * with the time in compact ISO form (`20250301T093000123Z`) so names sort by time and carry no
 * character any file system forbids. A name is the only thing the renderer may send back (to read
 * a backup for a restore), so it is checked against exactly this pattern.
 */
const PREFIX = 'barometer-backup-';
const EXTENSION = `.${FILE_EXTENSIONS.backup[0] ?? 'barometer-backup'}`;
export const BACKUP_NAME_PATTERN = /^barometer-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(?:-(\d{1,3}))?\.barometer-backup$/;
export const BACKUP_NAME_MAX_LENGTH = 64;

/** The name for a backup written at `at`; `serial` > 0 tells apart two backups in one millisecond. */
export function backupName(at: Date, serial = 0): string {
  const compact = at.toISOString().replace(/[-:.]/g, '');
  return `${PREFIX}${compact}${serial > 0 ? `-${serial}` : ''}${EXTENSION}`;
}

/** The time a backup name records, or null when the name is not one of ours. */
export function backupTime(name: string): Date | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  const time = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}
