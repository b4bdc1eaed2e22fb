import type { ChoiceDef } from '../../../core/questionnaire/model';
import { selectedCodes } from '../answer-text';
import type { FieldProps } from './field-props';
import { Hint, Legend } from './FieldLabel';
import { choiceKeyDown, optionKey } from './choice-keys';

/**
 * The codes after ticking or unticking one option, in the choice list's order. Ticking an exclusive
 * option ("no collaboration", "don't know") unticks the others; ticking another unticks it.
 */
export function toggleCode(choices: readonly ChoiceDef[], selected: readonly string[], code: string): string[] {
  const choice = choices.find((c) => c.code === code);
  let next: Set<string>;
  if (selected.includes(code)) next = new Set(selected.filter((c) => c !== code));
  else if (choice?.exclusive) next = new Set([code]);
  else {
    const exclusive = new Set(choices.filter((c) => c.exclusive).map((c) => c.code));
    next = new Set([...selected.filter((c) => !exclusive.has(c)), code]);
  }
  const order = choices.map((c) => c.code);
  return [...next].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export function MultiChoiceField(p: FieldProps & { maxSelected?: number | undefined; exclusiveNote: string; countNote: string }) {
  const selected = selectedCodes(p.value);
  const toggle = (code: string) => {
    const next = toggleCode(p.choices, selected, code);
    p.onCommit(next.length === 0 ? undefined : next);
  };
  const onKeyDown = choiceKeyDown({
    pick: (index, input) => {
      const choice = p.choices[index];
      if (choice) toggle(choice.code);
      input.focus();
    },
    onAdvance: p.onAdvance,
  });
  const countId = `${p.id}-count`;
  const describedBy = [p.describedBy, p.maxSelected !== undefined ? countId : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      id={p.id}
      className="q-group"
      disabled={p.readOnly}
      aria-invalid={p.invalid || undefined}
      aria-describedby={describedBy || undefined}
      onKeyDown={p.readOnly ? undefined : onKeyDown}
    >
      <Legend {...p} />
      <Hint id={p.id} hint={p.hint} />
      {p.maxSelected !== undefined && (
        <p id={countId} className="q-count">
          {p.countNote}
        </p>
      )}
      <div className={p.choices.length > 6 ? 'q-options q-options-long' : 'q-options'}>
        {p.choices.map((choice, index) => (
          <label key={choice.code} className="q-option">
            <input
              type="checkbox"
              name={p.name}
              value={choice.code}
              checked={selected.includes(choice.code)}
              disabled={p.readOnly}
              aria-describedby={choice.exclusive ? `${p.id}-${choice.code}-excl` : undefined}
              onChange={() => toggle(choice.code)}
            />
            <span className="q-option-key" aria-hidden="true">
              {optionKey(index)}
            </span>
            <span className="q-option-label">{choice.label[p.lang]}</span>
            {choice.exclusive && (
              <span id={`${p.id}-${choice.code}-excl`} className="q-option-note" aria-hidden="true">
                ({p.exclusiveNote})
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
