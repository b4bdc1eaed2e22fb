/**
 * Collapsing small strata (coordinator): pick a stratum of the population table and the neighbour it
 * is weighted together with; the stored list is shown with a remove button per collapse. Whether a
 * collapse is allowed is decided by `checkCollapses`, the rule the weights themselves apply.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import { checkCollapses, withCollapse, withoutCollapse, type StratumCollapse } from '../../core/weights/collapse';
import { rowDimensions, stratumKey, stratumLabel, type PopulationTable, type StratumVocabulary } from '../../core/weights/population';

interface Props {
  table: PopulationTable | null;
  collapses: readonly StratumCollapse[];
  vocabulary: StratumVocabulary;
  lang: Lang;
  readOnly: boolean;
  /** The outcome of the last change (saved, or why not). */
  notice: string;
  /** Stores the new list; `done` is the sentence to confirm it with. */
  onSave(collapses: StratumCollapse[], done: string): void;
}

export function CollapsePanel({ table, collapses, vocabulary, lang, readOnly, notice, onSave }: Props) {
  const { t } = useTranslation('weights');
  const id = useId();
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [problem, setProblem] = useState('');
  const strata = useMemo(() => {
    const first = table?.[0];
    if (!table || !first) return [];
    const dims = rowDimensions(first);
    return table.map((row) => ({ key: stratumKey(row, dims), label: stratumLabel(row, dims, vocabulary)[lang] }));
  }, [table, vocabulary, lang]);
  const label = (key: string) => strata.find((s) => s.key === key)?.label ?? key;
  const plan = useMemo(() => checkCollapses(collapses, table), [collapses, table]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (from === '' || into === '') return setProblem(t('collapse.pickBoth'));
    if (from === into) return setProblem(t('collapse.same'));
    const next = withCollapse(collapses, from, into);
    const refused = checkCollapses(next, table).ignored.find((i) => i.collapse.from === from && i.collapse.into === into);
    if (refused) return setProblem(plan.into.has(into) ? t('collapse.chain', { stratum: label(into) }) : t('collapse.target', { stratum: label(from) }));
    setProblem('');
    onSave(next, t('collapse.saved', { from: label(from), into: label(into) }));
    setFrom('');
    setInto('');
  }

  return (
    <section className="weights-collapse" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('collapse.title')}</h2>
      <p className="hint">{t('collapse.hint')}</p>
      {strata.length === 0 ? (
        <p className="notice">{t('collapse.noTable')}</p>
      ) : (
        <form className="collapse-form" onSubmit={submit} noValidate>
          <label htmlFor={`${id}-from`}>{t('collapse.from')}</label>
          <select id={`${id}-from`} value={from} disabled={readOnly} onChange={(e) => setFrom(e.target.value)}>
            <option value="">{t('collapse.choose')}</option>
            {strata.map((s) => (
              <option key={s.key} value={s.key}>{s.label}</option>
            ))}
          </select>
          <label htmlFor={`${id}-into`}>{t('collapse.into')}</label>
          <select id={`${id}-into`} value={into} disabled={readOnly} onChange={(e) => setInto(e.target.value)}>
            <option value="">{t('collapse.choose')}</option>
            {strata.filter((s) => s.key !== from).map((s) => (
              <option key={s.key} value={s.key}>{s.label}</option>
            ))}
          </select>
          <button type="submit" disabled={readOnly}>{t('collapse.add')}</button>
          <p role="alert" className="error">{problem}</p>
        </form>
      )}
      <p role="status" className="weights-ok">{notice}</p>
      <h3 id={`${id}-list`}>{t('collapse.listTitle')}</h3>
      {plan.applied.length === 0 ? (
        <p>{t('collapse.none')}</p>
      ) : (
        <ul aria-labelledby={`${id}-list`} className="collapse-list">
          {plan.applied.map((c) => (
            <li key={c.from}>
              {t('collapse.item', { from: label(c.from), into: label(c.into) })}{' '}
              <button
                type="button"
                aria-label={t('collapse.removeFor', { from: label(c.from) })}
                disabled={readOnly}
                onClick={() => onSave(withoutCollapse(collapses, c.from), t('collapse.removed', { from: label(c.from) }))}
              >
                {t('collapse.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {plan.ignored.length > 0 ? (
        <p className="weights-warning">
          {t('collapse.ignored', { count: plan.ignored.length, list: plan.ignored.map((i) => `${label(i.collapse.from)} → ${label(i.collapse.into)}`).join('; ') })}{' '}
          <button type="button" disabled={readOnly} onClick={() => onSave(plan.applied, t('collapse.removed', { from: plan.ignored.map((i) => label(i.collapse.from)).join(', ') }))}>
            {t('collapse.remove')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
