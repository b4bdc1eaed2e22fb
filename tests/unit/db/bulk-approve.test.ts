/**
 * Bulk approve acts exactly on the filtered set (peer tools approve the wrong rows when a filter is
 * active): the set is computed inside the transaction by the queue's own filter, all or nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../../renderer/src/db/records';
import { anna, bo, carl, dora, rejectionOf } from './db-test-support';
import { responseFixture, type ResponseFixture } from './response-fixture';

let f: ResponseFixture;
let ids: Record<string, string>;

/** A completed response by `who` in a government level and area. */
async function completed(who: Profile, level: string, area: string): Promise<string> {
  const { id } = await f.responses.create(who, f.q);
  for (const [field, value] of Object.entries({ workplace_name: `${level} ${area}`, innovated: 'no', sector_level: level, policy_area: area })) {
    await f.responses.commitAnswer(who, id, field, value);
  }
  await f.responses.markCompleted(who, id);
  return id;
}

beforeEach(async () => {
  f = await responseFixture();
  ids = {
    annaStateHealth: await completed(anna, 'state', 'health'),
    annaRegionHealth: await completed(anna, 'region', 'health'),
    boStateHealth: await completed(bo, 'state', 'health'),
    boStateSchools: await completed(bo, 'state', 'schools'),
    annaMunicipalitySchools: await completed(anna, 'municipality', 'schools'),
  };
  ids['annaDraft'] = (await f.responses.create(anna, f.q)).id;
});
afterEach(() => {
  vi.restoreAllMocks();
  f.db.close();
});

const statusOf = async (id: string | undefined) => (await f.responses.get(id ?? ''))?.status;

describe('the review queue', () => {
  it('filters by status, surveyor, government level, area and date', async () => {
    const queued = async (filter: Parameters<typeof f.review.queue>[0]) => (await f.review.queue(filter)).map((s) => s.id).sort();
    expect(await queued({ statuses: ['completed'] })).toHaveLength(5);
    expect(await queued({})).toHaveLength(6);
    expect(await queued({ statuses: ['completed'], surveyorId: bo.id })).toEqual([ids['boStateHealth'], ids['boStateSchools']].sort());
    expect(await queued({ sectorLevel: 'state', policyArea: 'health' })).toEqual([ids['annaStateHealth'], ids['boStateHealth']].sort());
    const all = await f.review.queue({ statuses: ['completed'] });
    const middle = all[2]?.updatedAt ?? '';
    const from = await f.review.queue({ statuses: ['completed'], from: middle });
    const to = await f.review.queue({ statuses: ['completed'], to: middle });
    expect(from.map((s) => s.id)).toEqual(all.filter((s) => s.updatedAt >= middle).map((s) => s.id));
    expect(to.map((s) => s.id)).toEqual(all.filter((s) => s.updatedAt < middle).map((s) => s.id));
    expect(from.length + to.length).toBe(5);
    expect(from.length).toBeGreaterThanOrEqual(3);
  });

  it('never lists a deleted response', async () => {
    await f.responses.softDelete(carl, ids['annaStateHealth'] ?? '', 'Entered twice');
    expect((await f.review.queue({ statuses: ['completed'] })).map((s) => s.id)).not.toContain(ids['annaStateHealth']);
  });
});

describe('bulk approve', () => {
  it('approves exactly the filtered set, in one transaction, one audit entry each', async () => {
    const filter = { statuses: ['completed' as const], sectorLevel: 'state' };
    const shown = (await f.review.queue(filter)).map((s) => s.id);
    const transaction = vi.spyOn(f.db, 'transaction');
    const approved = await f.review.bulkApprove(dora, filter, shown);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(approved.map((r) => r.id).sort()).toEqual([ids['annaStateHealth'], ids['boStateHealth'], ids['boStateSchools']].sort());
    for (const id of shown) expect(await statusOf(id)).toBe('approved');
    for (const key of ['annaRegionHealth', 'annaMunicipalitySchools']) expect(await statusOf(ids[key])).toBe('completed');
    expect(await statusOf(ids['annaDraft'])).toBe('draft');
    const entries = (await f.audit.all()).filter((e) => e.action === 'status' && e.newValue === 'approved');
    expect(entries.map((e) => [e.responseId, e.actorName, e.oldValue])).toEqual(approved.map((r) => [r.id, dora.name, 'completed']));
    expect((await f.audit.verify()).ok).toBe(true);
  });

  it('refuses when the set changed since the auditor saw it, approving nothing', async () => {
    const filter = { statuses: ['completed' as const], surveyorId: bo.id };
    const shown = (await f.review.queue(filter)).map((s) => s.id);
    await completed(bo, 'region', 'schools');
    expect(await rejectionOf(f.review.bulkApprove(dora, filter, shown))).toMatchObject({ code: 'stale-selection' });
    expect((await f.review.queue({ statuses: ['approved'] })).length).toBe(0);
  });

  it('refuses a filter that holds responses that cannot be approved, approving nothing', async () => {
    const error = await rejectionOf(f.review.bulkApprove(dora, { surveyorId: anna.id }));
    expect(error).toMatchObject({ code: 'not-approvable' });
    expect((error as Error).message).toMatch(/\(draft\)/);
    expect((await f.review.queue({ statuses: ['approved'] })).length).toBe(0);
  });

  it('leaves already approved responses in the set as they are', async () => {
    await f.review.approve(dora, ids['annaStateHealth'] ?? '');
    const approved = await f.review.bulkApprove(dora, { statuses: ['completed', 'approved'], sectorLevel: 'state' });
    expect(approved.map((r) => r.id).sort()).toEqual([ids['boStateHealth'], ids['boStateSchools']].sort());
  });

  it('approves nothing when one approval cannot be written', async () => {
    let n = 0;
    const failThird = () => {
      if (++n === 3) throw new Error('disk full');
    };
    f.db.audit.hook('creating', failThird);
    try {
      expect(String(await rejectionOf(f.review.bulkApprove(dora, { statuses: ['completed'] })))).toMatch(/disk full/);
    } finally {
      f.db.audit.hook('creating').unsubscribe(failThird);
    }
    expect((await f.review.queue({ statuses: ['approved'] })).length).toBe(0);
    expect((await f.audit.all()).filter((e) => e.newValue === 'approved')).toEqual([]);
  });
});
