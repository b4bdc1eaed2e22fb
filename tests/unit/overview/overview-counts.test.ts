import { describe, expect, it } from 'vitest';
import type { ResponseSummary } from '../../../renderer/src/db/records';
import { overviewOf } from '../../../renderer/src/features/overview/overview-counts';

let n = 0;
function summary(over: Partial<ResponseSummary>): ResponseSummary {
  n++;
  return {
    id: `r${n}`,
    key: `K${n}`,
    status: 'draft',
    workplaceName: `Workplace ${n}`,
    workplaceId: '',
    createdById: 'anna',
    createdByName: 'Anna',
    sectorLevel: 'municipality',
    policyArea: 'schools',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    deleted: 0,
    progress: 0.5,
    ...over,
  };
}

describe('the coordinator overview', () => {
  const rows = [
    summary({ workplaceId: '1001', status: 'completed' }),
    summary({ workplaceId: '1001', createdById: 'bo', createdByName: 'Bo', sectorLevel: 'state' }),
    summary({ workplaceId: '2002', createdById: 'bo', createdByName: 'Bo', policyArea: '' }),
    summary({ workplaceId: '2002', deleted: 1 }),
    summary({ createdById: 'bo', createdByName: 'Bo', status: 'approved' }),
  ];
  const overview = overviewOf(rows);

  it('counts live responses by surveyor, status, government level and area, most first', () => {
    expect(overview.total).toBe(4);
    expect(overview.deleted).toBe(1);
    expect(overview.bySurveyor.map((r) => [r.name, r.count])).toEqual([['Bo', 3], ['Anna', 1]]);
    expect(overview.byStatus.map((r) => [r.value, r.count])).toEqual([['draft', 2], ['completed', 1], ['approved', 1], ['rejected', 0]]);
    expect(overview.byLevel.map((r) => [r.value, r.count])).toEqual([['municipality', 3], ['state', 1]]);
    expect(overview.byArea.map((r) => [r.value, r.count])).toEqual([['schools', 3], ['', 1]]);
  });

  it('flags two live responses with one workplace id, and not a deleted one', () => {
    expect(overview.duplicates).toEqual([
      {
        workplaceId: '1001',
        responses: [
          { id: rows[0]?.id, key: rows[0]?.key, workplaceName: rows[0]?.workplaceName, createdByName: 'Anna' },
          { id: rows[1]?.id, key: rows[1]?.key, workplaceName: rows[1]?.workplaceName, createdByName: 'Bo' },
        ],
      },
    ]);
  });
});
