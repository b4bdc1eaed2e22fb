import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceDef } from '../../../core/questionnaire/model';
import { selectedCodes } from '../answer-text';
import type { FieldProps } from './field-props';
import { optionsClass } from './SingleChoiceField';
import { Hint, Legend } from './FieldLabel';
import { useChoiceKeys, useOptionCodes } from './choice-keys';
import { CodeNoticeText } from './CodeNotice';

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
  const { t } = useTranslation('entry', { lng: p.lang });
  const selected = selectedCodes(p.value);
  // What the last exclusive option took away, for Ctrl+Z; and what the field says about it.
  const [undoable, setUndoable] = useState<readonly string[] | null>(null);
  const [notice, setNotice] = useState('');
  const labelOf = (code: string) => p.choices.find((c) => c.code === code)?.label[p.lang] ?? code;
  const toggle = (code: string) => {
    const next = toggleCode(p.choices, selected, code);
    const accepted = p.onCommit(next.length === 0 ? undefined : next) !== false;
    const removed = selected.filter((c) => c !== code && !next.includes(c));
    if (!accepted || removed.length === 0) {
      setUndoable(null);
      setNotice('');
      return;
    }
    setUndoable(selected);
    const exclusive = p.choices.find((c) => c.code === code)?.exclusive === true;
    setNotice(
      exclusive
        ? t('exclusive.others', { option: labelOf(code), count: removed.length })
        : t('exclusive.removed', { option: labelOf(code), removed: removed.map(labelOf).join(', ') }),
    );
  };
  const undo = () => {
    if (!undoable) return;
    if (p.onCommit(undoable.length === 0 ? undefined : [...undoable]) === false) return;
    setUndoable(null);
    setNotice(t('exclusive.undone', { count: undoable.length }));
  };
  const codes = useOptionCodes(p.choices);
  const keys = useChoiceKeys({
    kind: 'multi',
    codes,
    pick: (index) => {
      const choice = p.choices[index];
      if (choice) toggle(choice.code);
    },
    undo,
    autoAdvance: p.autoAdvance,
    onAdvance: p.onAdvance,
    onRetreat: p.onRetreat,
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
      onKeyDown={p.readOnly ? undefined : keys.onKeyDown}
      onBlur={keys.onBlur}
    >
      <Legend {...p} />
      <Hint id={p.id} hint={p.hint} />
      {p.maxSelected !== undefined && (
        <p id={countId} className="q-count">
          {p.countNote}
        </p>
      )}
      <div className={optionsClass(p)}>
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
              {codes[index]}
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
      <CodeNoticeText notice={keys.notice} lang={p.lang} />
      <p className="q-exclusive-notice" aria-live="polite">
        {notice}
      </p>
    </fieldset>
  );
}
