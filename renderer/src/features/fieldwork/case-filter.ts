/** The coordinator's filter over the cases list (stratum, area, surveyor), kept apart from the screen so it can be tested alone. */
import type { CaseView } from '../../db/fieldwork-repository';

export interface CaseFilter {
  /** '' for all. */
  stratum: string;
  area: string;
  /** '' for all, UNASSIGNED for cases without a surveyor, else a profile id. */
  surveyor: string;
}

export const UNASSIGNED = '-';
export const NO_FILTER: CaseFilter = { stratum: '', area: '', surveyor: '' };

export function filterCases(cases: readonly CaseView[], f: CaseFilter): CaseView[] {
  return cases.filter(
    (c) =>
      (f.stratum === '' || c.stratum === f.stratum) &&
      (f.area === '' || c.frame.policy_area === f.area) &&
      (f.surveyor === '' || (f.surveyor === UNASSIGNED ? c.assigneeId === '' : c.assigneeId === f.surveyor)),
  );
}
