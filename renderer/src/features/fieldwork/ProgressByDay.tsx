/**
 * «Fremdrift pr. dag»: the workplaces attempted and completed each Copenhagen day, as bars. The SVG
 * is one image (role="img") whose accessible name sums it up; the exact figures per day, with the
 * running totals, are in a table behind a disclosure, for screen readers and for anyone who wants them.
 */
import { useTranslation } from 'react-i18next';
import type { DayProgress } from '../../core/fieldwork/progress-by-day';
import type { Lang } from '../../core/questionnaire/model';
import { formatCalendarDay, formatCount } from '../../ui/format';

interface Props {
  days: readonly DayProgress[];
  lang: Lang;
}

const WIDTH = 960;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 28;
const MAX_TICKS = 7;
/** A day's slot is at most this wide, so a short fieldwork does not draw a few slabs. */
const MAX_SLOT = 40;

/** The smallest of 1, 2, 5 × 10^k at or above `n` (at least 1): the y axis's top. */
function axisTop(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

export function ProgressByDay({ days, lang }: Props) {
  const { t } = useTranslation('fieldwork');
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) {
    return (
      <section className="fieldwork-progress" aria-labelledby="progress-title">
        <h2 id="progress-title">{t('progress.title')}</h2>
        <p>{t('progress.none')}</p>
      </section>
    );
  }
  const n = (v: number) => formatCount(v, lang);
  const busiest = days.reduce((best, d) => (d.attempted > best.attempted ? d : best), first);
  const summary = t('progress.summary', {
    count: days.length,
    from: formatCalendarDay(first.day, lang),
    to: formatCalendarDay(last.day, lang),
    days: n(days.length),
    attempted: n(last.attemptedSoFar),
    completed: n(last.completedSoFar),
    max: n(busiest.attempted),
    maxDay: formatCalendarDay(busiest.day, lang),
  });
  const top = axisTop(Math.max(...days.map((d) => Math.max(d.attempted, d.completed))));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = Math.min(MAX_SLOT, plotW / days.length);
  const bar = Math.max(0.5, slot * 0.4);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const every = Math.ceil(days.length / MAX_TICKS);
  const ticks = days.map((d, i) => ({ d, i })).filter(({ i }) => i % every === 0);

  return (
    <section className="fieldwork-progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.title')}</h2>
      <ul className="fieldwork-legend" aria-hidden="true">
        <li><span className="fieldwork-swatch attempted" />{t('progress.attempted')}</li>
        <li><span className="fieldwork-swatch completed" />{t('progress.completed')}</li>
      </ul>
      <svg className="fieldwork-chart" role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} className="grid" />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end">{n(v)}</text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = LEFT + i * slot + slot * 0.1;
          return (
            <g key={d.day}>
              <rect className="attempted" x={x} width={bar} y={y(d.attempted)} height={y(0) - y(d.attempted)} />
              <rect className="completed" x={x + bar} width={bar} y={y(d.completed)} height={y(0) - y(d.completed)} />
            </g>
          );
        })}
        {ticks.map(({ d, i }) => (
          <text key={d.day} x={LEFT + (i + 0.5) * slot} y={HEIGHT - 8} textAnchor="middle">{formatCalendarDay(d.day, lang, { short: true })}</text>
        ))}
      </svg>
      <p className="hint">{t('progress.note')}</p>
      <details className="fieldwork-progress-table">
        <summary>{t('progress.table')}</summary>
        <div className="fieldwork-table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('progress.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.day')}</th>
                <th scope="col" className="num">{t('progress.attempts')}</th>
                <th scope="col" className="num">{t('progress.worked')}</th>
                <th scope="col" className="num">{t('progress.first')}</th>
                <th scope="col" className="num">{t('progress.done')}</th>
                <th scope="col" className="num">{t('progress.workedSoFar')}</th>
                <th scope="col" className="num">{t('progress.doneSoFar')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatCalendarDay(d.day, lang)}</th>
                  <td className="num">{n(d.attempts)}</td>
                  <td className="num">{n(d.attempted)}</td>
                  <td className="num">{n(d.firstAttempted)}</td>
                  <td className="num">{n(d.completed)}</td>
                  <td className="num">{n(d.attemptedSoFar)}</td>
                  <td className="num">{n(d.completedSoFar)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
