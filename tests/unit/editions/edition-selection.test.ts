/**
 * The export's government level and area filters across editions: a level is chosen in the newest
 * edition's codes and selects every edition's responses through the declared renames; a level only
 * an older edition has selects its responses; the dialog's count (from the list summaries) and the
 * export (from the responses) agree.
 */
import { describe, expect, it } from 'vitest';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import { ALL_RESPONSES, countSelection, matchesSelection, selectionFacts, type ExportSelection } from '../../../renderer/src/core/export/selection';
import { DataRowCollector } from '../../../renderer/src/core/export/workbook-rows';
import type { ResponseSummary } from '../../../renderer/src/db/records';
import { summaryFacts } from '../../../renderer/src/features/export/export-services';
import { compiled } from './editions-fixture';
import { strata2024, strata2027, strataRecords } from './strata-fixture';

const set = editionSet([compiled(strata2024), compiled(strata2027)]);
const ids = (s: Partial<ExportSelection>) => strataRecords.filter((r) => matchesSelection(selectionFacts(r, set), { ...ALL_RESPONSES, ...s })).map((r) => r.id);

const summaryOf = (r: (typeof strataRecords)[number], withEdition = true): ResponseSummary => ({
  id: r.id, key: r.key, status: 'completed', workplaceName: '', workplaceId: '', createdById: 'p', createdByName: r.createdByName,
  sectorLevel: String(r.answers.sector_level), policyArea: String(r.answers.policy_area), createdAt: r.createdAt, updatedAt: r.updatedAt, deleted: 0, progress: 1,
  ...(withEdition ? { questionnaireId: r.questionnaireId, questionnaireVersion: r.questionnaireVersion } : {}),
});

describe('the level and area filters over two editions', () => {
  it('«Staten» (2027.1 national) selects the 2024.1 responses that answered state and the 2027.1 ones that answered national', () => {
    expect(ids({ sectorLevel: 'national' })).toEqual(['r1', 'r2', 'r5']);
    expect(ids({ sectorLevel: 'state' })).toEqual([]); // the old code is no choice of its own
  });

  it('a level only 2024.1 has selects its response; an area only 2027.1 has, its; the two together narrow', () => {
    expect(ids({ sectorLevel: 'other' })).toEqual(['r3']);
    expect(ids({ policyArea: 'culture' })).toEqual(['r7']);
    expect(ids({ sectorLevel: 'national', policyArea: 'health' })).toEqual(['r1', 'r5']);
    expect(ids({ sectorLevel: 'municipality' })).toEqual(['r4', 'r6', 'r7']);
  });

  it('the export keeps exactly those responses', () => {
    const collector = new DataRowCollector(set.reference, { ...ALL_RESPONSES, sectorLevel: 'national' }, set);
    expect(collector.add(strataRecords)).toBe(3);
  });

  it('the dialog counts the same from the list summaries, also from a summary written before it kept its edition', () => {
    const facts = strataRecords.map((r, i) => (i === 0 ? summaryFacts(summaryOf(r, false), null, set, r) : summaryFacts(summaryOf(r), null, set)));
    expect(countSelection(facts, { ...ALL_RESPONSES, sectorLevel: 'national' })).toBe(3);
    expect(countSelection(facts, { ...ALL_RESPONSES, sectorLevel: 'other' })).toBe(1);
    // Without the editions (one edition only) the codes are taken as stored.
    expect(countSelection(strataRecords.map((r) => summaryFacts(summaryOf(r))), { ...ALL_RESPONSES, sectorLevel: 'national' })).toBe(1);
  });
});
