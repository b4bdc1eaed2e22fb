/**
 * Counting keystrokes for the keyer statistics: counts and times only, never which key or what
 * was typed. A key that only modifies others (Shift, Ctrl, …) is not a keystroke; neither is a
 * held key's auto-repeat. A gap longer than `PAUSE_AFTER_MS` between two keystrokes is pause time.
 */
export const PAUSE_AFTER_MS = 60_000;

export interface KeystrokeTally {
  keystrokes: number;
  /** Epoch ms of the first and the last keystroke; null before the first. */
  firstAt: number | null;
  lastAt: number | null;
  pauseMs: number;
}

export const NO_KEYSTROKES: KeystrokeTally = { keystrokes: 0, firstAt: null, lastAt: null, pauseMs: 0 };

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn', 'OS']);

/** The tally after one key event at `at` (epoch ms). */
export function countKeystroke(tally: KeystrokeTally, event: { key: string; repeat?: boolean }, at: number): KeystrokeTally {
  if (event.repeat === true || MODIFIERS.has(event.key)) return tally;
  const gap = tally.lastAt === null ? 0 : Math.max(0, at - tally.lastAt);
  return {
    keystrokes: tally.keystrokes + 1,
    firstAt: tally.firstAt ?? at,
    lastAt: at,
    pauseMs: tally.pauseMs + (gap > PAUSE_AFTER_MS ? gap : 0),
  };
}
