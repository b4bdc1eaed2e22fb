import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { parsePopulationRows, validatePopulationTable } from '../../../renderer/src/core/weights/parse-population';
import { detectSeparator, parsePopulationCsv, splitCsv } from '../../../renderer/src/core/weights/population-csv';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());

/** The problems' codes (and rows) of a refused parse; fails the test when the parse succeeded. */
function refusal(result: ReturnType<typeof parsePopulationCsv>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.map((p) => [p.code, p.row ?? null]);
}

describe('parsePopulationCsv', () => {
  it('reads a Danish file: BOM, ; separators, CRLF, Danish headers and labels, thousands separator, blank line', () => {
    const csv = '\uFEFFNiveau;Størrelse;Antal\r\nStat;10-49;8\r\nkommune;3–9 ansatte;1.234\r\n\r\nRegion;100_plus;12\r\n';
    const result = parsePopulationCsv(csv, vocabulary);
    expect(result).toEqual({
      ok: true,
      value: [
        { sector_level: 'state', size_class: '10_49', population: 8 },
        { sector_level: 'municipality', size_class: '3_9', population: 1234 },
        { sector_level: 'region', size_class: '100_plus', population: 12 },
      ],
    });
  });

  it('reads a comma file with English headers, codes, a quoted label holding a comma and the område alias', () => {
    const csv = 'sector_level,område,size_class,population\nmunicipality,"Technical services, environment and utilities",100+,7\nstate,health,3_9,0\n';
    const result = parsePopulationCsv(csv, vocabulary);
    expect(result).toEqual({
      ok: true,
      value: [
        { sector_level: 'municipality', policy_area: 'technical', size_class: '100_plus', population: 7 },
        { sector_level: 'state', policy_area: 'health', size_class: '3_9', population: 0 },
      ],
    });
  });

  it('skips blank lines before the header and keeps sheet row numbers', () => {
    const result = parsePopulationCsv('\n;\nniveau;antal\nstat;x\n', vocabulary);
    expect(refusal(result)).toEqual([['not-a-count', 4]]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(refusal(parsePopulationCsv('', vocabulary))).toEqual([['empty', null]]);
    expect(refusal(parsePopulationCsv('niveau;antal\n', vocabulary))).toEqual([['empty', null]]);
  });

  it('refuses a missing population column and a missing stratum column', () => {
    expect(refusal(parsePopulationCsv('niveau;størrelse\nstat;3-9\n', vocabulary))).toEqual([['missing-column', 1]]);
    expect(refusal(parsePopulationCsv('antal\n12\n', vocabulary))).toEqual([['missing-column', 1]]);
  });

  it('refuses an unknown column (a misspelt dimension must not coarsen the strata) and a repeated one', () => {
    const unknown = parsePopulationCsv('sektor_niveau;størrelse;antal\nstat;3-9;5\n', vocabulary);
    expect(refusal(unknown)).toEqual([['unknown-column', 1]]);
    expect(unknown.ok ? '' : unknown.error[0]?.message.en).toContain('Unknown column "sektor_niveau"');
    expect(refusal(parsePopulationCsv('niveau;sector_level;antal\nstat;stat;5\n', vocabulary))).toEqual([['duplicate-column', 1]]);
  });

  it('refuses non-numeric, fractional and negative counts, naming the row', () => {
    const result = parsePopulationCsv('niveau;antal\nstat;mange\nregion;12,5\nkommune;-3\n', vocabulary);
    expect(refusal(result)).toEqual([
      ['not-a-count', 2],
      ['not-a-count', 3],
      ['not-a-count', 4],
    ]);
    expect(result.ok ? '' : result.error[0]?.message.da).toBe('Række 2: "mange" er ikke et helt antal ≥ 0.');
  });

  it('refuses an unknown code and an empty cell', () => {
    const result = parsePopulationCsv('niveau;størrelse;antal\namt;3-9;5\nstat;;5\nstat;3-9;\n', vocabulary);
    expect(refusal(result)).toEqual([
      ['unknown-code', 2],
      ['missing-value', 3],
      ['missing-value', 4],
    ]);
    expect(result.ok ? '' : result.error[0]?.message.en).toBe('Row 2: "amt" is not a known sector_level (state, region, municipality).');
  });

  it('refuses a duplicate stratum, even when written once as label and once as code', () => {
    const result = parsePopulationCsv('niveau;størrelse;antal\nStat;3-9;5\nregion;3-9;4\nstate;3_9;6\n', vocabulary);
    expect(refusal(result)).toEqual([['duplicate-stratum', 4]]);
    expect(result.ok ? '' : result.error[0]?.message.en).toBe('Row 4 repeats the stratum of row 2 (sector_level=state|size_class=3_9).');
  });
});

describe('parsePopulationRows (a matrix from a Worker reading xlsx)', () => {
  it('accepts numbers as numbers and ignores empty trailing columns and rows', () => {
    const rows = [
      ['sector_level', 'population', null],
      ['state', 30, null],
      ['region', 8],
      [null, undefined, ''],
      ['municipality', 64],
    ];
    expect(parsePopulationRows(rows, vocabulary)).toEqual({
      ok: true,
      value: [
        { sector_level: 'state', population: 30 },
        { sector_level: 'region', population: 8 },
        { sector_level: 'municipality', population: 64 },
      ],
    });
  });

  it('refuses a fractional numeric count', () => {
    const result = parsePopulationRows([['sector_level', 'population'], ['state', 12.5]], vocabulary);
    expect(result.ok ? [] : result.error.map((p) => [p.code, p.row, p.column])).toEqual([['not-a-count', 2, 'population']]);
  });
});

describe('validatePopulationTable', () => {
  it('accepts valid data and refuses codes the questionnaire does not know', () => {
    expect(validatePopulationTable([{ policy_area: 'health', population: 3 }], vocabulary).ok).toBe(true);
    const result = validatePopulationTable([{ policy_area: 'hospitals', population: 3 }], vocabulary);
    expect(result.ok ? [] : result.error.map((p) => [p.code, p.row])).toEqual([['unknown-code', 1]]);
  });

  it('reports schema problems such as a duplicate stratum', () => {
    const result = validatePopulationTable([{ sector_level: 'state', population: 1 }, { sector_level: 'state', population: 2 }], vocabulary);
    expect(result.ok ? [] : result.error.map((p) => [p.code, p.row])).toEqual([['invalid', 2]]);
  });
});

describe('CSV splitting', () => {
  it('detects ; , and tab, preferring ; on a tie', () => {
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('a,b,c')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('"a;b",c,d')).toBe(',');
    expect(detectSeparator('a;b,c')).toBe(';');
  });

  it('keeps quoted separators, doubled quotes and line breaks inside a cell', () => {
    expect(splitCsv('a;"b;""c""\nd"\r\ne;f')).toEqual([
      ['a', 'b;"c"\nd'],
      ['e', 'f'],
    ]);
  });

  it('stops after the rows asked for, and finds the header past blank lines without splitting the rest', () => {
    expect(splitCsv('a;b\r\n1;2\n3;4\n5;6\n', undefined, 2)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(splitCsv('\n  \r\nx,y\n1,2', undefined, 3)).toEqual([[''], ['  '], ['x', 'y']]);
  });
});
