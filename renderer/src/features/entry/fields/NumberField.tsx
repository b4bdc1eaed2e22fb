import { useCallback, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { flushSync } from 'react-dom';
import { acceptsNumberText, isFull, type NumberRules } from '../../../core/keying/number-keys';
import type { AnswerValue } from '../../../core/questionnaire/model';
import { formatNumber, parseNumberText } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import type { FieldProps } from './field-props';
import { Hint, TextLabel } from './FieldLabel';
import { moveOnKey, useRekey } from './TextField';

/**
 * integer, decimal and year. A text box (not type=number) so "2,5" and a Danish keyboard work.
 * With auto-advance, a year moves on after four digits, an integer when it has its maximum's digits.
 */
export function NumberField(p: FieldProps & { rules: NumberRules }) {
  const { lang, rules } = p;
  const toText = useCallback((v: AnswerValue | undefined) => formatNumber(v, lang), [lang]);
  const { draft, change, flush, revert, clear } = useDraftCommit(p.value, toText, parseNumberText, p.onCommit, p.commitOnPause ?? true);
  useRekey(p.rekey, clear);
  const { t } = useTranslation('entry', { lng: lang });
  const [refusedKey, setRefusedKey] = useState(false);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    const input = e.target;
    // A keystroke the field cannot hold (a letter in a number) is not taken: the text stays as it was.
    if (!acceptsNumberText(rules, text)) {
      setRefusedKey(true);
      return;
    }
    change(text);
    const typedAtEnd = input.selectionStart === text.length;
    if (p.autoAdvance && typedAtEnd && isFull(rules, text)) {
      const outcome: { accepted: boolean | void } = { accepted: true };
      flushSync(() => {
        outcome.accepted = flush();
      });
      if (outcome.accepted !== false) p.onAdvance(input);
    }
  };
  return (
    <>
      <TextLabel {...p} />
      <Hint id={p.id} hint={p.hint} />
      <input
        id={p.id}
        name={p.name}
        type="text"
        inputMode={rules.kind === 'decimal' ? 'decimal' : 'numeric'}
        className={`q-input q-number q-${rules.kind}`}
        autoComplete="off"
        value={draft}
        readOnly={p.readOnly}
        aria-required={p.required || undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={p.describedBy}
        onChange={onChange}
        onFocus={() => setRefusedKey(false)}
        onBlur={() => {
          if (!flush()) revert();
        }}
        onKeyDown={moveOnKey(flush, p, 'number')}
      />
      <p className="q-code-notice q-code-invalid" aria-live="polite">
        {refusedKey ? t(rules.kind === 'decimal' ? 'refused.decimalKeys' : 'refused.digitKeys') : ''}
      </p>
    </>
  );
}
