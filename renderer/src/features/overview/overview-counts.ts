/**
 * The coordinator overview's figures, from the response list's summaries: counts by surveyor,
 * status, government level and area, and the workplaces with more than one response. Pure.
 */
import type { EditionSet } from '../../core/editions/edition-set';
import { rowStrataIn } from '../../core/export/selection';
import { duplicateFindings } from '../../core/quality/duplicates';
import type { ResponseStatus } from '../../core/permissions/roles';
import type { ResponseSummary } from '../../db/records';

export interface CountRow {
  /** The grouping value: a profile id, a status or an answer code ('' for unanswered). */
  value: string;
  /** What a person reads for `value` where it is not a code (the surveyor's name). */
  name: string;
  count: number;
}

export interface DuplicateGroup {
  workplaceId: string;
  responses: { id: string; key: string; workplaceName: string; createdByName: string }[];
}

export interface Overview {
  total: number;
  deleted: number;
  bySurveyor: CountRow[];
  byStatus: CountRow[];
  byLevel: CountRow[];
  byArea: CountRow[];
  duplicates: DuplicateGroup[];
}

const STATUS_ORDER: readonly ResponseStatus[] = ['draft', 'completed', 'approved', 'rejected'];

function countBy(rows: readonly ResponseSummary[], keyOf: (s: ResponseSummary) => string, nameOf: (s: ResponseSummary) => string): CountRow[] {
  const counts = new Map<string, CountRow>();
  for (const row of rows) {
    const value = keyOf(row);
    const found = counts.get(value);
    if (found) found.count++;
    else counts.set(value, { value, name: nameOf(row), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Deleted responses are counted apart and left out of every other figure. `editions`: the editions
 * held, when there are several: each response's level and area are counted in the codes of their
 * reference (the newest), so an option one edition renamed is one row (`rowStrataIn`).
 */
export function overviewOf(summaries: readonly ResponseSummary[], editions?: EditionSet): Overview {
  const live = summaries.filter((s) => s.deleted === 0);
  const byStatus = STATUS_ORDER.map((status) => ({ value: status, name: status, count: live.filter((s) => s.status === status).length }));
  const findings = duplicateFindings(live.map((s) => ({ id: s.id, key: s.key, answers: { workplace_id: s.workplaceId } })));
  const byId = new Map(live.map((s) => [s.id, s]));
  const groups = new Map<string, DuplicateGroup>();
  for (const finding of findings) {
    const workplaceId = String(finding.value);
    const summary = byId.get(finding.responseId);
    if (!summary) continue;
    const group = groups.get(workplaceId) ?? { workplaceId, responses: [] };
    group.responses.push({ id: summary.id, key: summary.key, workplaceName: summary.workplaceName, createdByName: summary.createdByName });
    groups.set(workplaceId, group);
  }
  return {
    total: live.length,
    deleted: summaries.length - live.length,
    bySurveyor: countBy(live, (s) => s.createdById, (s) => s.createdByName),
    byStatus,
    byLevel: countBy(live, (s) => rowStrataIn(editions, s).sectorLevel, (s) => rowStrataIn(editions, s).sectorLevel),
    byArea: countBy(live, (s) => rowStrataIn(editions, s).policyArea, (s) => rowStrataIn(editions, s).policyArea),
    duplicates: [...groups.values()].sort((a, b) => (a.workplaceId < b.workplaceId ? -1 : 1)),
  };
}
