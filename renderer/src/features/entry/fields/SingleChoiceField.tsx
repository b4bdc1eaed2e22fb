import type { FieldProps } from './field-props';
import { Hint, Legend, TextLabel } from './FieldLabel';
import { useChoiceKeys, useOptionCodes } from './choice-keys';
import { CodeNoticeText } from './CodeNotice';

/** The class of a list of options: side by side (horizontal), in two columns when long, else one under another. */
export function optionsClass(p: Pick<FieldProps, 'appearance' | 'choices'>): string {
  if (p.appearance === 'horizontal') return 'q-options q-options-horizontal';
  return p.choices.length > 6 ? 'q-options q-options-long' : 'q-options';
}

/**
 * XLSForm's `minimal`: a drop-down list (role combobox) named by the question's wording. Typing an
 * option's first letters picks it, as in any list box; Enter moves on (the choice is saved when made).
 */
function SingleChoiceSelect(p: FieldProps & { placeholder: string }) {
  const selected = typeof p.value === 'string' ? p.value : '';
  return (
    <>
      <TextLabel {...p} />
      <Hint id={p.id} hint={p.hint} />
      <select
        id={p.id}
        name={p.name}
        className="q-select"
        value={selected}
        disabled={p.readOnly}
        aria-required={p.required || undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={p.describedBy}
        onChange={(e) => p.onCommit(e.target.value === '' ? undefined : e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          p.onAdvance(e.currentTarget);
        }}
      >
        <option value="">{p.placeholder}</option>
        {p.choices.map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.label[p.lang]}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * A radio group: a fieldset (role radiogroup) named by its legend, the question's wording; with the
 * appearance `minimal`, a drop-down list.
 */
export function SingleChoiceField(p: FieldProps & { placeholder: string }) {
  if (p.appearance === 'minimal') return <SingleChoiceSelect {...p} />;
  return <SingleChoiceRadios {...p} />;
}

function SingleChoiceRadios(p: FieldProps) {
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
      <div className={optionsClass(p)}>
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
