import { describe, expect, it } from 'vitest';
import { keyAction, type FieldKind, type KeyPress } from '../../../../renderer/src/core/keying/keymap';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('the keymap: arrows move, codes choose', () => {
  it('↑ and ↓ move to the previous and next field in every field but long text', () => {
    for (const field of ['text', 'number', 'single', 'multi', 'grid-row'] as FieldKind[]) {
      expect(keyAction(press('ArrowDown'), field)).toEqual({ kind: 'next-field' });
      expect(keyAction(press('ArrowUp'), field)).toEqual({ kind: 'previous-field' });
    }
    // In long text the arrows move between lines.
    expect(keyAction(press('ArrowDown'), 'longtext')).toEqual({ kind: 'native' });
    expect(keyAction(press('ArrowUp'), 'longtext')).toEqual({ kind: 'native' });
  });

  it('← and → in a choice move the focus between options and never pick; in a text box they move the cursor', () => {
    expect(keyAction(press('ArrowLeft'), 'single')).toEqual({ kind: 'focus-option', step: -1 });
    expect(keyAction(press('ArrowRight'), 'grid-row')).toEqual({ kind: 'focus-option', step: 1 });
    expect(keyAction(press('ArrowRight'), 'multi')).toEqual({ kind: 'focus-option', step: 1 });
    expect(keyAction(press('ArrowLeft'), 'number')).toEqual({ kind: 'native' });
    expect(keyAction(press('Home'), 'single')).toEqual({ kind: 'block' });
    expect(keyAction(press('End'), 'grid-row')).toEqual({ kind: 'block' });
  });

  it('Enter moves on, except in long text where Ctrl+Enter does', () => {
    expect(keyAction(press('Enter'), 'text')).toEqual({ kind: 'next-field' });
    expect(keyAction(press('Enter'), 'single')).toEqual({ kind: 'next-field' });
    expect(keyAction(press('Enter'), 'longtext')).toEqual({ kind: 'native' });
    expect(keyAction(press('Enter', { ctrlKey: true }), 'longtext')).toEqual({ kind: 'next-field' });
    expect(keyAction(press('Enter', { shiftKey: true }), 'text')).toEqual({ kind: 'native' });
    expect(keyAction(press('Enter'), 'other')).toEqual({ kind: 'native' });
  });

  it('digits are code keys in choices only; Delete clears a single choice; Ctrl+Z undoes in a choice', () => {
    expect(keyAction(press('7'), 'single')).toEqual({ kind: 'code-digit', digit: '7' });
    expect(keyAction(press('0'), 'multi')).toEqual({ kind: 'code-digit', digit: '0' });
    expect(keyAction(press('7'), 'number')).toEqual({ kind: 'native' });
    expect(keyAction(press('7', { ctrlKey: true }), 'single')).toEqual({ kind: 'native' });
    expect(keyAction(press('Delete'), 'single')).toEqual({ kind: 'clear' });
    expect(keyAction(press('Backspace'), 'grid-row')).toEqual({ kind: 'clear' });
    expect(keyAction(press('Delete'), 'multi')).toEqual({ kind: 'native' });
    expect(keyAction(press('z', { ctrlKey: true }), 'multi')).toEqual({ kind: 'undo' });
    expect(keyAction(press('Z', { metaKey: true }), 'single')).toEqual({ kind: 'undo' });
    expect(keyAction(press('z', { ctrlKey: true }), 'text')).toEqual({ kind: 'native' });
    expect(keyAction(press(' '), 'single')).toEqual({ kind: 'native' });
  });

  it('sections change with Alt+←/→ anywhere, Page Up/Down outside long text; Esc leaves from anywhere', () => {
    expect(keyAction(press('ArrowRight', { altKey: true }), 'longtext')).toEqual({ kind: 'next-section' });
    expect(keyAction(press('ArrowLeft', { altKey: true }), 'single')).toEqual({ kind: 'previous-section' });
    expect(keyAction(press('PageDown'), 'grid-row')).toEqual({ kind: 'next-section' });
    expect(keyAction(press('PageUp'), 'text')).toEqual({ kind: 'previous-section' });
    expect(keyAction(press('PageDown'), 'longtext')).toEqual({ kind: 'native' });
    for (const field of ['text', 'longtext', 'single', 'other'] as FieldKind[]) expect(keyAction(press('Escape'), field)).toEqual({ kind: 'leave' });
  });
});
