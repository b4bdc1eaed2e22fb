/**
 * The monitoring's two lists of cases that need the coordinator: those not attempted yet, and those
 * with more than one response (each workplace should have one).
 */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { CaseView } from '../../db/fieldwork-repository';
import { formatCount } from '../../ui/format';

/** Rows drawn at once in each list. */
const MAX_ROWS = 200;

interface Props {
  cases: readonly CaseView[];
  labelOf(stratum: string): string;
  lang: Lang;
}

export function NotAttemptedList({ cases, labelOf, lang }: Props) {
  const { t } = useTranslation('fieldwork');
  const open = cases.filter((c) => c.disposition === 'not-attempted');
  return (
    <section className="fieldwork-not-attempted" aria-labelledby="not-attempted-title">
      <h2 id="not-attempted-title">{t('notAttempted.title', { n: formatCount(open.length, lang) })}</h2>
      {open.length === 0 ? (
        <p>{t('notAttempted.none')}</p>
      ) : (
        <>
          <p className="hint">
            {t('notAttempted.intro')} {open.length > MAX_ROWS ? t('notAttempted.firstRows', { count: MAX_ROWS }) : null}
          </p>
          <div className="fieldwork-table-wrap fieldwork-list-wrap" role="region" aria-label={t('notAttempted.caption')} tabIndex={0}>
            <table className="data-table">
              <caption className="visually-hidden">{t('notAttempted.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.id')}</th>
                  <th scope="col">{t('cases.name')}</th>
                  <th scope="col">{t('cases.stratum')}</th>
                  <th scope="col">{t('cases.surveyor')}</th>
                </tr>
              </thead>
              <tbody>
                {open.slice(0, MAX_ROWS).map((c) => (
                  <tr key={c.id}>
                    <td className="fieldwork-id">{c.id}</td>
                    <th scope="row">{c.frame.name}</th>
                    <td>{labelOf(c.stratum)}</td>
                    <td>{c.assigneeName || t('cases.unassigned')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Shown only when some workplace has more than one response. */
export function DuplicateCases({ cases, labelOf, lang }: Props) {
  const { t } = useTranslation('fieldwork');
  const twice = cases.filter((c) => c.responseIds.length > 1);
  if (twice.length === 0) return null;
  return (
    <section className="fieldwork-duplicates notice warning" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">⚠ {t('duplicates.title', { n: formatCount(twice.length, lang) })}</h2>
      <p>{t('duplicates.intro')}</p>
      <div className="fieldwork-table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('duplicates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.id')}</th>
              <th scope="col">{t('cases.name')}</th>
              <th scope="col">{t('cases.stratum')}</th>
              <th scope="col">{t('duplicates.responses')}</th>
            </tr>
          </thead>
          <tbody>
            {twice.slice(0, MAX_ROWS).map((c) => (
              <tr key={c.id}>
                <td className="fieldwork-id">{c.id}</td>
                <th scope="row">{c.frame.name}</th>
                <td>{labelOf(c.stratum)}</td>
                <td>{c.responseKeys.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
