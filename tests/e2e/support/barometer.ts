/**
 * Whole sections of the Innovation Barometer answered with the keyboard, for the browser tests that
 * need a filled response as a starting point. The tests that are about the keying itself spell their
 * steps out instead.
 */
import type { Surveyor } from './surveyor';
import { da } from './wording';

export interface Workplace {
  name: string;
  /** CVR (8 digits) or P-number (10 digits). */
  id: string;
  level: 'Stat' | 'Region' | 'Kommune';
  area: string;
  employees: string;
  role?: string;
  from: string;
  /** Left out: the surveyor presses Enter on the empty "last year" question. */
  to?: string;
}

/** Section A from its first question to "Næste afsnit" (which then has the focus). */
export async function answerSectionA(s: Surveyor, w: Workplace): Promise<void> {
  await s.expectSection(da.section_A);
  await s.answer(da.workplace_name, w.name);
  await s.answer(da.workplace_id, w.id);
  await s.pick(da.sector_level, w.level);
  await s.pick(da.policy_area, w.area);
  await s.answer(da.n_employees, w.employees);
  if (w.role) await s.pick(da.resp_role, w.role);
  else await s.page.keyboard.press('Enter');
  await s.answer(da.period_start, w.from);
  await s.answer(da.period_end, w.to ?? '');
  await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
}

type YesNo = 'Ja' | 'Nej' | 'Ved ikke';

/** Section B's four innovation questions (products, services, processes, communication), from the first one on. */
export async function answerInnovationQuestions(s: Surveyor, [product, service, process, communication]: readonly [YesNo, YesNo, YesNo, YesNo]): Promise<void> {
  await s.expectSection(da.section_B);
  await s.pick(da.innov_product, product);
  await s.pick(da.innov_service, service);
  await s.pick(da.innov_process, process);
  await s.pick(da.innov_comm, communication);
}
