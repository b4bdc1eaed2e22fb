import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { CODE_PAUSE_MS, endCode, NO_CODE, optionCodes, typeDigit, type CodeEntry, type CodeStep } from '../../../core/keying/code-entry';
import { keyAction, type FieldKind } from '../../../core/keying/keymap';
import type { ChoiceDef } from '../../../core/questionnaire/model';

/** The keying codes of a choice list (the badges), in option order. */
export function useOptionCodes(choices: readonly ChoiceDef[]): string[] {
  return useMemo(() => optionCodes(choices.map((c) => c.code)), [choices]);
}

export interface ChoiceKeyActions {
  kind: Extract<FieldKind, 'single' | 'multi' | 'grid-row'>;
  codes: readonly string[];
  /** A code (or Space / a click, through onChange) picked option `index`; for a multiple choice it toggles it. */
  pick(index: number): boolean | void;
  /** Delete / Backspace (single choice, grid row): clear the answer. */
  clear?(): void;
  /** Ctrl+Z: undo the last exclusive option's unticking. */
  undo?(): void;
  /** Move on after a complete code (single choice, grid row) when the profile keys with auto-advance. */
  autoAdvance: boolean;
  onAdvance(from: Element): void;
  onRetreat(from: Element): void;
}

/** What the digits typed so far mean, for the field to show: pending digits, or a refused code. */
export type CodeNotice = { kind: 'pending'; typed: string } | { kind: 'invalid'; typed: string } | null;

/**
 * The keys of a group of radios or checkboxes, after the keymap: codes pick (two-digit codes wait
 * for the second digit or a pause), Enter and ↓ move on, ↑ goes back, ← / → move the focus between
 * options without picking, Space picks the focused option (native), Delete clears. Native arrow-key
 * selection of a radio group never happens: its default is prevented.
 */
export function useChoiceKeys(a: ChoiceKeyActions) {
  const entry = useRef<CodeEntry>(NO_CODE);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const group = useRef<HTMLElement | null>(null);
  const [notice, setNotice] = useState<CodeNotice>(null);
  const latest = useRef(a);
  useEffect(() => {
    latest.current = a;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Carries out a code step; returns true when an option was chosen. */
  const pause = useRef<() => void>(() => undefined);
  const apply = (step: CodeStep | null, from: Element | null): boolean => {
    clearTimeout(timer.current);
    if (!step) return false;
    entry.current = step.next;
    const actions = latest.current;
    if (step.kind === 'pending') {
      setNotice({ kind: 'pending', typed: step.typed });
      timer.current = setTimeout(() => pause.current(), CODE_PAUSE_MS);
      return false;
    }
    if (step.kind === 'invalid') {
      setNotice({ kind: 'invalid', typed: step.typed });
      return false;
    }
    setNotice(null);
    // Synchronously, so a question the choice brings into view is there when the focus moves on.
    const picked: { accepted: boolean | void } = { accepted: true };
    flushSync(() => {
      picked.accepted = actions.pick(step.index);
    });
    // A refused value (a verification mismatch) keeps the typist here to key it again.
    if (from && step.complete && actions.autoAdvance && actions.kind !== 'multi' && picked.accepted !== false) {
      actions.onAdvance(from);
      return true;
    }
    // The chosen option takes the focus (so Tab order and Space stay with it), while the typist is here.
    const here = group.current;
    if (here && (from !== null || here.contains(document.activeElement))) here.querySelectorAll<HTMLInputElement>('input')[step.index]?.focus();
    return true;
  };
  useEffect(() => {
    pause.current = () => apply(endCode(latest.current.codes, entry.current), null);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement)) return;
    group.current = e.currentTarget;
    const action = keyAction(e, a.kind);
    switch (action.kind) {
      case 'next-field':
        e.preventDefault();
        apply(endCode(a.codes, entry.current), null);
        a.onAdvance(target);
        return;
      case 'previous-field':
        e.preventDefault();
        apply(endCode(a.codes, entry.current), null);
        a.onRetreat(target);
        return;
      case 'focus-option': {
        e.preventDefault();
        const inputs = Array.from(e.currentTarget.querySelectorAll('input')).filter((i) => i.name === target.name && !i.disabled);
        inputs[inputs.indexOf(target) + action.step]?.focus();
        return;
      }
      case 'block':
        e.preventDefault();
        return;
      case 'clear':
        if (!a.clear) return;
        e.preventDefault();
        apply(null, null);
        entry.current = NO_CODE;
        setNotice(null);
        a.clear();
        return;
      case 'undo':
        if (!a.undo) return;
        e.preventDefault();
        a.undo();
        return;
      case 'code-digit':
        e.preventDefault();
        apply(typeDigit(a.codes, entry.current, action.digit), target);
        return;
      default:
        return;
    }
  };

  /** Leaving the question ends a pending code as it stands (the pause would have). */
  const onBlur = (e: { currentTarget: HTMLElement; relatedTarget: EventTarget | null }) => {
    if (entry.current.typed === '') return;
    if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
    apply(endCode(latest.current.codes, entry.current), null);
  };

  return { onKeyDown, onBlur, notice };
}
