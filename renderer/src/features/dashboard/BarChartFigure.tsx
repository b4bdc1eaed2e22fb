/**
 * One horizontal bar chart of shares by group, as a <figure>: the caption names it, the SVG is an
 * image (role="img") titled by the caption, and the same numbers follow in a table for screen readers
 * and for anyone who wants the exact figures. Whiskers show the weighted share's 95 % interval; a
 * group with n < 30 has a * after its name and says so in the table.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { LocalText, Lang } from '../../core/questionnaire/model';
import { numberFormats } from './number-format';

export interface ChartBar {
  code: string;
  label: LocalText;
  weighted: number | null;
  unweighted: number | null;
  n: number;
  /** The weighted share's 95 % interval (drawn as error bars) and whether n < 30. */
  ciLow: number | null;
  ciHigh: number | null;
  smallBase: boolean;
}

interface Props {
  id: string;
  caption: string;
  bars: readonly ChartBar[];
  /** False without a population table: one series (the unweighted share) instead of two. */
  weighted: boolean;
  lang: Lang;
  /** Shown under the chart, e.g. the I7 ratio. */
  children?: ReactNode;
}

const WEIGHTED_COLOUR = '#0b5394';
const UNWEIGHTED_COLOUR = '#6b6b6b';

export function BarChartFigure({ id, caption, bars, weighted, lang, children }: Props) {
  const { t } = useTranslation('dashboard');
  const f = numberFormats(lang);
  const data = bars.map((b) => ({
    name: b.smallBase ? `${b.label[lang]} *` : b.label[lang],
    // The interval as distances below and above the weighted share, in percentage points.
    interval:
      b.weighted === null || b.ciLow === null || b.ciHigh === null ? [0, 0] : [100 * (b.weighted - b.ciLow), 100 * (b.ciHigh - b.weighted)],
    weighted: f.percent(b.weighted),
    unweighted: f.percent(b.unweighted),
    weightedText: f.share(b.weighted),
    unweightedText: f.share(b.unweighted),
  }));
  const series = weighted ? 2 : 1;
  const height = 56 + bars.length * (series * 22 + 14);
  const longest = Math.max(8, ...data.map((d) => d.name.length));
  const axisWidth = Math.min(260, longest * 7 + 12);

  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t('chart.empty')}</p>
      ) : (
        <div className="chart-box">
          <BarChart
            responsive
            layout="vertical"
            data={data}
            role="img"
            title={caption}
            accessibilityLayer={false}
            margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
            style={{ width: '100%', height }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => f.tick(v)} />
            <YAxis type="category" dataKey="name" width={axisWidth} interval={0} />
            {weighted ? <Legend itemSorter={null} /> : null}
            {weighted ? (
              <Bar dataKey="weighted" name={t('chart.weightedShare')} fill={WEIGHTED_COLOUR} isAnimationActive={false}>
                <ErrorBar dataKey="interval" direction="x" width={6} stroke="#000" />
                <LabelList dataKey="weightedText" position="right" />
              </Bar>
            ) : null}
            <Bar
              dataKey="unweighted"
              name={weighted ? t('chart.unweightedShare') : t('chart.share')}
              fill={weighted ? UNWEIGHTED_COLOUR : WEIGHTED_COLOUR}
              isAnimationActive={false}
            >
              {/* Unweighted, the single series is the design's estimate: its interval belongs to it. */}
              {weighted ? null : <ErrorBar dataKey="interval" direction="x" width={6} stroke="#000" />}
              <LabelList dataKey="unweightedText" position="right" />
            </Bar>
          </BarChart>
        </div>
      )}
      {children}
      {bars.length === 0 ? null : (
        <table className="data-table chart-table" aria-labelledby={`${id}-caption`}>
          <thead>
            <tr>
              <th scope="col">{t('table.group')}</th>
              <th scope="col" className="num">{t('table.weighted')}</th>
              <th scope="col" className="num">{t('table.interval')}</th>
              <th scope="col" className="num">{t('table.unweighted')}</th>
              <th scope="col" className="num">{t('table.n')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.code}>
                <th scope="row">{b.label[lang]}</th>
                <td className="num">{f.share(b.weighted)}</td>
                <td className="num">{f.shareInterval(b.ciLow, b.ciHigh)}</td>
                <td className="num">{f.share(b.unweighted)}</td>
                <td className="num">
                  {f.count(b.n)}
                  {b.smallBase ? <span className="small-base"> {t('smallBase')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
