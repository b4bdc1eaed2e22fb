/**
 * Version 2 → 3: every response written before exchange existed gets a revision tree holding its
 * current state, so it can be sent; the app's next change extends that tree; a failing upgrade
 * leaves version 2 and its rows as they were.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generationOf, winner } from '../../../renderer/src/core/revisions';
import { BarometerDb, openBarometerDb } from '../../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schema-versions';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/schema-versions';
import { anna, storeProfiles, uniqueDbName } from './db-test-support';
import { testQuestionnaire } from './test-questionnaire';

const v2 = SCHEMA_VERSIONS.filter((v) => v.version <= 2);
const q = testQuestionnaire();
const response = (id: string, key: string, answers: ResponseRecord['answers'], deletedAt: string | null = null): ResponseRecord => ({
  id, key, questionnaireId: q.id, questionnaireVersion: q.version, status: 'draft', createdAt: '2025-01-02T08:00:00.000Z',
  createdById: anna.id, createdByName: anna.name, updatedAt: '2025-01-02T09:00:00.000Z', revision: 4, answers, deletedAt,
});

async function seedVersion2(name: string): Promise<void> {
  const db = new BarometerDb(name, v2);
  await db.open();
  await storeProfiles(db);
  await db.table('responses').bulkAdd([
    response('r-1', 'AAA-222', { workplace_name: 'Aarhus', employees: 12 }),
    response('r-2', 'BBB-333', {}, '2025-01-03T10:00:00.000Z'),
  ]);
  db.close();
}

describe('upgrading version 2 to 3', () => {
  it('gives every response a one-revision tree of its current state, not in conflict', async () => {
    const name = uniqueDbName('v2-v3');
    await seedVersion2(name);
    const db = await openBarometerDb(name);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const rows = await db.revisions.toArray();
    expect(rows.map((r) => [r.id, r.conflicted, r.tree.nodes.length])).toEqual([['r-1', 0, 1], ['r-2', 0, 1]]);
    expect(winner(rows[0]!.tree)?.content).toEqual({
      answers: { workplace_name: 'Aarhus', employees: 12 }, status: 'draft', deletedAt: null,
      updatedAt: '2025-01-02T09:00:00.000Z', updatedById: anna.id, updatedByName: anna.name,
    });
    expect(winner(rows[1]!.tree)?.content.deletedAt).toBe('2025-01-03T10:00:00.000Z');
    expect(await db.imports.count()).toBe(0);

    // The next change continues that history.
    await new ResponseRepository(db, () => q).commitAnswer(anna, 'r-1', 'employees', 13);
    const tree = (await db.revisions.get('r-1'))!.tree;
    expect(tree.nodes.map((n) => n.generation)).toEqual([1, 2]);
    expect(generationOf(winner(tree)!.rev)).toBe(2);
    db.close();
  });

  it('a failing upgrade leaves the database at version 2 with its rows', async () => {
    const name = uniqueDbName('v2-v3-fail');
    await seedVersion2(name);
    const broken = new BarometerDb(name, [
      ...v2,
      { ...(SCHEMA_VERSIONS[2] as (typeof SCHEMA_VERSIONS)[number]), upgrade: async (tx) => {
        await tx.table('revisions').add({ id: 'x', tree: null, conflicted: 0 });
        throw new Error('disk full');
      } },
    ]);
    await expect(broken.open()).rejects.toThrow();
    broken.close();
    const again = new BarometerDb(name, v2);
    await again.open();
    expect(again.verno).toBe(2);
    expect(await again.table('responses').count()).toBe(2);
    expect(again.tables.map((t) => t.name)).not.toContain('revisions');
    again.close();
  });
});
