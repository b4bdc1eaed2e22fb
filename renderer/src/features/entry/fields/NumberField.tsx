import { useCallback } from 'react';
import type { AnswerValue } from '../../../core/questionnaire/model';
import { formatNumber, parseNumberText } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import type { FieldProps } from './field-props';
import { Hint, TextLabel } from './FieldLabel';
import { moveOnKey } from './TextField';

/** integer, decimal and year. A text box (not type=number) so "2,5" and a Danish keyboard work. */
export function NumberField(p: FieldProps & { kind: 'integer' | 'decimal' | 'year' }) {
  const { lang } = p;
  const toText = useCallback((v: AnswerValue | undefined) => formatNumber(v, lang), [lang]);
  const { draft, change, flush } = useDraftCommit(p.value, toText, parseNumberText, p.onCommit);
  return (
    <>
      <TextLabel {...p} />
      <Hint id={p.id} hint={p.hint} />
      <input
        id={p.id}
        name={p.name}
        type="text"
        inputMode={p.kind === 'decimal' ? 'decimal' : 'numeric'}
        className={`q-input q-number q-${p.kind}`}
        autoComplete="off"
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
