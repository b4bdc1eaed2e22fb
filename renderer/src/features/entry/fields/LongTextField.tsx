import { formatText, textToAnswer } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import { ANSWER_MAX_CHARS, showCounter } from '../../../core/limits/limits';
import type { FieldProps } from './field-props';
import { counterId, LengthCounter } from './LengthCounter';
import { Hint, TextLabel } from './FieldLabel';
import { moveOnKey } from './TextField';

/** Enter types a new line here; Ctrl+Enter moves on. */
export function LongTextField(p: FieldProps) {
  const { draft, change, flush, revert } = useDraftCommit(p.value, formatText, textToAnswer, p.onCommit);
  const max = ANSWER_MAX_CHARS.longtext ?? Infinity;
  const counted = showCounter(draft.length, max);
  return (
    <>
      <TextLabel {...p} />
      <Hint id={p.id} hint={p.hint} />
      <textarea
        id={p.id}
        name={p.name}
        className="q-input q-longtext"
        rows={4}
        value={draft}
        readOnly={p.readOnly}
        aria-required={p.required || undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={[p.describedBy, counted ? counterId(p.id) : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          if (!flush()) revert();
        }}
        onKeyDown={moveOnKey(flush, p, 'longtext')}
      />
      <LengthCounter id={p.id} length={draft.length} max={max} lang={p.lang} />
    </>
  );
}
