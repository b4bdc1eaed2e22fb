/** The overview's data: every response summary (deleted ones counted apart) and the imports, newest first. */
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { EditionSet } from '../../core/editions/edition-set';
import type { ImportRecord } from '../../db/exchange-records';
import { refusalText } from '../../ui/refusal-text';
import { overviewOf, type Overview } from './overview-counts';

export interface OverviewState {
  overview: Overview | null;
  imports: ImportRecord[] | null;
  problem: string;
}

/** `editions`: the editions held when there are several (`acrossHeldEditions`): levels and areas are counted in the newest's codes. */
export function useOverview(editions?: EditionSet): OverviewState {
  const { responses, lang, exchange } = useServices();
  const [state, setState] = useState<OverviewState>({ overview: null, imports: null, problem: '' });

  useEffect(() => {
    let live = true;
    Promise.all([responses.listSummaries({ includeDeleted: true, withEditions: editions !== undefined }), exchange.listImports()]).then(
      ([summaries, imports]) => live && setState({ overview: overviewOf(summaries, editions), imports, problem: '' }),
      (e: unknown) => live && setState((s) => ({ ...s, problem: refusalText(e, lang) })),
    );
    return () => {
      live = false;
    };
  }, [responses, exchange, lang, editions]);

  return state;
}
