/** Reads the population table once, then computes the figures for the chosen responses (again when the filter changes). */
import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services-context';
import { editionVocabulary } from '../../core/weights/edition-strata';
import { useWeightingEditions } from '../../analysis/weighting-editions';
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
  const services = useServices();
  const { store, settings } = services;
  const { editions, error: editionsError } = useWeightingEditions(services);
  const vocabulary = useMemo(() => (editions ? editionVocabulary(editions) : null), [editions]);
  const { stored, loadError: readError } = useStoredPopulation(settings, vocabulary);
  const loadError = editionsError ?? readError;
  const [run, setRun] = useState<Run | null>(null);

  useEffect(() => {
    if (!stored || !editions) return;
    const abort = new AbortController();
    const report = (state: Run['state']) => {
      if (!abort.signal.aborted) setRun({ stored, filter, state });
    };
    runIndicators({
      editions,
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
  }, [store, stored, filter, editions]);

  if (loadError !== null) return { status: 'failed', message: loadError };
  if (!stored) return { status: 'loading' };
  if (run && run.stored === stored && run.filter === filter) return run.state;
  return { status: 'computing', count: 0 };
}
