/**
 * Keying an option's code: the state machine behind the digit keys of a choice. Every option has a
 * code (its badge): the list's own codes when they are all numbers, else its position 1, 2, … n.
 * A code that no longer code begins with is complete at once ("3" in a list of four; "11" in a list
 * of twelve); a code that a longer one begins with ("1" when there are ten or more) waits for the next
 * digit or a short pause. Only a complete code may move the typist on (auto-advance).
 */

/** How long the typist may pause between the digits of one code. */
export const CODE_PAUSE_MS = 700;

/** The digits typed so far for one field; '' when nothing is pending. */
export interface CodeEntry {
  typed: string;
}

export const NO_CODE: CodeEntry = { typed: '' };

export type CodeStep =
  /** `typed` is the start of a longer code; `match` is the option it already names, if any. Wait. */
  | { kind: 'pending'; next: CodeEntry; typed: string; match: number | null }
  /** Option `index` is chosen. `complete`: no longer code begins with it (auto-advance may follow). */
  | { kind: 'chosen'; next: CodeEntry; index: number; code: string; complete: boolean }
  /** No option has this code: nothing changes. */
  | { kind: 'invalid'; next: CodeEntry; typed: string };

/**
 * The keying codes of a list, in option order: the stored codes when every one is a number of one or
 * two digits without a leading zero (and no two alike), else 1 … n.
 */
export function optionCodes(storedCodes: readonly string[]): string[] {
  const own = storedCodes.every((c) => /^[1-9][0-9]?$/.test(c)) && new Set(storedCodes).size === storedCodes.length;
  return own ? [...storedCodes] : storedCodes.map((_, i) => String(i + 1));
}

/** One more digit. */
export function typeDigit(codes: readonly string[], entry: CodeEntry, digit: string): CodeStep {
  const typed = entry.typed + digit;
  const index = codes.indexOf(typed);
  const longer = codes.some((c) => c.length > typed.length && c.startsWith(typed));
  if (longer) return { kind: 'pending', next: { typed }, typed, match: index >= 0 ? index : null };
  if (index >= 0) return { kind: 'chosen', next: NO_CODE, index, code: typed, complete: true };
  return { kind: 'invalid', next: NO_CODE, typed };
}

/**
 * The typist paused, or pressed Enter: what is pending is taken as it stands. The choice is not
 * `complete` (the typist may have meant a longer code), so it never moves them on by itself.
 * Null when nothing was pending.
 */
export function endCode(codes: readonly string[], entry: CodeEntry): CodeStep | null {
  if (entry.typed === '') return null;
  const index = codes.indexOf(entry.typed);
  if (index < 0) return { kind: 'invalid', next: NO_CODE, typed: entry.typed };
  return { kind: 'chosen', next: NO_CODE, index, code: entry.typed, complete: false };
}

/** The widest code of a list: 1 for up to nine options, 2 beyond (the badges line up with it). */
export function codeWidth(codes: readonly string[]): number {
  return codes.reduce((w, c) => Math.max(w, c.length), 0);
}
