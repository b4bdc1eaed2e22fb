/**
 * The dashboard's charts: I1 by government level and by area, the I7 comparison with its ratio, and
 * the shares by level of an indicator the coordinator picks. Each is a figure with its numbers in a table.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakdown, i7Comparison, shareKeys } from '../../core/indicators/dashboard-view';
import type { IndicatorResult } from '../../core/indicators/types';
import type { Lang } from '../../core/questionnaire/model';
import { BarChartFigure } from './BarChartFigure';
import { I1_KEY, type LevelComparison } from '../../analysis/compute-dashboard';
import { compareEditions } from '../../core/indicators/compute-indicators';
import type { ShareResult } from '../../core/indicators/types';
import { Z_95 } from '../../core/indicators/variance';
import { numberFormats } from './number-format';

interface Props {
  results: readonly IndicatorResult[];
  weighted: boolean;
  lang: Lang;
  chosenKey: string;
  onChosenKeyChange(key: string): void;
  /** Differences between government levels (z-test at 5 %), when computed. */
  levelComparisons?: readonly LevelComparison[];
}

export function DashboardCharts({ results, weighted, lang, chosenKey, onChosenKeyChange, levelComparisons = [] }: Props) {
  const { t } = useTranslation('dashboard');
  const selectId = useId();
  const f = numberFormats(lang);
  const i7 = i7Comparison(results);
  const choices = shareKeys(results);
  const chosen = choices.find((c) => c.key === chosenKey) ?? choices[0];
  const ratioText = (v: number | null) => (v === null ? t('noValue') : t('ratio', { value: f.ratio(v) }));

  return (
    <div className="dashboard-charts">
      <BarChartFigure id="chart-i1-level" caption={t('chart.i1Level')} bars={breakdown(results, I1_KEY, 'sector_level')} weighted={weighted} lang={lang} />
      <BarChartFigure id="chart-i1-area" caption={t('chart.i1Area')} bars={breakdown(results, I1_KEY, 'policy_area')} weighted={weighted} lang={lang} />
      {i7 ? (
        <BarChartFigure
          id="chart-i7"
          caption={t('chart.i7')}
          bars={[
            { ...i7.withRole, code: 'with', label: { da: t('chart.i7With', { lng: 'da' }), en: t('chart.i7With', { lng: 'en' }) } },
            { ...i7.withoutRole, code: 'without', label: { da: t('chart.i7Without', { lng: 'da' }), en: t('chart.i7Without', { lng: 'en' }) } },
          ].filter((b) => b.n > 0)}
          weighted={weighted}
          lang={lang}
        >
          <p className="i7-ratio">
            <strong>{t('chart.i7Ratio', { weighted: ratioText(i7.ratio.weighted), unweighted: ratioText(i7.ratio.unweighted) })}</strong>
          </p>
        </BarChartFigure>
      ) : null}
      {chosen ? (
        <section className="chosen-chart" aria-labelledby={`${selectId}-title`}>
          <h2 id={`${selectId}-title`}>{t('chart.chosen')}</h2>
          <div className="field">
            <label htmlFor={selectId}>{t('chart.chosenLabel')}</label>
            <select id={selectId} value={chosen.key} onChange={(e) => onChosenKeyChange(e.target.value)}>
              {choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.id} {c.label[lang]}
                </option>
              ))}
            </select>
          </div>
          <BarChartFigure
            id="chart-chosen"
            caption={t('chart.chosenCaption', { figure: `${chosen.id} ${chosen.label[lang]}` })}
            bars={breakdown(results, chosen.key, 'sector_level')}
            weighted={weighted}
            lang={lang}
          />
          <LevelDifferences comparisons={levelComparisons.filter((c) => c.key === chosen.key)} results={results} lang={lang} />
          <EditionComparison
            key={chosen.key}
            figure={results.find((r): r is ShareResult => r.kind === 'share' && r.key === chosen.key && r.group.dimension === 'overall')}
            lang={lang}
          />
        </section>
      ) : null}
    </div>
  );
}

/** The chosen figure's differences between government levels, each with its interval and the 5 % verdict. */
function LevelDifferences({ comparisons, results, lang }: { comparisons: readonly LevelComparison[]; results: readonly IndicatorResult[]; lang: Lang }) {
  const { t } = useTranslation('dashboard');
  const points = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const p = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 3 });
  const label = (code: string) => results.find((r) => r.group.dimension === 'sector_level' && r.group.code === code)?.group.label[lang] ?? code;
  if (comparisons.length === 0) return null;
  return (
    <div className="level-differences">
      <h3>{t('differences.title')}</h3>
      <ul>
        {comparisons.map(({ a, b, comparison: c }) => (
          <li key={`${a}-${b}`}>
            {t('differences.line', {
              a: label(a),
              b: label(b),
              diff: points.format(100 * c.difference),
              low: points.format(100 * (c.difference - Z_95 * c.se)),
              high: points.format(100 * (c.difference + Z_95 * c.se)),
              p: p.format(c.p),
              verdict: c.significant ? t('differences.significant') : t('differences.notSignificant'),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A number typed the user's way ("81,5" or "81.5"); undefined when it is not one. */
function typedNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** The chosen figure (overall, weighted) against a previous edition's published figure and SE, z-test at 5 %. */
function EditionComparison({ figure, lang }: { figure: ShareResult | undefined; lang: Lang }) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const [share, setShare] = useState('');
  const [se, setSe] = useState('');
  if (!figure || figure.weightedShare === null || figure.se === null) return null;
  const previousShare = typedNumber(share);
  const previousSe = typedNumber(se);
  const points = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const p = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 3 });
  const ready = previousShare !== undefined && previousSe !== undefined && previousShare <= 100;
  const c = ready ? compareEditions({ estimate: figure.weightedShare, se: figure.se }, { estimate: previousShare / 100, se: previousSe / 100 }) : null;
  return (
    <fieldset className="edition-comparison">
      <legend>{t('edition.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-share`}>{t('edition.share')}</label>
        <input id={`${id}-share`} inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-se`}>{t('edition.se')}</label>
        <input id={`${id}-se`} inputMode="decimal" value={se} onChange={(e) => setSe(e.target.value)} />
      </div>
      <p role="status">
        {c
          ? t('edition.result', {
              diff: points.format(100 * c.difference),
              low: points.format(100 * (c.difference - Z_95 * c.se)),
              high: points.format(100 * (c.difference + Z_95 * c.se)),
              p: p.format(c.p),
              verdict: c.significant ? t('differences.significant') : t('differences.notSignificant'),
            })
          : share !== '' || se !== ''
            ? t('edition.invalid')
            : ''}
      </p>
    </fieldset>
  );
}
