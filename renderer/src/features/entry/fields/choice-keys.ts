import type { KeyboardEvent } from 'react';
import { digitOption } from '../keyboard-navigation';

/** The digit that picks the n-th option (1–9, then 0 for the tenth), or '' beyond that. */
export function optionKey(index: number): string {
  return index < 9 ? String(index + 1) : index === 9 ? '0' : '';
}

export interface ChoiceKeyActions {
  /** A digit picked option `index`; `input` is its control, to receive the focus. */
  pick(index: number, input: HTMLInputElement): void;
  /** Delete / Backspace (single choice only): clear the answer. */
  clear?(): void;
  onAdvance(from: Element): void;
}

/**
 * Keys of a group of radios or checkboxes: digits pick, Enter moves on, Delete clears. Arrow keys
 * and Space are left to the browser (native radio and checkbox behaviour).
 */
export function choiceKeyDown(actions: ChoiceKeyActions) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (!(target instanceof HTMLInputElement)) return;
    if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      actions.onAdvance(target);
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && actions.clear) {
      e.preventDefault();
      actions.clear();
      return;
    }
    const index = digitOption(e);
    if (index === null) return;
    const inputs = e.currentTarget.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]`);
    const input = inputs[index];
    if (!input || input.disabled) return;
    e.preventDefault();
    actions.pick(index, input);
  };
}
