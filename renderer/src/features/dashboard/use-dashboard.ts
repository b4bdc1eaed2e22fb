/** Reads the population table once, then computes the figures for the chosen responses (again when the filter changes). */
import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services-context';
import { stratumVocabulary } from '../../core/weights/population';
import { Cancelled } from '../../analysis/respondents';
import { useStoredPopulation, type StoredTable } from '../../analysis/stored-population';
import type { DashboardData, ResponseFilter } from '../../analysis/compute-dashboard';
import { runIndicators } from '../../analysis/run-indicators';

export type DashboardState =
  | { status: 'loading' }
  | { status: 'computing'; count: number }
  | { status: 'ready'; data: DashboardData }
  | { status: 'failed'; message: string };

/** The state of one computation, remembered with what it was computed from. */
interface Run {
  stored: StoredTable;
  filter: ResponseFilter;
  state: Exclude<DashboardState, { status: 'loading' }>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useDashboard(filter: ResponseFilter): DashboardState {
  const { store, settings, questionnaire } = useServices();
  const vocabulary = useMemo(() => stratumVocabulary(questionnaire), [questionnaire]);
  const { stored, loadError } = useStoredPopulation(settings, vocabulary);
  const [run, setRun] = useState<Run | null>(null);

  useEffect(() => {
    if (!stored) return;
    const abort = new AbortController();
    const report = (state: Run['state']) => {
      if (!abort.signal.aborted) setRun({ stored, filter, state });
    };
    runIndicators({
      q: questionnaire,
      pages: store.responsePages(),
      filter,
      table: stored.table,
      collapses: stored.collapses,
      signal: abort.signal,
      onProgress: (count) => report({ status: 'computing', count }),
    })
      .then((data) => report({ status: 'ready', data }))
      .catch((e: unknown) => {
        if (!(e instanceof Cancelled)) report({ status: 'failed', message: messageOf(e) });
      });
    return () => abort.abort();
  }, [store, stored, filter, questionnaire]);

  if (loadError !== null) return { status: 'failed', message: loadError };
  if (!stored) return { status: 'loading' };
  if (run && run.stored === stored && run.filter === filter) return run.state;
  return { status: 'computing', count: 0 };
}
