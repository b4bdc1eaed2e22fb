/**
 * The keyboard model of heads-down keying, in one place: what a key does in each kind of field.
 * The entry screen and the verification screen both ask `keyAction` and carry out its answer, so
 * the two keying screens cannot drift apart. Arrows move between fields and never change a value;
 * only a code key, Space on the focused option or a click sets one.
 */

/** The parts of a key event the keymap looks at (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed. `choice` is a single or multiple choice question, `grid-row` one row of a grid. */
export type FieldKind = 'text' | 'number' | 'longtext' | 'single' | 'multi' | 'grid-row' | 'other';

export type KeyAction =
  /** Enter (Ctrl+Enter in long text), ↓ outside long text: commit and go to the next field or grid row. */
  | { kind: 'next-field' }
  /** ↑ outside long text: the previous field or grid row. */
  | { kind: 'previous-field' }
  | { kind: 'next-section' }
  | { kind: 'previous-section' }
  /** A digit in a choice: one keystroke of an option's code (see code-entry). */
  | { kind: 'code-digit'; digit: string }
  /** ← / → in a choice: the focus moves to the neighbouring option; the value stays. */
  | { kind: 'focus-option'; step: -1 | 1 }
  /** Delete / Backspace in a single choice or grid row: clear the answer. */
  | { kind: 'clear' }
  /** Ctrl+Z in a choice: undo what the last exclusive option did. */
  | { kind: 'undo' }
  /** Escape: back to the list (what was typed is saved first). */
  | { kind: 'leave' }
  /** A key the native control may not act on (Home / End in a radio group would pick an option). */
  | { kind: 'block' }
  /** Let the browser do what it does (typing, Tab, Space on a checkbox or radio). */
  | { kind: 'native' };

const NATIVE: KeyAction = { kind: 'native' };

const isChoice = (field: FieldKind) => field === 'single' || field === 'multi' || field === 'grid-row';

function plain(p: KeyPress): boolean {
  return !p.altKey && !p.ctrlKey && !p.metaKey && !p.shiftKey;
}

/** What `press` does in a field of kind `field`. */
export function keyAction(p: KeyPress, field: FieldKind): KeyAction {
  const inLongText = field === 'longtext';
  if (p.key === 'Escape' && plain(p)) return { kind: 'leave' };
  if (p.altKey && !p.ctrlKey && !p.metaKey && !p.shiftKey) {
    if (p.key === 'ArrowRight') return { kind: 'next-section' };
    if (p.key === 'ArrowLeft') return { kind: 'previous-section' };
    return NATIVE;
  }
  if (plain(p) && !inLongText) {
    if (p.key === 'PageDown') return { kind: 'next-section' };
    if (p.key === 'PageUp') return { kind: 'previous-section' };
  }
  if (p.key === 'Enter' && !p.altKey && !p.shiftKey) {
    const ctrl = p.ctrlKey || p.metaKey;
    if (inLongText) return ctrl ? { kind: 'next-field' } : NATIVE;
    return ctrl || field === 'other' ? NATIVE : { kind: 'next-field' };
  }
  if (field === 'other') return NATIVE;
  if (!plain(p)) {
    const undo = (p.ctrlKey || p.metaKey) && !p.altKey && !p.shiftKey && p.key.toLowerCase() === 'z';
    return undo && isChoice(field) ? { kind: 'undo' } : NATIVE;
  }
  if (!inLongText) {
    if (p.key === 'ArrowDown') return { kind: 'next-field' };
    if (p.key === 'ArrowUp') return { kind: 'previous-field' };
  }
  if (!isChoice(field)) return NATIVE;
  if (p.key === 'ArrowLeft') return { kind: 'focus-option', step: -1 };
  if (p.key === 'ArrowRight') return { kind: 'focus-option', step: 1 };
  if (p.key === 'Home' || p.key === 'End') return { kind: 'block' };
  if (/^[0-9]$/.test(p.key)) return { kind: 'code-digit', digit: p.key };
  if ((p.key === 'Delete' || p.key === 'Backspace') && field !== 'multi') return { kind: 'clear' };
  return NATIVE;
}

/** The keys as the typist reads them on screen, by action (both keying screens show the same). */
export const KEY_NAMES = {
  nextField: ['Enter', '↓'],
  previousField: ['↑'],
  nextSection: ['Alt+→', 'Page Down'],
  previousSection: ['Alt+←', 'Page Up'],
  focusOption: ['←', '→'],
  pick: ['Space'],
  clear: ['Delete'],
  undo: ['Ctrl+Z'],
  leave: ['Esc'],
  longTextNext: ['Ctrl+Enter'],
} as const;
