/**
 * When a keying session's counts reach the store while the typist keys: the first keystroke writes
 * the session's row at once, later ones at most `SAVE_WITHIN_MS` after they were counted (one small
 * write a second while keying, never one per key), and `flush` writes what is counted now (the page
 * is hidden, the screen left). So a crash loses at most the last second of counts, never the session.
 * One write at a time: a flush asked for while one runs follows it, so the row never goes backwards.
 * Framework-free; the write itself is passed in.
 */
import type { KeystrokeTally } from '../../core/keying/keystroke-tally';

/** At most this long (ms) between a keystroke and its count on disk, while the page stays open. */
export const SAVE_WITHIN_MS = 1_000;

/** Writes the session with this tally; false when it could not be written yet (tried again later). */
export type SaveSession = (tally: KeystrokeTally) => Promise<boolean>;

export class KeyingSessionSaver {
  private latest: KeystrokeTally | null = null;
  /** Keystrokes in the last write that succeeded or runs now; -1 before the first. */
  private saved = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly save: SaveSession,
    private readonly withinMs: number = SAVE_WITHIN_MS,
  ) {}

  /** A keystroke was counted. */
  update(tally: KeystrokeTally): void {
    this.latest = tally;
    if (tally.keystrokes === 0) return;
    if (this.saved < 0 && this.running === null) {
      void this.flush();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.withinMs);
  }

  /** Writes the counts now (unless they are written already); resolves when the write it started is done. */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const tally = this.latest;
    if (tally === null || tally.keystrokes === 0 || tally.keystrokes === this.saved) return Promise.resolve();
    const before = this.saved;
    this.saved = tally.keystrokes;
    this.running = this.save(tally)
      .then(
        (written) => {
          if (!written) this.saved = before;
        },
        // Statistics only: a failed write never stands in the typist's way; the next one tries again.
        () => {
          this.saved = before;
        },
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.flush();
        }
      });
    return this.running;
  }

  /** Stops the pending timer (the screen is gone: call `flush` first to keep the last counts). */
  dispose(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
