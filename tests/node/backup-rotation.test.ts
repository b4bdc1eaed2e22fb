import { describe, expect, it } from 'vitest';
import { backupName, backupTime } from '../../main/backup-names';
import { backupsToRemove, KEEP_DAYS, KEEP_LAST, type DatedBackup } from '../../main/backup-rotation';

const at = (iso: string): DatedBackup => {
  const writtenAt = new Date(iso);
  return { name: backupName(writtenAt), writtenAt };
};
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date('2025-03-31T12:00:00.000Z');

describe('backup names', () => {
  it('carry the UTC time, sortable, with no character a file system forbids', () => {
    const name = backupName(new Date('2025-03-01T09:30:00.123Z'));
    expect(name).toBe('barometer-backup-20250301T093000123Z.barometer-backup');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(backupTime(name)?.toISOString()).toBe('2025-03-01T09:30:00.123Z');
  });

  it('tell apart two backups in the same millisecond', () => {
    const time = new Date('2025-03-01T09:30:00.123Z');
    expect(backupName(time, 1)).toBe('barometer-backup-20250301T093000123Z-1.barometer-backup');
    expect(backupTime(backupName(time, 1))?.toISOString()).toBe('2025-03-01T09:30:00.123Z');
  });

  it.each([
    '.barometer-backup-20250301T093000123Z.barometer-backup.a1b2c3.tmp',
    '../barometer-backup-20250301T093000123Z.barometer-backup',
    'barometer-backup-20251301T093000123Z.barometer-backup',
    'barometer-backup-20250301T093000123Z.barometer',
    'notes.txt',
  ])('are not recognised in %s', (name) => {
    expect(backupTime(name)).toBeNull();
  });
});

describe('backup rotation', () => {
  it(`keeps everything while there are at most ${KEEP_LAST}`, () => {
    const backups = Array.from({ length: KEEP_LAST }, (_, i) => at(new Date(NOW.getTime() - i * 60_000).toISOString()));
    expect(backupsToRemove(backups, NOW)).toEqual([]);
  });

  it(`keeps the last ${KEEP_LAST} of one busy day and removes older ones of that day`, () => {
    const backups = Array.from({ length: 30 }, (_, i) => at(new Date(NOW.getTime() - i * 5 * 60_000).toISOString()));
    const removed = backupsToRemove(backups, NOW);
    expect(removed).toHaveLength(10);
    expect(removed).toEqual(backups.slice(KEEP_LAST).map((b) => b.name));
  });

  it(`keeps one per day (the newest) for ${KEEP_DAYS} days beyond the last ${KEEP_LAST}`, () => {
    // Four backups a day for 40 days, the newest at NOW.
    const backups: DatedBackup[] = [];
    for (let day = 0; day < 40; day++) {
      for (let k = 0; k < 4; k++) backups.push(at(new Date(NOW.getTime() - day * DAY - k * HOUR).toISOString()));
    }
    const removed = new Set(backupsToRemove(backups, NOW));
    const kept = backups.filter((b) => !removed.has(b.name));
    // The newest 20 (five days) plus the newest of each of the 25 days before them, within 30 days.
    expect(kept).toHaveLength(KEEP_LAST + (KEEP_DAYS - 5));
    const keptDays = new Set(kept.map((b) => b.writtenAt.toISOString().slice(0, 10)));
    expect(keptDays.size).toBe(KEEP_DAYS);
    expect([...keptDays].sort()[0]).toBe('2025-03-02');
    // Of an older day, it is the newest backup that stays.
    expect(kept.some((b) => b.writtenAt.toISOString() === '2025-03-10T12:00:00.000Z')).toBe(true);
    expect(kept.some((b) => b.writtenAt.toISOString() === '2025-03-10T11:00:00.000Z')).toBe(false);
  });

  it('removes a backup older than 30 days once 20 newer ones exist', () => {
    const old = at('2025-01-01T08:00:00.000Z');
    const recent = Array.from({ length: KEEP_LAST }, (_, i) => at(new Date(NOW.getTime() - i * HOUR).toISOString()));
    expect(backupsToRemove([old, ...recent], NOW)).toEqual([old.name]);
  });

  it('never removes the only backups there are, however old', () => {
    const old = [at('2024-01-01T08:00:00.000Z'), at('2024-06-01T08:00:00.000Z')];
    expect(backupsToRemove(old, NOW)).toEqual([]);
  });

  it('keeps a backup dated in the future (a wrong clock) rather than guess', () => {
    const future = at('2030-01-01T00:00:00.000Z');
    const recent = Array.from({ length: 25 }, (_, i) => at(new Date(NOW.getTime() - i * 60_000).toISOString()));
    expect(backupsToRemove([future, ...recent], NOW)).not.toContain(future.name);
  });

  it('gives the same answer whatever order the folder lists the files in', () => {
    const backups = Array.from({ length: 50 }, (_, i) => at(new Date(NOW.getTime() - i * 7 * HOUR).toISOString()));
    const shuffled = [...backups].reverse();
    expect(new Set(backupsToRemove(shuffled, NOW))).toEqual(new Set(backupsToRemove(backups, NOW)));
  });
});
