/**
 * The facts the export dialog counts with (status, dates, surveyor, level, area of every response
 * that is not deleted), read in pages of light summary rows when the dialog opens, so the window
 * never freezes; the count then updates at once as the choice changes.
 */
import { useEffect, useState } from 'react';
import type { SelectionFacts } from '../../core/export/selection';

export type FactsState = { kind: 'loading' } | { kind: 'ready'; facts: SelectionFacts[] } | { kind: 'failed'; message: string };

export function useSelectionFacts(pages: () => AsyncIterable<readonly SelectionFacts[]>): FactsState {
  const [state, setState] = useState<FactsState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const facts: SelectionFacts[] = [];
        for await (const page of pages()) {
          if (!live) return;
          facts.push(...page);
        }
        if (live) setState({ kind: 'ready', facts });
      } catch (e) {
        if (live) setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [pages]);
  return state;
}
