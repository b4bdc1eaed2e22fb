/**
 * Which backups to keep: the newest KEEP_LAST, plus the newest of each UTC day for KEEP_DAYS days.
 * Pure, so the policy is tested without a file system.
 */
export const KEEP_LAST = 20;
export const KEEP_DAYS = 30;

export interface DatedBackup {
  name: string;
  writtenAt: Date;
}

export interface RotationPolicy {
  keepLast: number;
  keepDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (time: Date): string => time.toISOString().slice(0, 10);

/**
 * The names of the backups to delete. A backup dated in the future (a clock set wrong) is kept
 * like any recent one: deleting it would be a guess. Days count back from `now`'s UTC day.
 */
export function backupsToRemove(
  backups: readonly DatedBackup[],
  now: Date,
  policy: RotationPolicy = { keepLast: KEEP_LAST, keepDays: KEEP_DAYS },
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.writtenAt.getTime() - a.writtenAt.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((b) => b.name));
  const oldestKeptDay = dayOf(new Date(Date.parse(dayOf(now)) - (policy.keepDays - 1) * DAY_MS));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayOf(backup.writtenAt);
    if (day < oldestKeptDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.name);
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
