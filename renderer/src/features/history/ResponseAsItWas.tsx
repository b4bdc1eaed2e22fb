/**
 * "The response as it was": pick a moment (an entry of the timeline); the answers, status and
 * deletion are replayed from the log up to and including that entry (core/audit/history).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../core/audit/audit-entry';
import { finalState } from '../../core/audit/history';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import { actionText, questionWording } from '../../ui/audit-entry-text';
import { formatTime } from './HistoryTimeline';
import { valueLabel } from '../../ui/value-labels';

interface Props {
  entries: readonly AuditEntry[];
  /** The edition entry `i` was recorded in: the answers as they were then read in it. */
  editionAt(i: number): Questionnaire;
  lang: Lang;
  selected: number;
  onSelect(index: number): void;
}

export function ResponseAsItWas({ entries, editionAt, lang, selected, onSelect }: Props) {
  const { t } = useTranslation('history');
  const headingId = useId();
  const upTo = entries[selected];
  // The entries come in replay order, so the state at entry i is the replay of the first i + 1.
  const state = useMemo(() => finalState(entries.slice(0, selected + 1)), [entries, selected]);
  const questionnaire = editionAt(selected);
  const order = useMemo(() => new Map(questionnaire.variables.map((v, i) => [v.name, i])), [questionnaire]);
  const answered = Object.entries(state.answers).sort(
    ([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : 1),
  );
  if (!upTo) return null;
  return (
    <section className="history-state" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('asItWas')}</h2>
      <label>
        {t('moment')}{' '}
        <select value={selected} onChange={(e) => onSelect(Number(e.target.value))}>
          {entries.map((e, i) => (
            <option key={e.id} value={i}>
              {t('momentOption', { time: formatTime(e.at, lang), what: actionText(t, editionAt(i), e, lang) })}
            </option>
          ))}
        </select>
      </label>
      <h3>{t('stateHeading', { time: formatTime(upTo.at, lang) })}</h3>
      {!state.exists ? (
        <p>{t('stateNotYet')}</p>
      ) : (
        <>
          <p>{t('stateStatus', { status: state.status ? t(`status.${state.status}`) : '–' })}</p>
          {state.deleted ? <p>{t('stateDeleted')}</p> : null}
          {answered.length === 0 ? (
            <p>{t('stateNoAnswers')}</p>
          ) : (
            <table className="history-answers">
              <thead>
                <tr>
                  <th scope="col">{t('question')}</th>
                  <th scope="col">{t('answer')}</th>
                </tr>
              </thead>
              <tbody>
                {answered.map(([field, value]) => (
                  <tr key={field}>
                    <th scope="row">{questionWording(questionnaire, field, lang) ?? field}</th>
                    <td>{valueLabel(questionnaire, field, value, lang) ?? t('empty_value')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
