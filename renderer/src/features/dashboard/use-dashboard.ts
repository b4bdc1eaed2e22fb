/** Reads the population table once, then computes the figures for the chosen responses (again when the filter changes). */
import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services-context';
import { stratumVocabulary } from '../../core/weights/population';
import { liveResponsePages } from '../../db/response-pages';
import { Cancelled } from '../weights/respondents';
import { useStoredPopulation, type StoredTable } from '../weights/use-weights';
import type { DashboardData, ResponseFilter } from './compute-dashboard';
import { runIndicators } from './run-indicators';

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
  const { db, settings, questionnaire } = useServices();
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
      pages: liveResponsePages(db),
      filter,
      table: stored.table,
      signal: abort.signal,
      onProgress: (count) => report({ status: 'computing', count }),
    })
      .then((data) => report({ status: 'ready', data }))
      .catch((e: unknown) => {
        if (!(e instanceof Cancelled)) report({ status: 'failed', message: messageOf(e) });
      });
    return () => abort.abort();
  }, [db, stored, filter, questionnaire]);

  if (loadError !== null) return { status: 'failed', message: loadError };
  if (!stored) return { status: 'loading' };
  if (run && run.stored === stored && run.filter === filter) return run.state;
  return { status: 'computing', count: 0 };
}
