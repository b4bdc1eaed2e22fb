/**
 * r_h, the respondents per stratum the weights divide by, follows the base rule: completed and
 * approved responses by default (the weights screen, the dashboard as it opens, the export as the
 * dialog opens), drafts only when chosen ("Alle (ikke slettede)" on the dashboard, "All" in the
 * export). A draft begun with only its government level keyed is in no indicator's denominator, so it
 * must not lower the weight of the finished responses of its stratum.
 */
import { describe, expect, it } from 'vitest';
import { storedWeighting } from '../../../renderer/src/analysis/run-indicators';
import { runIndicators } from '../../../renderer/src/analysis/run-indicators';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import type { PopulationTable } from '../../../renderer/src/core/weights';
import type { ResponseRecord, ResponseStatus } from '../../../renderer/src/db/records';

const q = loadBuiltinQuestionnaire();
const editions = editionSet([q]);

function record(i: number, status: ResponseStatus, answers: Answers, deletedAt: string | null = null): ResponseRecord {
  const at = new Date(Date.UTC(2026, 0, 5, 9, i)).toISOString();
  return {
    id: `00000000-0000-4000-8000-00000000000${i}`, key: `K${i}`, questionnaireId: q.id, questionnaireVersion: q.version, status,
    createdAt: at, createdById: 'p', createdByName: 'Anne Holm', updatedAt: at, revision: 1, answers, deletedAt,
  };
}

const finished = (level: string): Answers => ({ workplace_name: 'X', sector_level: level, policy_area: 'education', n_employees: 20, innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no', dev_ongoing: 'no' });
const records = [
  record(1, 'completed', finished('municipality')),
  record(2, 'draft', { sector_level: 'municipality' }), // the empty draft in the municipal stratum
  record(3, 'approved', finished('state')),
  record(4, 'completed', finished('state')),
  record(5, 'draft', { sector_level: 'state', n_employees: 8 }),
  record(6, 'completed', finished('municipality'), '2026-01-06T10:00:00.000Z'), // deleted
];
// N_h: 100 municipal and 30 state workplaces.
const population: PopulationTable = [
  { sector_level: 'municipality', population: 100 },
  { sector_level: 'state', population: 30 },
];
const pages = async function* () {
  yield records;
};
const strata = (data: Awaited<ReturnType<typeof storedWeighting>>) => data.weighting.strata.map((s) => [s.key, s.N_h, s.r_h, s.w]);

describe('r_h follows the base rule', () => {
  it('the weights screen counts completed and approved responses: municipality r_h = 1, w = 100 / 1; state r_h = 2, w = 30 / 2', async () => {
    const data = await storedWeighting({ editions, pages: pages(), table: population, signal: new AbortController().signal });
    expect(strata(data)).toEqual([
      ['sector_level=municipality', 100, 1, 100],
      ['sector_level=state', 30, 2, 15],
    ]);
    expect(data.responseCount).toBe(3);
  });

  it('drafts count only when chosen: municipality r_h = 2, w = 100 / 2 = 50; state r_h = 3, w = 30 / 3 = 10', async () => {
    const data = await runIndicators({ editions, pages: pages(), filter: 'all', table: population, signal: new AbortController().signal });
    expect(strata(data)).toEqual([
      ['sector_level=municipality', 100, 2, 50],
      ['sector_level=state', 30, 3, 10],
    ]);
  });
});
