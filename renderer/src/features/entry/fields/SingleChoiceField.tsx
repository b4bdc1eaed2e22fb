import type { FieldProps } from './field-props';
import { Hint, Legend } from './FieldLabel';
import { useChoiceKeys, useOptionCodes } from './choice-keys';
import { CodeNoticeText } from './CodeNotice';

/** A radio group: a fieldset (role radiogroup) named by its legend, the question's wording. */
export function SingleChoiceField(p: FieldProps) {
  const selected = typeof p.value === 'string' ? p.value : undefined;
  const codes = useOptionCodes(p.choices);
  const keys = useChoiceKeys({
    kind: 'single',
    codes,
    pick: (index) => {
      const choice = p.choices[index];
      if (choice && choice.code !== selected) return p.onCommit(choice.code);
      return undefined;
    },
    clear: () => {
      if (selected !== undefined) p.onCommit(undefined);
    },
    autoAdvance: p.autoAdvance,
    onAdvance: p.onAdvance,
    onRetreat: p.onRetreat,
  });
  return (
    <fieldset
      id={p.id}
      className="q-group"
      role="radiogroup"
      disabled={p.readOnly}
      aria-required={p.required || undefined}
      aria-invalid={p.invalid || undefined}
      aria-describedby={p.describedBy}
      onKeyDown={p.readOnly ? undefined : keys.onKeyDown}
      onBlur={keys.onBlur}
    >
      <Legend {...p} />
      <Hint id={p.id} hint={p.hint} />
      <div className={p.choices.length > 6 ? 'q-options q-options-long' : 'q-options'}>
        {p.choices.map((choice, index) => (
          <label key={choice.code} className="q-option">
            <input
              type="radio"
              name={p.name}
              value={choice.code}
              checked={selected === choice.code}
              disabled={p.readOnly}
              onChange={() => p.onCommit(choice.code)}
            />
            <span className="q-option-key" aria-hidden="true">
              {codes[index]}
            </span>
            <span className="q-option-label">{choice.label[p.lang]}</span>
          </label>
        ))}
      </div>
      <CodeNoticeText notice={keys.notice} lang={p.lang} />
    </fieldset>
  );
}
