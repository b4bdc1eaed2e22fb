/**
 * The weights across editions: the population table is checked against the codes of the editions
 * held, in those of the edition for new responses; an older edition's renamed level counts as the new
 * one (its old code read as the new one in a table too), a level only the older edition has stays a
 * stratum of its own. Weights hand-computed: w = N_h / r_h.
 */
import { describe, expect, it } from 'vitest';
import { respondentIn } from '../../../renderer/src/analysis/respondents';
import { weightingEditions } from '../../../renderer/src/analysis/weighting-editions';
import { loadPopulationTable } from '../../../renderer/src/analysis/stored-population';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import { ALL_RESPONSES } from '../../../renderer/src/core/export/selection';
import { DataRowCollector } from '../../../renderer/src/core/export/workbook-rows';
import { computeWeights, editionVocabulary, parsePopulationCsv, validatePopulationTable, type PopulationTable } from '../../../renderer/src/core/weights';
import { compiled } from './editions-fixture';
import { strata2024, strata2027, strataRecords } from './strata-fixture';

const q24 = compiled(strata2024);
const q27 = compiled(strata2027);
/** The weights screen's editions once 2027.1 is the edition for new responses. */
const active27 = weightingEditions([q24, q27], q27);

const byLevel: PopulationTable = [
  { sector_level: 'national', population: 30 },
  { sector_level: 'municipality', population: 60 },
  { sector_level: 'other', population: 10 },
];
// national: r1, r2 (2024.1 'state') and r5 → 30 / 3; municipality: r4, r6, r7 → 60 / 3; other: r3 → 10 / 1.
const expectedByLevel = { r1: 10, r2: 10, r3: 10, r4: 20, r5: 10, r6: 20, r7: 20 };

const weightsOf = (map: ReadonlyMap<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('the strata of the editions held', () => {
  it('the edition for new responses names them; a renamed level once under its new name with the old code as alias; a retired level kept', () => {
    const v = editionVocabulary(active27);
    expect(v.sector_level).toEqual([
      { code: 'national', label: { da: 'Staten', en: 'Central government' }, aliases: ['state'] },
      { code: 'municipality', label: { da: 'Kommune', en: 'Municipality' } },
      { code: 'other', label: { da: 'Andet niveau', en: 'Other level' } },
    ]);
    expect(v.policy_area.map((c) => c.code)).toEqual(['health', 'school', 'culture']);
  });

  it('with the older edition for new responses, its codes name them and the newer edition adds its own', () => {
    const v = editionVocabulary(weightingEditions([q24, q27], q24));
    // 2027.1 does not lead back to 2024.1's successor from 2024.1's side: its codes stand as they are.
    expect(v.sector_level.map((c) => c.code)).toEqual(['state', 'municipality', 'other', 'national']);
  });
});

describe('the population table checked against the editions held', () => {
  it('a table in 2027.1’s codes with the level only 2024.1 has is accepted, and weights both editions’ responses', () => {
    const vocabulary = editionVocabulary(active27);
    const checked = validatePopulationTable(byLevel, vocabulary);
    expect(checked.ok).toBe(true);
    const respondents = strataRecords.map((r) => respondentIn(active27, r));
    expect(respondents.map((r) => r.values.sector_level)).toEqual(['national', 'national', 'other', 'municipality', 'national', 'municipality', 'municipality']);
    const weighting = computeWeights(checked.ok ? checked.value : null, respondents, vocabulary);
    expect(weighting.unweighted).toBe(false);
    expect(weighting.unclassified).toEqual([]);
    expect(weighting.strata.map((s) => [s.key, s.label.da, s.N_h, s.r_h, s.w])).toEqual([
      ['sector_level=national', 'Staten', 30, 3, 10],
      ['sector_level=municipality', 'Kommune', 60, 3, 20],
      ['sector_level=other', 'Andet niveau', 10, 1, 10],
    ]);
    expect(weightsOf(weighting.weights)).toEqual(expectedByLevel);
  });

  it('a table stored before the rename (with state) is read as national and gives the same weights', async () => {
    const before = [{ sector_level: 'state', population: 30 }, { sector_level: 'municipality', population: 60 }, { sector_level: 'other', population: 10 }];
    const settings = { get: async (key: string) => (key === 'populationTable' ? before : undefined) } as never;
    const stored = await loadPopulationTable(settings, editionVocabulary(active27));
    expect(stored.table).toEqual(byLevel);
    expect(stored.problem).toBeUndefined();
  });

  it('a file naming the old code or the new label is read in the new code; state and national together are one stratum twice', () => {
    const vocabulary = editionVocabulary(active27);
    const read = parsePopulationCsv('niveau;antal\nstate;30\nKommune;60\nAndet niveau;10\n', vocabulary);
    expect(read.ok && read.value).toEqual(byLevel);
    const twice = validatePopulationTable([{ sector_level: 'state', population: 30 }, { sector_level: 'national', population: 5 }], vocabulary);
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.error.map((p) => [p.code, p.row])).toEqual([['duplicate-stratum', 2]]);
  });

  it('an area only 2027.1 has weights its responses; 2024.1’s responses are in the others (hand-computed)', () => {
    const byArea: PopulationTable = [{ policy_area: 'health', population: 50 }, { policy_area: 'school', population: 40 }, { policy_area: 'culture', population: 10 }];
    const respondents = strataRecords.map((r) => respondentIn(active27, r));
    const set = computeWeights(byArea, respondents, editionVocabulary(active27));
    // health: r1, r3, r4, r5 → 50 / 4; school: r2, r6 → 40 / 2; culture: r7 → 10 / 1.
    expect(weightsOf(set.weights)).toEqual({ r1: 12.5, r2: 20, r3: 12.5, r4: 12.5, r5: 12.5, r6: 20, r7: 10 });
  });
});

describe('the workbook across editions weights with the same table', () => {
  it('the table with the retired level is valid for the export and gives the same weights', () => {
    const collector = new DataRowCollector(q27, ALL_RESPONSES, editionSet([q24, q27]));
    collector.add(strataRecords);
    const checked = validatePopulationTable(byLevel, collector.vocabulary);
    expect(checked.ok).toBe(true);
    const rows = collector.finish(checked.ok ? checked.value : null);
    expect(weightsOf(rows.weights.weights)).toEqual(expectedByLevel);
    const weightColumn = rows.columns.findIndex((c) => c.kind === 'weight');
    expect(Array.from({ length: rows.count }, (_, k) => rows.row(k)[weightColumn])).toEqual([10, 10, 10, 20, 10, 20, 20]);
  });
});
