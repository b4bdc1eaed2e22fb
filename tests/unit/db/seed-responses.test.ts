import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BarometerDb } from '../../../renderer/src/db/database';
import type { ResponseRecord, ResponseSummary } from '../../../renderer/src/db/records';
import { SEED_CHUNK_SIZE, seedResponses } from '../../../renderer/src/db/seed-responses';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { summarise } from '../../../renderer/src/db/response-summary';
import { anna, openTestDb, rejectionOf } from './db-test-support';

function makeRecords(count: number): { records: ResponseRecord[]; summaries: ResponseSummary[] } {
  const records = Array.from({ length: count }, (_, i): ResponseRecord => {
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    return {
      id: `seed-${i}`,
      key: `K${String(i).padStart(5, '0')}`,
      questionnaireId: 'q',
      questionnaireVersion: '1',
      status: i % 3 === 0 ? 'completed' : 'draft',
      createdAt: at,
      createdById: anna.id,
      createdByName: anna.name,
      updatedAt: at,
      revision: 1,
      answers: { workplace_name: `Workplace ${i}` },
      deletedAt: null,
    };
  });
  return { records, summaries: records.map((r) => summarise(r, 0.5)) };
}

describe('bulk seeding', () => {
  let db: BarometerDb;
  beforeEach(async () => {
    db = await openTestDb('seed');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it('inserts responses and summaries in transactions of 1,000', async () => {
    const { records, summaries } = makeRecords(2_500);
    const transaction = vi.spyOn(db, 'transaction');
    await seedResponses(db, records, summaries);
    expect(transaction).toHaveBeenCalledTimes(Math.ceil(2_500 / SEED_CHUNK_SIZE));
    expect(await db.responses.count()).toBe(2_500);
    expect(await db.summaries.count()).toBe(2_500);
    expect(await db.summaries.get('seed-1234')).toMatchObject({ workplaceName: 'Workplace 1234', deleted: 0 });
  });

  it('the response list reads 10,000 summaries, leaving out the deleted ones', async () => {
    const { records, summaries } = makeRecords(10_000);
    const marked = summaries.map((s, i) => (i % 10 === 0 ? { ...s, deleted: 1 as const } : s));
    await seedResponses(db, records, marked);
    const repo = new ResponseRepository(db, () => {
      throw new Error('listing needs no questionnaire');
    });
    expect(await repo.listSummaries()).toHaveLength(9_000);
    expect(await repo.listSummaries({ includeDeleted: true })).toHaveLength(10_000);
  });

  it('a failing chunk writes nothing of itself', async () => {
    const { records, summaries } = makeRecords(1_500);
    const broken = [...summaries];
    broken[1_200] = { ...(broken[1_100] as ResponseSummary) }; // duplicate id in the second chunk
    await rejectionOf(seedResponses(db, records, broken));
    expect(await db.responses.count()).toBe(1_000);
    expect(await db.summaries.count()).toBe(1_000);
  });

  it('refuses records and summaries that do not pair up', async () => {
    const { records, summaries } = makeRecords(3);
    expect(String(await rejectionOf(seedResponses(db, records, summaries.slice(1))))).toMatch(/3 records but 2 summaries/);
  });
});
