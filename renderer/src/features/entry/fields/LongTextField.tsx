import { formatText, textToAnswer } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import type { FieldProps } from './field-props';
import { Hint, TextLabel } from './FieldLabel';
import { moveOnKey } from './TextField';

/** Enter types a new line here; Ctrl+Enter moves on. */
export function LongTextField(p: FieldProps) {
  const { draft, change, flush, revert } = useDraftCommit(p.value, formatText, textToAnswer, p.onCommit);
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
        aria-describedby={p.describedBy}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          if (!flush()) revert();
        }}
        onKeyDown={moveOnKey(flush, p, 'longtext')}
      />
    </>
  );
}
