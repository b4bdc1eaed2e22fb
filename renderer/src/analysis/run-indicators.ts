/**
 * Runs the figures' computation over responses read page by page: in a Worker (one per run,
 * terminated when it answers or the run is cancelled), or in slices on this thread where Workers do
 * not exist (jsdom). Either way no single task holds the window for long.
 */
import type { EditionSet } from '../core/editions/edition-set';
import type { PopulationTable } from '../core/weights/population';
import type { StratumCollapse } from '../core/weights/collapse';
import type { ResponseRecord } from '../db/records';
import { Cancelled } from './respondents';
import { chooseResponses, computeDashboardSliced, DEFAULT_FILTER, type DashboardData, type DashboardInput, type ResponseFilter } from './compute-dashboard';
import type { IndicatorsMessage, IndicatorsReply } from './indicators.worker';

export interface IndicatorsRun {
  /** Every held edition, with the one whose codes the figures are in as reference (`weightingEditions`). */
  editions: EditionSet;
  /** Responses in pages (e.g. `liveResponsePages(db)`): each page is one short read. */
  pages: AsyncIterable<readonly ResponseRecord[]>;
  filter: ResponseFilter;
  table: PopulationTable | null;
  /** The coordinator's collapsed strata (none when absent). */
  collapses?: readonly StratumCollapse[];
  signal: AbortSignal;
  /** Responses chosen so far, after each page. */
  onProgress?: (count: number) => void;
}

export async function runIndicators(run: IndicatorsRun): Promise<DashboardData> {
  if (typeof Worker === 'undefined') {
    const chosen: DashboardInput[] = [];
    for await (const page of run.pages) chosen.push(...chooseResponses(page, run.filter));
    return computeDashboardSliced(run.editions, chosen, run.table, run.signal, run.collapses ?? []);
  }
  const worker = new Worker(new URL('./indicators.worker.ts', import.meta.url), { type: 'module', name: 'indicators' });
  try {
    const reply = new Promise<DashboardData>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<IndicatorsReply>) => (event.data.ok ? resolve(event.data.data) : reject(new Error(event.data.error)));
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(event.message || 'The indicator computation failed.'));
      };
      run.signal.addEventListener('abort', () => reject(new Cancelled()), { once: true });
    });
    reply.catch(() => undefined); // observed below; a failure while pages are still sent must not go unhandled
    const send = (message: IndicatorsMessage) => worker.postMessage(message);
    // The definitions are plain JSON; of each response only what the computation reads crosses over.
    const { editions } = run;
    send({ kind: 'start', defs: editions.editions.map((q) => q.def), reference: { id: editions.reference.id, version: editions.reference.version }, table: run.table, collapses: [...(run.collapses ?? [])] });
    let count = 0;
    for await (const page of run.pages) {
      if (run.signal.aborted) throw new Cancelled();
      const chosen = chooseResponses(page, run.filter).map(({ id, answers, questionnaireId, questionnaireVersion }) => ({ id, answers, questionnaireId, questionnaireVersion }));
      count += chosen.length;
      if (chosen.length > 0) send({ kind: 'page', responses: chosen });
      run.onProgress?.(count);
    }
    send({ kind: 'end' });
    return await reply;
  } finally {
    worker.terminate();
  }
}

/**
 * The weighting the weights screen shows: over the responses the base rule counts by default
 * (completed and approved, as the dashboard opens and the export dialog starts), so its r_h, and the
 * weights they give, are those of the default figures. Drafts count only where someone chooses them.
 */
export function storedWeighting(run: Omit<IndicatorsRun, 'filter'>): Promise<DashboardData> {
  return runIndicators({ ...run, filter: DEFAULT_FILTER });
}
