/**
 * The coordinator's list of cases, filtered by stratum, area and surveyor, with a selection, and the
 * block assignment: the selected cases, or every case the filter shows, to one surveyor.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispositionSpec } from '../../core/fieldwork/dispositions';
import type { Lang } from '../../core/questionnaire/model';
import { codeLabel, type StratumVocabulary } from '../../core/weights/population';
import type { CaseView } from '../../db/fieldwork-repository';
import type { Assignee } from '../../db/fieldwork-repository';
import { filterCases, NO_FILTER, UNASSIGNED, type CaseFilter } from './case-filter';

/** Rows drawn at once; the filter and the block assignment still act on every matching case. */
const MAX_ROWS = 200;
const NOBODY = '';

interface Props {
  cases: readonly CaseView[];
  assignees: readonly Assignee[];
  vocabulary: StratumVocabulary;
  labelOf(stratum: string): string;
  lang: Lang;
  readOnly: boolean;
  onAssign(caseIds: readonly string[], assigneeId: string | null): Promise<number>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function CaseTable({ cases, assignees, vocabulary, labelOf, lang, readOnly, onAssign }: Props) {
  const { t } = useTranslation('fieldwork');
  const [filter, setFilter] = useState<CaseFilter>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [assignee, setAssignee] = useState<string>(assignees.find((p) => p.role === 'surveyor')?.id ?? NOBODY);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const shown = useMemo(() => filterCases(cases, filter), [cases, filter]);
  const strata = useMemo(() => [...new Set(cases.map((c) => c.stratum))], [cases]);
  const areas = useMemo(() => [...new Set(cases.map((c) => c.frame.policy_area))], [cases]);
  const selectedShown = shown.filter((c) => selected.has(c.id));
  const setF = (patch: Partial<CaseFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setSelected(new Set());
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function assign(ids: readonly string[]) {
    setNotice(null);
    try {
      const name = assignees.find((p) => p.id === assignee)?.name ?? t('assign.nobody');
      const changed = await onAssign(ids, assignee === NOBODY ? null : assignee);
      setNotice({ ok: true, text: changed === 0 ? t('assign.nothing') : t('assign.done', { count: changed, name }) });
      setSelected(new Set());
    } catch (e) {
      setNotice({ ok: false, text: t('assign.failed', { message: messageOf(e) }) });
    }
  }

  return (
    <section className="fieldwork-cases" aria-labelledby="cases-title">
      <h2 id="cases-title">{t('cases.title')}</h2>
      <div className="fieldwork-filters">
        <label>
          {t('cases.filterStratum')}
          <select value={filter.stratum} onChange={(e) => setF({ stratum: e.target.value })}>
            <option value="">{t('cases.all')}</option>
            {strata.map((s) => (
              <option key={s} value={s}>{labelOf(s)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filterArea')}
          <select value={filter.area} onChange={(e) => setF({ area: e.target.value })}>
            <option value="">{t('cases.all')}</option>
            {areas.map((a) => (
              <option key={a} value={a}>{codeLabel('policy_area', a, vocabulary)[lang]}</option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filterSurveyor')}
          <select value={filter.surveyor} onChange={(e) => setF({ surveyor: e.target.value })}>
            <option value="">{t('cases.all')}</option>
            <option value={UNASSIGNED}>{t('cases.unassigned')}</option>
            {assignees.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="fieldwork-assign" role="group" aria-label={t('assign.title')}>
        <label>
          {t('assign.to')}
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)} disabled={readOnly}>
            {assignees.map((p) => (
              <option key={p.id} value={p.id}>{p.remote ? t('assign.remote', { name: p.name }) : p.name}</option>
            ))}
            <option value={NOBODY}>{t('assign.nobody')}</option>
          </select>
        </label>
        <button type="button" onClick={() => void assign(selectedShown.map((c) => c.id))} disabled={readOnly || selectedShown.length === 0}>
          {t('assign.selected', { count: selectedShown.length })}
        </button>
        <button type="button" onClick={() => void assign(shown.map((c) => c.id))} disabled={readOnly || shown.length === 0}>
          {t('assign.filtered', { count: shown.length })}
        </button>
      </div>
      <p role="status" className={notice?.ok === false ? 'error' : 'fieldwork-ok'}>{notice?.text ?? ''}</p>
      <p className="hint">
        {t('cases.shown', { shown: shown.length, total: cases.length })} {shown.length > MAX_ROWS ? t('cases.firstRows', { count: MAX_ROWS }) : null}
      </p>
      {shown.length === 0 ? (
        <p>{t('cases.noneMatch')}</p>
      ) : (
        <div className="fieldwork-table-wrap">
          <table className="data-table fieldwork-case-table">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('cases.selectAll', { count: shown.length })}
                    checked={selectedShown.length === shown.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((c) => c.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t('cases.id')}</th>
                <th scope="col">{t('cases.name')}</th>
                <th scope="col">{t('cases.stratum')}</th>
                <th scope="col">{t('cases.surveyor')}</th>
                <th scope="col">{t('cases.disposition')}</th>
                <th scope="col" className="num">{t('cases.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, MAX_ROWS).map((c) => (
                <tr key={c.id} className={c.responseIds.length > 1 ? 'flagged' : undefined}>
                  <td>
                    <input type="checkbox" aria-label={t('cases.select', { name: c.frame.name })} checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
                  </td>
                  <td className="fieldwork-id">{c.id}</td>
                  <th scope="row">{c.frame.name}</th>
                  <td>{labelOf(c.stratum)}</td>
                  <td>{c.assigneeName || t('cases.unassigned')}</td>
                  <td>
                    {dispositionSpec(c.disposition).label[lang]}
                    {c.responseIds.length > 1 ? <strong> ⚠ {t('cases.twoResponses', { count: c.responseIds.length })}</strong> : null}
                  </td>
                  <td className="num">{c.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
