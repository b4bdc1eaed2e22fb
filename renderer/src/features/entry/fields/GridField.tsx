import type { ReactNode } from 'react';
import type { AnswerValue, ChoiceDef, GridRowDef, Lang } from '../../../core/questionnaire/model';
import { STOP_ATTR } from '../keyboard-navigation';
import { useChoiceKeys, useOptionCodes } from './choice-keys';
import { CodeNoticeText } from './CodeNotice';
import { Hint } from './FieldLabel';

export interface GridRowState {
  row: GridRowDef;
  value: AnswerValue | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  /** Problems and save state of the row, shown under it. */
  feedback: ReactNode;
}

export interface GridFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  lang: Lang;
  readOnly: boolean;
  choices: readonly ChoiceDef[];
  rows: readonly GridRowState[];
  onCommit(row: string, value: AnswerValue | undefined): boolean | void;
  onAdvance(from: Element): void;
  onRetreat(from: Element): void;
  autoAdvance: boolean;
}

/**
 * A grid: a fieldset named by the wording; each row a radiogroup named by the row label, its radios
 * named by the option labels (shown once as column headings). Each row is a stop for Enter.
 */
export function GridField(p: GridFieldProps) {
  const codes = useOptionCodes(p.choices);
  const columns = { gridTemplateColumns: `minmax(12rem, 2fr) repeat(${p.choices.length}, minmax(4rem, 1fr))` };
  return (
    <fieldset id={p.id} className="q-group q-grid" disabled={p.readOnly} aria-describedby={p.hint ? `${p.id}-hint` : undefined}>
      <legend className="q-label">
        <span className="q-wording">{p.label}</span>
      </legend>
      <Hint id={p.id} hint={p.hint} />
      <div className="q-grid-scroll">
        <div className="q-grid-head" style={columns} aria-hidden="true">
          <span />
          {p.choices.map((c, index) => (
            <span key={c.code}>
              <span className="q-option-key">{codes[index]}</span>
              {c.label[p.lang]}
            </span>
          ))}
        </div>
        {p.rows.map((r) => (
          <GridRow key={r.row.name} {...p} codes={codes} columns={columns} state={r} />
        ))}
      </div>
    </fieldset>
  );
}

function GridRow(p: GridFieldProps & { codes: readonly string[]; state: GridRowState; columns: { gridTemplateColumns: string } }) {
  const { row, value, describedBy, invalid, feedback } = p.state;
  const selected = typeof value === 'string' ? value : undefined;
  const labelId = `${p.id}-${row.name}-label`;
  const keys = useChoiceKeys({
    kind: 'grid-row',
    codes: p.codes,
    pick: (index) => {
      const choice = p.choices[index];
      if (choice && choice.code !== selected) return p.onCommit(row.name, choice.code);
      return undefined;
    },
    clear: () => {
      if (selected !== undefined) p.onCommit(row.name, undefined);
    },
    autoAdvance: p.autoAdvance,
    onAdvance: p.onAdvance,
    onRetreat: p.onRetreat,
  });
  return (
    <div className="q-grid-row" {...{ [STOP_ATTR]: row.name }}>
      <div
        role="radiogroup"
        className="q-grid-cells"
        style={p.columns}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onKeyDown={p.readOnly ? undefined : keys.onKeyDown}
        onBlur={keys.onBlur}
      >
        <span id={labelId} className="q-grid-label">
          {row.label[p.lang]}
        </span>
        {p.choices.map((choice) => (
          <label key={choice.code} className="q-grid-cell">
            <input
              type="radio"
              name={row.name}
              value={choice.code}
              checked={selected === choice.code}
              disabled={p.readOnly}
              onChange={() => p.onCommit(row.name, choice.code)}
            />
            <span className="visually-hidden">{choice.label[p.lang]}</span>
          </label>
        ))}
      </div>
      <CodeNoticeText notice={keys.notice} lang={p.lang} />
      {feedback}
    </div>
  );
}
