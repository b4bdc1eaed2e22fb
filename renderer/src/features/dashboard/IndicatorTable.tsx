/** The overall table of I1–I10: weighted share with its 95 % interval, unweighted share (the I7 ratio as "… times as often") and n, small bases marked. */
import { useTranslation } from 'react-i18next';
import type { OverallRow } from '../../core/indicators/dashboard-view';
import type { Lang } from '../../core/questionnaire/model';
import { numberFormats } from './number-format';

interface Props {
  rows: readonly OverallRow[];
  lang: Lang;
}

export function IndicatorTable({ rows, lang }: Props) {
  const { t } = useTranslation('dashboard');
  const f = numberFormats(lang);
  const value = (row: OverallRow, v: number | null) =>
    row.kind === 'ratio' ? (v === null ? t('noValue') : t('ratio', { value: f.ratio(v) })) : f.share(v);
  return (
    // Focusable, so that a keyboard can scroll the table when it is wider than the window.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.caption')}>
      <table className="data-table indicator-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.id')}</th>
            <th scope="col">{t('table.figure')}</th>
            <th scope="col">{t('table.population')}</th>
            <th scope="col" className="num">{t('table.weighted')}</th>
            <th scope="col" className="num">{t('table.interval')}</th>
            <th scope="col" className="num">{t('table.unweighted')}</th>
            <th scope="col" className="num">{t('table.n')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} className={rows[i - 1]?.id !== row.id ? 'first-of-id' : undefined}>
              <td>{row.id}</td>
              <th scope="row">{row.label[lang]}</th>
              <td>{t(`population_${row.population}`)}</td>
              <td className="num">{value(row, row.weighted)}</td>
              <td className="num">{row.kind === 'ratio' ? f.ratioInterval(row.ciLow, row.ciHigh) : f.shareInterval(row.ciLow, row.ciHigh)}</td>
              <td className="num">{value(row, row.unweighted)}</td>
              <td className="num">
                {f.count(row.n)}
                {row.smallBase ? <span className="small-base"> {t('smallBase')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
