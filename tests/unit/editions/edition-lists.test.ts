/**
 * The coordinator's lists across editions (2024.1 and 2027.1 of the strata fixture: 2027.1 renames
 * the level `state` to `national` «Staten», retires `other`, adds the area `culture`): the overview
 * counts a renamed level as one row in the newest codes, the review queue's filters select every
 * edition's responses through the renames (the list summaries, also one written before summaries
 * kept their edition).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { listVocabulary } from '../../../renderer/src/analysis/held-editions';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import type { BarometerDb } from '../../../renderer/src/db/database';
import type { ResponseRecord, ResponseSummary } from '../../../renderer/src/db/records';
import { withEditions } from '../../../renderer/src/db/response-summary';
import { reviewQueue } from '../../../renderer/src/db/review-filter';
import { overviewOf } from '../../../renderer/src/features/overview/overview-counts';
import { openTestDb } from '../db/db-test-support';
import { compiled } from './editions-fixture';
import { strata2024, strata2027, strataRecords } from './strata-fixture';

const q24 = compiled(strata2024);
const q27 = compiled(strata2027);
const set = editionSet([q24, q27]);

const summaryOf = (r: (typeof strataRecords)[number], withEdition = true): ResponseSummary => ({
  id: r.id, key: r.key, status: 'completed', workplaceName: '', workplaceId: '', createdById: 'p', createdByName: r.createdByName,
  sectorLevel: String(r.answers.sector_level), policyArea: String(r.answers.policy_area), createdAt: r.createdAt, updatedAt: r.updatedAt, deleted: 0, progress: 1,
  ...(withEdition ? { questionnaireId: r.questionnaireId, questionnaireVersion: r.questionnaireVersion } : {}),
});
const summaries = strataRecords.map((r) => summaryOf(r));

describe('«Overblik» across editions', () => {
  it('counts 2024.1’s state and 2027.1’s national as one level, national (r1, r2, r5), beside municipality (r4, r6, r7) and other (r3)', () => {
    const overview = overviewOf(summaries, set);
    expect(overview.byLevel.map((r) => [r.value, r.count])).toEqual([['municipality', 3], ['national', 3], ['other', 1]]);
    expect(overview.byArea.map((r) => [r.value, r.count])).toEqual([['health', 4], ['school', 2], ['culture', 1]]);
    // One edition (no set): the codes as stored, state and national apart.
    expect(overviewOf(summaries).byLevel.map((r) => [r.value, r.count])).toEqual([['municipality', 3], ['state', 2], ['national', 1], ['other', 1]]);
  });

  it('labels each level in the newest words: «Staten» for national, 2024.1’s «Andet niveau» for the retired other', () => {
    const vocabulary = listVocabulary(q24, set);
    expect(vocabulary.sector_level.map((c) => [c.code, c.label.da])).toEqual([['national', 'Staten'], ['municipality', 'Kommune'], ['other', 'Andet niveau']]);
    expect(vocabulary.policy_area.map((c) => c.label.en)).toEqual(['Health', 'School', 'Culture']);
    expect(listVocabulary(q24, undefined).sector_level.map((c) => c.label.da)).toEqual(['Stat', 'Kommune', 'Andet niveau']);
  });
});

describe('the review queue’s filters across editions', () => {
  const ids = (filter: Parameters<typeof reviewQueue>[1], rows = summaries) => reviewQueue(rows, filter).map((s) => s.id);

  it('«Staten» (national) selects the 2024.1 responses that answered state and the 2027.1 one that answered national', () => {
    expect(ids({ sectorLevel: 'national', editions: set })).toEqual(['r1', 'r2', 'r5']);
    expect(ids({ sectorLevel: 'state', editions: set })).toEqual([]);
    expect(ids({ sectorLevel: 'other', editions: set })).toEqual(['r3']);
    expect(ids({ sectorLevel: 'national', policyArea: 'health', editions: set })).toEqual(['r1', 'r5']);
    expect(ids({ policyArea: 'culture', editions: set })).toEqual(['r7']);
    // Without the editions the codes are compared as stored.
    expect(ids({ sectorLevel: 'national' })).toEqual(['r5']);
  });

  describe('a summary written before summaries kept their edition', () => {
    let db: BarometerDb | undefined;
    afterEach(() => db?.close());

    it('is given its response’s edition, so it is filtered like the others', async () => {
      db = await openTestDb('edition-lists');
      const record = (r: (typeof strataRecords)[number]) => ({ ...r, createdById: 'p' }) as unknown as ResponseRecord;
      await db.responses.bulkPut([record(strataRecords[0]!), record(strataRecords[4]!)]);
      const rows = [summaryOf(strataRecords[0]!, false), summaryOf(strataRecords[4]!)];
      expect(ids({ sectorLevel: 'national', editions: set }, rows)).toEqual(['r5']);
      const filled = await withEditions(db.responses, rows);
      expect(filled.map((s) => s.questionnaireVersion)).toEqual(['2024.1', '2027.1']);
      expect(ids({ sectorLevel: 'national', editions: set }, filled)).toEqual(['r1', 'r5']);
    });
  });
});
