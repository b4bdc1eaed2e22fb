import { useEffect, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { keyAction } from '../../../core/keying/keymap';
import { formatText, textToAnswer } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import { ANSWER_MAX_CHARS, showCounter } from '../../../core/limits/limits';
import type { FieldProps } from './field-props';
import { counterId, LengthCounter } from './LengthCounter';
import { Hint, TextLabel } from './FieldLabel';

/**
 * Enter (or, in long text, Ctrl+Enter) and ↓ commit at once and move on; ↑ commits and goes back.
 * The commit is flushed synchronously so a question it brings into view is there to receive the
 * focus. A value the field refuses (`flush` returns false) keeps the cursor where it is.
 */
export function moveOnKey(
  flush: () => boolean | void,
  nav: { onAdvance(from: Element): void; onRetreat(from: Element): void },
  kind: 'text' | 'number' | 'longtext' = 'text',
) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const action = keyAction(e, kind);
    if (action.kind !== 'next-field' && action.kind !== 'previous-field') return;
    e.preventDefault();
    const from = e.currentTarget;
    const outcome: { accepted: boolean | void } = { accepted: true };
    flushSync(() => {
      outcome.accepted = flush();
    });
    if (outcome.accepted === false) return;
    if (action.kind === 'next-field') nav.onAdvance(from);
    else nav.onRetreat(from);
  };
}

/** Empties the field each time `rekey` changes (a verification mismatch asks for the value again). */
export function useRekey(rekey: number | undefined, clear: () => void): void {
  useEffect(() => {
    if (rekey !== undefined && rekey > 0) clear();
  }, [rekey, clear]);
}

export function TextField(p: FieldProps) {
  const { draft, change, flush, revert, clear } = useDraftCommit(p.value, formatText, textToAnswer, p.onCommit, p.commitOnPause ?? true);
  useRekey(p.rekey, clear);
  const max = ANSWER_MAX_CHARS.text ?? Infinity;
  const counted = showCounter(draft.length, max);
  return (
    <>
      <TextLabel {...p} />
      <Hint id={p.id} hint={p.hint} />
      <input
        id={p.id}
        name={p.name}
        type="text"
        className="q-input"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        readOnly={p.readOnly}
        aria-required={p.required || undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={[p.describedBy, counted ? counterId(p.id) : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          if (!flush()) revert();
        }}
        onKeyDown={moveOnKey(flush, p)}
      />
      <LengthCounter id={p.id} length={draft.length} max={max} lang={p.lang} />
    </>
  );
}
