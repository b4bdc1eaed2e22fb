/** Response rates per stratum (AAPOR RR1, RR3, COOP1, REF1, CON1) with the counts behind them, and the total. */
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../app/locale';
import type { Lang } from '../../core/questionnaire/model';
import type { RateRow } from '../../core/fieldwork/response-rates';

interface Props {
  /** The heading, and the first column's header (a stratum, or a surveyor). */
  title: string;
  groupHeader: string;
  /** Unique on the screen (the heading's id). */
  id: string;
  rows: readonly RateRow[];
  labelOf(key: string): string;
  lang: Lang;
}

const RATES = ['RR1', 'RR3', 'COOP1', 'REF1', 'CON1'] as const;

export function RatesTable({ title, groupHeader, id, rows, labelOf, lang }: Props) {
  const { t } = useTranslation('fieldwork');
  const locale = localeOf(lang);
  const count = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rate = (v: number | null) => (v === null ? t('rates.none') : pct.format(v));
  const total = rows[rows.length - 1];
  return (
    <section className="fieldwork-rates" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="fieldwork-table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{`${title}: ${t('rates.caption')}`}</caption>
          <thead>
            <tr>
              <th scope="col">{groupHeader}</th>
              <th scope="col" className="num">{t('rates.sampled')}</th>
              <th scope="col" className="num">{t('rates.assigned')}</th>
              <th scope="col" className="num">{t('rates.attempted')}</th>
              <th scope="col" className="num">{t('rates.complete')}</th>
              <th scope="col" className="num">{t('rates.refused')}</th>
              <th scope="col" className="num">{t('rates.ineligible')}</th>
              {RATES.map((r) => (
                <th key={r} scope="col" className="num">{r}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'total' ? 'total' : undefined}>
                <th scope="row">{r.key === 'total' ? t('rates.total') : labelOf(r.key)}</th>
                <td className="num">{count.format(r.sampled)}</td>
                <td className="num">{count.format(r.assigned)}</td>
                <td className="num">{count.format(r.attempted)}</td>
                <td className="num">{count.format(r.counts.I)}</td>
                <td className="num">{count.format(r.counts.R)}</td>
                <td className="num">{count.format(r.counts.NE)}</td>
                {RATES.map((k) => (
                  <td key={k} className="num">{rate(r[k])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('rates.note')}</p>
      {total ? <p className="hint">{t('rates.eligibility', { e: pct.format(total.e) })}</p> : null}
    </section>
  );
}
