import type { KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { formatText, textToAnswer } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import type { FieldProps } from './field-props';
import { Hint, TextLabel } from './FieldLabel';

/**
 * Enter (or, where Enter types a newline, Ctrl+Enter) commits at once and moves on. The commit is
 * flushed synchronously so a question it brings into view is there to receive the focus.
 */
export function moveOnKey(flush: () => void, onAdvance: (from: Element) => void, needsCtrl = false) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.shiftKey) return;
    if (needsCtrl !== (e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    const from = e.currentTarget;
    flushSync(flush);
    onAdvance(from);
  };
}

export function TextField(p: FieldProps) {
  const { draft, change, flush } = useDraftCommit(p.value, formatText, textToAnswer, p.onCommit);
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
        aria-describedby={p.describedBy}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        onKeyDown={moveOnKey(flush, p.onAdvance)}
      />
    </>
  );
}
