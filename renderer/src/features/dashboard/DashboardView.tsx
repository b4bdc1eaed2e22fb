/**
 * The indicator dashboard, props-driven: the response filter, the computing state, the weighting
 * notes, the I1–I10 table and the charts.
 */
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_RULE, INCLUDED_RESPONSES } from '../../core/indicators/base-rule';
import { overallRows } from '../../core/indicators/dashboard-view';
import type { Lang } from '../../core/questionnaire/model';
import type { ResponseFilter } from '../../analysis/compute-dashboard';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { IndicatorTable } from './IndicatorTable';
import { numberFormats } from './number-format';
import type { DashboardState } from './use-dashboard';

// Loaded on first use: the chart library stays out of the start-up bundle.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

interface Props {
  state: DashboardState;
  filter: ResponseFilter;
  onFilterChange(filter: ResponseFilter): void;
  lang: Lang;
  chosenKey: string;
  onChosenKeyChange(key: string): void;
}

export function DashboardView({ state, filter, onFilterChange, lang, chosenKey, onChosenKeyChange }: Props) {
  const { t } = useTranslation('dashboard');
  const name = useId();
  const f = numberFormats(lang);
  const data = state.status === 'ready' ? state.data : null;

  return (
    <ScreenFrame title={t('title')} className="dashboard-screen">
      <p>{t('intro')}</p>
      <fieldset className="dashboard-filter">
        <legend>{t('filter')}</legend>
        {(['all', 'completed'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={name} value={value} checked={filter === value} onChange={() => onFilterChange(value)} />{' '}
            {value === 'all' ? t('filterAll') : t('filterCompleted')}
          </label>
        ))}
      </fieldset>
      <div role="status" aria-live="polite">
        {state.status === 'loading' ? <p>{t('loading')}</p> : null}
        {state.status === 'computing' ? <p className="computing">{t('computing', { n: f.count(state.count) })}</p> : null}
        {data ? <p>{t('count', { count: data.responseCount, n: f.count(data.responseCount) })}</p> : null}
      </div>
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          {t('failed', { message: state.message })}
        </p>
      ) : null}
      {data && data.responseCount === 0 ? <p className="notice">{t('none')}</p> : null}
      {data && data.responseCount > 0 ? (
        <>
          <p className={data.weighting.unweighted ? 'dashboard-note' : 'muted'}>
            {data.weighting.unweighted ? t('unweighted') : t('weighted')}
          </p>
          {data.weighting.flagged.length > 0 ? <p className="dashboard-note">{t('flagged', { count: data.weighting.flagged.length })}</p> : null}
          <details className="dashboard-base">
            <summary>{t('baseTitle')}</summary>
            <p>{INCLUDED_RESPONSES.dashboard[lang]}</p>
            <p>{BASE_RULE[lang]}</p>
          </details>
          <p className="muted">{t('uncertainty')}</p>
          <IndicatorTable rows={overallRows(data.results)} lang={lang} />
          <Suspense fallback={<p>{t('loading')}</p>}>
            <DashboardCharts
              results={data.results}
              weighted={!data.weighting.unweighted}
              lang={lang}
              chosenKey={chosenKey}
              onChosenKeyChange={onChosenKeyChange}
              {...(data.levelComparisons ? { levelComparisons: data.levelComparisons } : {})}
            />
          </Suspense>
        </>
      ) : null}
    </ScreenFrame>
  );
}
