/**
 * Computes the dashboard's and the weights screen's figures off the window's thread: compiles the
 * editions from their definitions, evaluates each response in its own edition and the responses page by page as they arrive (while the
 * window reads the next page), then weighs them and sums the indicators.
 */
import '../zod-config';
import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import { editionSet, type EditionSet } from '../core/editions/edition-set';
import type { Questionnaire } from '../core/questionnaire/model';
import type { PopulationTable, Respondent } from '../core/weights/population';
import type { StratumCollapse } from '../core/weights/collapse';
import { figuresAcross, type DashboardData, type DashboardInput } from './compute-dashboard';
import { respondentIn } from './respondents';

export type IndicatorsMessage =
  | { kind: 'start'; defs: unknown[]; reference: { id: string; version: string }; table: PopulationTable | null; collapses: StratumCollapse[] }
  | { kind: 'page'; responses: DashboardInput[] }
  | { kind: 'end' };
export type IndicatorsReply = { ok: true; data: DashboardData } | { ok: false; error: string };

// The renderer's TypeScript program has the DOM lib, not WebWorker's: name the two members used.
const scope = self as unknown as { onmessage: ((event: MessageEvent<IndicatorsMessage>) => void) | null; postMessage(message: IndicatorsReply): void };


let set: EditionSet | undefined;
let table: PopulationTable | null = null;
let collapses: StratumCollapse[] = [];
const respondents: Respondent[] = [];

scope.onmessage = ({ data }) => {
  try {
    if (data.kind === 'start') {
      const editions = data.defs.map((def): Questionnaire => {
        const loaded = loadQuestionnaire(def);
        if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('; '));
        return loaded.value;
      });
      const reference = editions.find((q) => q.id === data.reference.id && q.version === data.reference.version);
      set = editionSet(editions, reference);
      table = data.table;
      collapses = data.collapses;
      return;
    }
    if (!set) throw new Error('The questionnaire was not sent first.');
    if (data.kind === 'page') {
      for (const r of data.responses) respondents.push(respondentIn(set, r));
      return;
    }
    scope.postMessage({ ok: true, data: figuresAcross(set, respondents, table, collapses) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
