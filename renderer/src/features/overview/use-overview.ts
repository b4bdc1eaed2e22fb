/** The overview's data: every response summary (deleted ones counted apart) and the imports, newest first. */
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { ImportRecord } from '../../db/exchange-records';
import { refusalText } from '../../ui/refusal-text';
import { overviewOf, type Overview } from './overview-counts';

export interface OverviewState {
  overview: Overview | null;
  imports: ImportRecord[] | null;
  problem: string;
}

export function useOverview(): OverviewState {
  const { responses, lang, exchange } = useServices();
  const [state, setState] = useState<OverviewState>({ overview: null, imports: null, problem: '' });

  useEffect(() => {
    let live = true;
    Promise.all([responses.listSummaries({ includeDeleted: true }), exchange.listImports()]).then(
      ([summaries, imports]) => live && setState({ overview: overviewOf(summaries), imports, problem: '' }),
      (e: unknown) => live && setState((s) => ({ ...s, problem: refusalText(e, lang) })),
    );
    return () => {
      live = false;
    };
  }, [responses, exchange, lang]);

  return state;
}
