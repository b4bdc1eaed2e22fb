/**
 * PIN attempts (issue 10, item 7): each wrong PIN for a profile makes the next attempt wait longer,
 * so guessing a 4-digit PIN takes days, not minutes. The first three wrong attempts cost nothing
 * extra; from the fourth the wait doubles from 1 s up to 5 minutes. A right PIN starts over.
 */
export interface PinAttempts {
  /** Wrong attempts in a row. */
  failures: number;
  /** When the last wrong attempt was made (ms since 1970). */
  lastFailureAt: number;
}

/** Wrong attempts that cost no wait. */
export const FREE_PIN_FAILURES = 3;
/** The longest wait between attempts. */
export const MAX_PIN_WAIT_MS = 5 * 60_000;

/** How long after the last wrong attempt the next may be made, in ms. */
export function pinWaitMs(failures: number): number {
  if (failures < FREE_PIN_FAILURES) return 0;
  return Math.min(MAX_PIN_WAIT_MS, 1000 * 2 ** (failures - FREE_PIN_FAILURES));
}

/** Milliseconds still to wait at `now` (0: an attempt may be made). */
export function pinWaitLeft(attempts: PinAttempts | undefined, now: number): number {
  if (!attempts) return 0;
  return Math.max(0, attempts.lastFailureAt + pinWaitMs(attempts.failures) - now);
}
