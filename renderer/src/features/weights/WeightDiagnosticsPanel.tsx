/**
 * Weighting diagnostics beside the weights: Σw against N, the spread of the weights with Kish's design
 * effect, and the strata that cannot carry their share (no response, or one), named in words.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../app/locale';
import type { Lang } from '../../core/questionnaire/model';
import { weightDiagnostics } from '../../core/weights/diagnostics';
import type { Weighting } from '../../analysis/compute-dashboard';

interface Props {
  weights: Weighting;
  lang: Lang;
}

export function WeightDiagnosticsPanel({ weights, lang }: Props) {
  const { t } = useTranslation('weights');
  const id = useId();
  const d = weightDiagnostics(weights);
  if (!d) return null;
  const locale = localeOf(lang);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const exact = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const three = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const names = (list: readonly { label: Record<Lang, string> }[]) => list.map((s) => s.label[lang]).join('; ');
  const sp = d.spread;
  const gap = d.totalWeight - d.totalN;
  const rows: [string, string][] = [
    [t('diagnostics.sumW'), count.format(d.totalWeight)],
    [t('diagnostics.totalN'), count.format(d.totalN)],
    [t('diagnostics.shortfall'), count.format(gap)],
    ...(sp
      ? ([
          [t('diagnostics.respondents'), count.format(sp.respondents)],
          [t('diagnostics.min'), exact.format(sp.min)],
          [t('diagnostics.max'), exact.format(sp.max)],
          [t('diagnostics.ratio'), exact.format(sp.ratio)],
          [t('diagnostics.mean'), exact.format(sp.mean)],
          [t('diagnostics.cv'), three.format(sp.cv)],
          [t('diagnostics.deff'), three.format(sp.deff)],
          [t('diagnostics.effectiveN'), exact.format(sp.effectiveN)],
        ] as [string, string][])
      : []),
  ];
  return (
    <section className="weights-diagnostics" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('diagnostics.title')}</h2>
      <p>{Math.abs(gap) < 1e-9 ? t('diagnostics.balanced') : t('diagnostics.shortfallNote')}</p>
      {d.empty.length > 0 ? <p className="weights-warning">{t('diagnostics.empty', { count: d.empty.length, list: names(d.empty) })}</p> : null}
      {d.single.length > 0 ? <p className="weights-warning">{t('diagnostics.single', { count: d.single.length, list: names(d.single) })}</p> : null}
      {d.empty.length + d.single.length > 0 ? <p className="hint">{t('diagnostics.remedy')}</p> : null}
      <table className="data-table">
        <caption>{t('diagnostics.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diagnostics.measure')}</th>
            <th scope="col" className="num">{t('diagnostics.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sp ? null : <p>{t('diagnostics.noSpread')}</p>}
    </section>
  );
}
