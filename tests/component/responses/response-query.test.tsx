import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, queryResponses } from '../../../renderer/src/features/responses/response-query';
import { makeSummaries } from './summaries-fixture';

const all = makeSummaries(10_000);

describe('searching, filtering and sorting the response list in memory', () => {
  it('shows every response not deleted, newest first, by default', () => {
    const rows = queryResponses(all, DEFAULT_QUERY);
    expect(rows).toHaveLength(10_000 - 200);
    expect(rows[0]?.key).toBe('K09998');
    expect(rows.every((r) => r.deleted === 0)).toBe(true);
  });

  it('finds a response by key, workplace name or workplace id, ignoring case', () => {
    expect(queryResponses(all, { ...DEFAULT_QUERY, search: 'k00042' }).map((r) => r.key)).toEqual(['K00042']);
    expect(queryResponses(all, { ...DEFAULT_QUERY, search: 'wp1007' }).map((r) => r.key)).toContain('K00007');
    const sobakken = queryResponses(all, { ...DEFAULT_QUERY, search: 'ældrecentret' });
    expect(sobakken.length).toBeGreaterThan(0);
    expect(sobakken.every((r) => r.workplaceName.startsWith('Ældrecentret'))).toBe(true);
  });

  it('filters by status, with deleted responses only under "deleted"', () => {
    const drafts = queryResponses(all, { ...DEFAULT_QUERY, status: 'draft' });
    expect(drafts.every((r) => r.status === 'draft' && r.deleted === 0)).toBe(true);
    const deleted = queryResponses(all, { ...DEFAULT_QUERY, status: 'deleted' });
    expect(deleted).toHaveLength(200);
  });

  it('sorts by key, workplace and status both ways', () => {
    const byKey = queryResponses(all, { ...DEFAULT_QUERY, sort: 'key', dir: 'asc' });
    expect(byKey[0]?.key).toBe('K00000');
    const byKeyDesc = queryResponses(all, { ...DEFAULT_QUERY, sort: 'key', dir: 'desc' });
    expect(byKeyDesc[0]?.key).toBe('K09998'); // K09999 is deleted
    const byWorkplace = queryResponses(all, { ...DEFAULT_QUERY, sort: 'workplace', dir: 'asc' });
    // Danish order: Æ, Ø, Å after Z, and "Aa" counts as Å.
    expect(byWorkplace[0]?.workplaceName).toBe('Børnehuset Åen 4');
    expect(byWorkplace.at(-1)?.workplaceName.startsWith('Aarhus')).toBe(true);
    const byStatus = queryResponses(all, { ...DEFAULT_QUERY, sort: 'status', dir: 'asc' });
    expect(byStatus[0]?.status).toBe('completed');
    expect(byStatus.at(-1)?.status).toBe('draft');
  });
});
