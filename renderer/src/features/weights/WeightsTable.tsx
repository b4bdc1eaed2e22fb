/**
 * The weights in force: stratum, N_h, r_h, w and status, with the strata that have responses but no
 * usable population count flagged in words (not colour alone). Without a table: a plain note that the
 * figures are unweighted.
 */
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../app/locale';
import type { Lang } from '../../core/questionnaire/model';
import type { StratumWeight } from '../../core/weights/compute-weights';
import type { Weighting } from '../../analysis/compute-dashboard';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  weights: Weighting;
  lang: Lang;
  /** Responses the r_h were counted over. */
  responseCount: number;
  /** n_h per stratum key from the sample frame in force; absent or null without one. */
  sampled?: ReadonlyMap<string, number> | null;
}

const isFlagged = (s: StratumWeight) => s.status === 'no-population' || s.status === 'zero-population';

export function WeightsTable({ weights, lang, responseCount, sampled = null }: Props) {
  const { t } = useTranslation('weights');
  const locale = localeOf(lang);
  const count = new Intl.NumberFormat(locale);
  const weight = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const labelOf = (key: string) => weights.strata.find((s) => s.key === key)?.label[lang] ?? key;

  if (weights.unweighted) {
    return (
      <section className="weights-table" aria-labelledby="weights-table-title">
        <h2 id="weights-table-title">{t('table.title')}</h2>
        <p className="notice">{t('table.unweighted')}</p>
      </section>
    );
  }
  return (
    <section className="weights-table" aria-labelledby="weights-table-title">
      <h2 id="weights-table-title">{t('table.title')}</h2>
      <p className="hint">{t('table.basis', { n: count.format(responseCount) })}</p>
      {weights.flagged.length > 0 ? (
        <p className="weights-warning" role="status">
          {t('table.flagged', { count: weights.flagged.length })}
        </p>
      ) : null}
      {weights.unclassified.length > 0 ? (
        <p className="weights-warning">{t('table.unclassified', { count: weights.unclassified.length })}</p>
      ) : null}
      <TableScroll label={t('table.caption')}>
        <table className="data-table">
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stratum')}</th>
              <th scope="col" className="num">{t('table.population')}</th>
              {sampled ? <th scope="col" className="num">{t('table.sampled')}</th> : null}
              <th scope="col" className="num">{t('table.respondents')}</th>
              <th scope="col" className="num">{t('table.weight')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {weights.strata.map((s) => (
              <tr key={s.key} className={isFlagged(s) ? 'flagged' : undefined}>
                <th scope="row">{s.label[lang]}</th>
                <td className="num">{s.N_h === null ? t('table.none') : count.format(s.N_h)}</td>
                {sampled ? <td className="num">{count.format(sampled.get(s.key) ?? 0)}</td> : null}
                <td className="num">{count.format(s.r_h)}</td>
                <td className="num">{s.w === null ? t('table.none') : weight.format(s.w)}</td>
                <td>
                  {s.status === 'collapsed' ? (
                    t('table.status_collapsed', { into: labelOf(s.into ?? '') })
                  ) : isFlagged(s) ? (
                    <strong>⚠ {t(`table.status_${s.status}`)}</strong>
                  ) : (
                    t(`table.status_${s.status}`)
                  )}
                  {s.merged ? <span className="hint"> ({t('table.weightedWith', { from: s.merged.from.map(labelOf).join(', ') })})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
