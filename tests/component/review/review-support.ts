/** Completed responses of the built-in questionnaire, keyed through the real repositories. */
import type { Profile } from '../../../renderer/src/db/records';
import type { Store } from '../audit/services-harness';
import { questionnaire } from '../audit/services-harness';

export interface Keyed {
  level: 'state' | 'region' | 'municipality';
  area: string;
  name: string;
}

/** A response by `who`, answered far enough to be completed (no innovation), and completed unless `draft`. */
export async function keyResponse(store: Store, who: Profile, w: Keyed, draft = false): Promise<{ id: string; key: string }> {
  const { id, key } = await store.responses.create(who, questionnaire);
  const answers: [string, string | number][] = [
    ['workplace_name', w.name],
    ['workplace_id', '12345678'],
    ['sector_level', w.level],
    ['policy_area', w.area],
    ['n_employees', 25],
    ['period_start', 2015],
    ['period_end', 2016],
    ['innov_product', 'no'],
    ['innov_service', 'no'],
    ['innov_process', 'no'],
    ['innov_comm', 'no'],
  ];
  for (const [field, value] of answers) await store.responses.commitAnswer(who, id, field, value);
  if (!draft) await store.responses.markCompleted(who, id);
  return { id, key };
}
