/** Responses for the export tests, built as stored records of the built-in questionnaire. */
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import type { ResponseRecord } from '../../../renderer/src/db/records';

export function record(answers: Answers, overrides: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    id: '0b6f7c1e-3d2a-4f5b-9c8d-1e2f3a4b5c6d',
    key: 'K7M-4QX',
    questionnaireId: 'innovation-barometer',
    questionnaireVersion: '2024.1',
    status: 'completed',
    createdAt: '2026-03-01T09:15:30.000Z',
    createdById: 'p1',
    createdByName: 'Mette Hansen',
    updatedAt: '2026-03-02T14:05:00.000Z',
    revision: 7,
    answers,
    deletedAt: null,
    ...overrides,
  };
}

const sectionA: Answers = {
  workplace_name: 'Ældreplejen Nord',
  workplace_id: '12345678',
  sector_level: 'municipality',
  policy_area: 'elderly_disability',
  n_employees: 120,
  resp_role: 'workplace_manager',
  period_start: 2021,
  period_end: 2022,
};

/**
 * Along the innovation path (innov_service = yes). Left unanswered although asked: factor_it,
 * culture_citizen_input, comment. Skipped by routing: dev_ongoing (its stale stored answer must not
 * be exported), dev_types, insp_channel's siblings' phases, tech_new (tech_role = minor).
 */
export const innovationAnswers: Answers = {
  ...sectionA,
  innov_product: 'no',
  innov_service: 'yes',
  innov_process: 'dk',
  innov_comm: 'no',
  dev_ongoing: 'yes', // stale: asked only without innovation
  recent_desc: 'Borgere tester ny app til hjemmepleje',
  recent_types: ['service', 'process'],
  novelty: 'adapted',
  insp_channel: ['networks', 'abroad'],
  closeness: 'further_dev',
  core_task: 'yes_current',
  initiator: ['employees', 'citizens'],
  collab_partner: ['research', 'citizens'],
  collab_phase_research: ['evaluation'],
  collab_phase_citizens: ['problem_ideas', 'evaluation'],
  funding: ['own_budget'],
  tech_role: 'minor',
  tech_new: 'new', // stale: asked only for solution/important
  value: ['quality', 'insight_influence'],
  evaluated: 'internal',
  eval_content: ['citizen_survey'],
  spread_active: 'no',
  factor_employees: 'promoted_greatly',
  factor_collab_internal: 'neither',
  factor_finance: 'hampered_somewhat',
  factor_citizens: 'promoted_greatly',
  factor_voluntary: 'not_relevant',
  factor_management: 'promoted_somewhat',
  factor_politicians: 'dk',
  factor_legislation: 'neither',
  factor_companies: 'not_relevant',
  culture_new_ways: 'agree',
  culture_try_ideas: 'strongly_agree',
  culture_learn_mistakes: 'neither',
  culture_mgmt_support: 'agree',
  culture_employee_ideas: 'agree',
};

/** Along the no-innovation path: section C is skipped, though stale C answers are stored. */
export const noInnovationAnswers: Answers = {
  ...sectionA,
  workplace_name: 'Skattestyrelsen, Kontor 4',
  workplace_id: '1234567890',
  sector_level: 'state',
  policy_area: 'administration',
  n_employees: 7,
  innov_product: 'no',
  innov_service: 'no',
  innov_process: 'dk',
  innov_comm: 'no',
  dev_ongoing: 'yes',
  dev_types: ['product', 'communication'],
  recent_desc: 'Gammel beskrivelse', // stale
  recent_types: ['service'], // stale
  value: ['quality'], // stale
  culture_new_ways: 'disagree',
  comment: 'Ringet op to gange',
};
