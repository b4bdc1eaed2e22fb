/**
 * The indicator engine fed by the real engine: answers to the built-in questionnaire go through
 * `evaluateResponse`, and its `values` (derived innov_any, size_class, civil_role; skipped → absent)
 * go to `computeWeights` and `computeIndicators`.
 */
import { describe, expect, it } from 'vitest';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { computeIndicators } from '../../../renderer/src/core/indicators/compute-indicators';
import type { IndicatorResult } from '../../../renderer/src/core/indicators/types';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import { computeWeights } from '../../../renderer/src/core/weights/compute-weights';

const q = loadBuiltinQuestionnaire();
const noB = { innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no' };

const ANSWERS: Record<string, Answers> = {
  // Innovator; civil_role only through factor_voluntary = promoted_somewhat.
  care: {
    workplace_name: 'Plejecenter Nord', sector_level: 'municipality', policy_area: 'elderly_disability', n_employees: 25,
    resp_role: 'workplace_manager', period_start: 2022, period_end: 2023,
    ...noB, innov_service: 'yes', innov_process: 'dk',
    recent_desc: 'Ny velkomstpraksis', recent_types: ['service'], novelty: 'adapted', insp_channel: ['networks'],
    closeness: 'further_dev', core_task: 'yes_current', initiator: ['employees'], collab_partner: ['none'],
    funding: ['own_budget'], tech_role: 'important', tech_new: 'new', value: ['quality', 'insight_influence'],
    evaluated: 'internal', eval_content: ['professional'], spread_active: 'no', factor_voluntary: 'promoted_somewhat',
  },
  // Non-innovator with stale section C answers (routing flipped): they must not count.
  nursery: {
    workplace_name: 'Børnehuset', sector_level: 'municipality', policy_area: 'childcare', n_employees: 6,
    ...noB, dev_ongoing: 'no', novelty: 'copied', value: ['insight_influence'], initiator: ['citizens'],
  },
  // Section B incomplete without a yes: innov_any stays empty.
  agency: { workplace_name: 'Styrelsen', sector_level: 'state', policy_area: 'administration', n_employees: 120, innov_product: 'no' },
  // Innovator collaborating with citizens (civil_role 1).
  office: {
    workplace_name: 'Borgerservice', sector_level: 'state', policy_area: 'administration', n_employees: 150,
    ...noB, innov_comm: 'yes', recent_types: ['communication'], novelty: 'copied', initiator: ['manager'],
    collab_partner: ['citizens'], tech_role: 'solution', value: ['efficiency'], evaluated: 'planned',
  },
};

const respondents = Object.entries(ANSWERS).map(([id, answers]) => ({ id, values: evaluateResponse(q, answers).values }));
const values = (id: string) => respondents.find((r) => r.id === id)?.values ?? {};

function figure(results: IndicatorResult[], key: string): [number | null, number | null, number] {
  const r = results.find((x) => x.key === key && x.group.dimension === 'overall');
  if (r?.kind !== 'share') throw new Error(key);
  return [r.weightedShare, r.unweightedShare, r.n];
}

describe('evaluateResponse → computeIndicators', () => {
  it('the engine derives what the indicators read', () => {
    expect([values('care').innov_any, values('care').size_class, values('care').civil_role]).toEqual([1, '10_49', 1]);
    expect([values('nursery').innov_any, values('nursery').size_class, values('nursery').civil_role]).toEqual([0, '3_9', undefined]);
    expect(values('nursery').novelty).toBeUndefined(); // skipped → absent
    expect(values('agency').innov_any).toBeUndefined();
    expect([values('office').innov_any, values('office').civil_role, values('office').size_class]).toEqual([1, 1, '100_plus']);
  });

  it('unweighted figures', () => {
    const results = computeIndicators(q, respondents, computeWeights(null, respondents).weights);
    expect(figure(results, 'I1.innovative')).toEqual([2 / 3, 2 / 3, 3]); // innovators care, office / care, nursery, office (agency: innov_any empty)
    expect(figure(results, 'I2.service')).toEqual([1 / 3, 1 / 3, 3]); // care; the agency left innov_service unanswered, so it is out
    expect(figure(results, 'I3.reuse')).toEqual([1, 1, 2]); // adapted + copied; nursery's stale "copied" ignored
    expect(figure(results, 'I4.collaboration')).toEqual([1 / 2, 1 / 2, 2]); // office
    expect(figure(results, 'I5.civil_role')).toEqual([1, 1, 2]);
    expect(figure(results, 'I6.insight_influence')).toEqual([1 / 2, 1 / 2, 2]); // care only
    expect(figure(results, 'I7.with_civil_role')).toEqual([1 / 2, 1 / 2, 2]);
    expect(figure(results, 'I7.without_civil_role')).toEqual([null, null, 0]);
    expect(figure(results, 'I8.evaluated')).toEqual([1 / 2, 1 / 2, 2]); // care internal; office planned
    expect(figure(results, 'I9.citizens')).toEqual([0, 0, 2]); // the nursery's stale initiator is skipped
    expect(figure(results, 'I10.technology')).toEqual([1, 1, 2]);
  });

  it('weighted by sector_level: state 10 / 2 = 5, municipality 30 / 2 = 15', () => {
    const table = [
      { sector_level: 'state', population: 10 },
      { sector_level: 'municipality', population: 30 },
    ];
    const set = computeWeights(table, respondents);
    expect(Object.fromEntries(set.weights)).toEqual({ care: 15, nursery: 15, agency: 5, office: 5 });
    const results = computeIndicators(q, respondents, set.weights);
    // I1: (care 15 + office 5) / (care 15 + nursery 15 + office 5) = 20 / 35
    expect(figure(results, 'I1.innovative')[0]).toBeCloseTo(20 / 35, 12);
    // I6 insight: care 15 / (15 + 5) = 0.75
    expect(figure(results, 'I6.insight_influence')[0]).toBeCloseTo(0.75, 12);
  });
});
