/**
 * Computes the dashboard's and the weights screen's figures off the window's thread: compiles the
 * questionnaire from its definition, evaluates the responses page by page as they arrive (while the
 * window reads the next page), then weighs them and sums the indicators.
 */
import '../zod-config';
import { evaluateResponse } from '../core/engine/evaluate-response';
import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import type { Questionnaire } from '../core/questionnaire/model';
import type { PopulationTable, Respondent } from '../core/weights/population';
import type { StratumCollapse } from '../core/weights/collapse';
import { figuresOf, type DashboardData, type DashboardInput } from './compute-dashboard';

export type IndicatorsMessage =
  | { kind: 'start'; def: unknown; table: PopulationTable | null; collapses: StratumCollapse[] }
  | { kind: 'page'; responses: DashboardInput[] }
  | { kind: 'end' };
export type IndicatorsReply = { ok: true; data: DashboardData } | { ok: false; error: string };

// The renderer's TypeScript program has the DOM lib, not WebWorker's: name the two members used.
const scope = self as unknown as { onmessage: ((event: MessageEvent<IndicatorsMessage>) => void) | null; postMessage(message: IndicatorsReply): void };


let q: Questionnaire | undefined;
let table: PopulationTable | null = null;
let collapses: StratumCollapse[] = [];
const respondents: Respondent[] = [];

scope.onmessage = ({ data }) => {
  try {
    if (data.kind === 'start') {
      const loaded = loadQuestionnaire(data.def);
      if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('; '));
      q = loaded.value;
      table = data.table;
      collapses = data.collapses;
      return;
    }
    if (!q) throw new Error('The questionnaire was not sent first.');
    if (data.kind === 'page') {
      for (const r of data.responses) respondents.push({ id: r.id, values: evaluateResponse(q, r.answers).values });
      return;
    }
    scope.postMessage({ ok: true, data: figuresOf(q, respondents, table, collapses) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
