/**
 * A coordinator imports the sample frame: a good file in Danish or English headers becomes cases; a
 * bad one is refused whole, each problem naming its row and column in Danish.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv, parseFrameRows, sizeClassOf, type FrameProblemCode } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { preloadAnswers } from '../../../renderer/src/core/fieldwork/frame';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());

const HEADER = 'cvr;navn;adresse;postnr;by;kontaktperson;email;telefon;niveau;område;størrelse';
const ROW_A = '12345678;Aarhus Kommune, Sundhed;Rådhuspladsen 2;8000;Aarhus C;Mette Hansen;mh@aarhus.dk;+45 89 40 20 00;Kommune;Sundhed;10-49';
const ROW_B = '1234567890;Region Syd IT;Damhaven 12;7100;Vejle;;;;region;administration;100+';

describe('a good sample frame', () => {
  it('becomes one case per workplace, codes from labels, contact fields kept', () => {
    const parsed = parseFrameCsv([HEADER, ROW_A, ROW_B].join('\r\n'), vocabulary);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.population).toBeNull();
    expect(parsed.value.cases).toEqual([
      {
        workplaceId: '12345678', name: 'Aarhus Kommune, Sundhed', address: 'Rådhuspladsen 2', postcode: '8000', city: 'Aarhus C',
        contact: 'Mette Hansen', email: 'mh@aarhus.dk', phone: '+45 89 40 20 00', sector_level: 'municipality', policy_area: 'health',
        size_class: '10_49', employees: null,
      },
      {
        workplaceId: '1234567890', name: 'Region Syd IT', address: 'Damhaven 12', postcode: '7100', city: 'Vejle', contact: '',
        email: '', phone: '', sector_level: 'region', policy_area: 'administration', size_class: '100_plus', employees: null,
      },
    ]);
  });

  it('reads English headers, commas, quotes, a BOM, blank lines, and derives the size from employees', () => {
    const csv = '\ufeff\nworkplace_id,name,sector_level,policy_area,n_employees\n"DK 87 65 43 21","Skolen, Nord",municipality,education,"1.250"\n\n';
    const parsed = parseFrameCsv(csv, vocabulary);
    expect(parsed).toEqual({
      ok: true,
      value: {
        cases: [{ workplaceId: '87654321', name: 'Skolen, Nord', address: '', postcode: '', city: '', contact: '', email: '', phone: '',
          sector_level: 'municipality', policy_area: 'education', size_class: '100_plus', employees: 1250 }],
        population: null,
      },
    });
  });

  it('gives N_h per stratum from a population column', () => {
    const rows = [
      ['id', 'navn', 'niveau', 'område', 'størrelse', 'population'],
      ['11111111', 'A', 'state', 'health', '3_9', '40'],
      ['22222222', 'B', 'state', 'health', '3_9', '40'],
      ['33333333', 'C', 'region', 'health', '3_9', '1.200'],
    ];
    const parsed = parseFrameRows(rows, vocabulary);
    expect(parsed.ok && parsed.value.population).toEqual([
      { sector_level: 'state', policy_area: 'health', size_class: '3_9', population: 40 },
      { sector_level: 'region', policy_area: 'health', size_class: '3_9', population: 1200 },
    ]);
  });

  it('size classes follow the questionnaire (3–9, 10–49, 50–99, 100+)', () => {
    expect([3, 9, 10, 49, 50, 99, 100].map(sizeClassOf)).toEqual(['3_9', '3_9', '10_49', '10_49', '50_99', '50_99', '100_plus']);
  });

  it("fills section A's identifying answers from a case", () => {
    const parsed = parseFrameCsv('id;navn;niveau;område;ansatte\n12345678;Skolen;kommune;uddannelse;12', vocabulary);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(preloadAnswers(parsed.value.cases[0]!)).toEqual({
      workplace_name: 'Skolen', workplace_id: '12345678', sector_level: 'municipality', policy_area: 'education', n_employees: 12,
    });
  });
});

interface BadFrame {
  why: string;
  csv: string;
  code: FrameProblemCode;
  /** The Danish message, or a part of it. */
  says: RegExp;
  row?: number;
  column?: string;
}

const H = 'id;navn;niveau;område;størrelse';
const BAD: BadFrame[] = [
  { why: 'an empty file', csv: '\n\n', code: 'empty', says: /Filen er tom/ },
  { why: 'a header and nothing else', csv: `${H}\n;;;;\n`, code: 'no-rows', says: /ingen arbejdspladser/ },
  { why: 'no workplace id column', csv: 'navn;niveau;område;størrelse\nA;state;health;3_9', code: 'missing-column', says: /Kolonnen arbejdsplads-id .* mangler/, row: 1 },
  { why: 'no name column', csv: 'id;niveau;område;størrelse\n12345678;state;health;3_9', code: 'missing-column', says: /Kolonnen navn/, row: 1 },
  { why: 'neither size nor employees', csv: 'id;navn;niveau;område\n12345678;A;state;health', code: 'missing-column', says: /størrelse .* eller antal ansatte/ },
  { why: 'a misspelt column', csv: 'id;navn;niveau;områd;størrelse\n12345678;A;state;health;3_9', code: 'unknown-column', says: /Række 1, kolonne 4: ukendt kolonne «områd»/, row: 1, column: 'områd' },
  { why: 'a column twice', csv: 'id;navn;navn;niveau;område;størrelse\n12345678;A;B;state;health;3_9', code: 'duplicate-column', says: /kolonne 3: kolonnen navn står der to gange/ },
  { why: 'a missing id', csv: `${H}\n12345678;A;state;health;3_9\n;B;state;health;3_9`, code: 'missing-value', says: /Række 3, arbejdsplads-id: arbejdsplads-id mangler/, row: 3, column: 'arbejdsplads-id' },
  { why: 'an id of 9 digits', csv: `${H}\n123456789;A;state;health;3_9`, code: 'bad-workplace-id', says: /Række 2, arbejdsplads-id: «123456789» er hverken et CVR-nummer/, row: 2 },
  { why: 'an id with letters', csv: `${H}\n1234567A;A;state;health;3_9`, code: 'bad-workplace-id', says: /«1234567A»/ },
  { why: 'the same workplace twice', csv: `${H}\n12345678;A;state;health;3_9\n12 34 56 78;B;state;health;3_9`, code: 'duplicate-workplace', says: /Række 3, arbejdsplads-id: 12345678 står allerede i række 2/, row: 3 },
  { why: 'a missing name', csv: `${H}\n12345678;;state;health;3_9`, code: 'missing-value', says: /Række 2, navn: navnet mangler/, column: 'navn' },
  { why: 'an unknown government level', csv: `${H}\n12345678;A;amt;health;3_9`, code: 'unknown-code', says: /Række 2, niveau: «amt» er ikke en kendt kode \(state, region, municipality\)/, column: 'niveau' },
  { why: 'an unknown area', csv: `${H}\n12345678;A;state;rumfart;3_9`, code: 'unknown-code', says: /Række 2, område: «rumfart»/ },
  { why: 'an unknown size class', csv: `${H}\n12345678;A;state;health;1-2`, code: 'unknown-code', says: /Række 2, størrelse: «1-2»/ },
  { why: 'an empty level', csv: `${H}\n12345678;A;;health;3_9`, code: 'missing-value', says: /Række 2, niveau: feltet er tomt/ },
  { why: 'employees below 3', csv: 'id;navn;niveau;område;ansatte\n12345678;A;state;health;2', code: 'bad-employees', says: /Række 2, antal ansatte: «2» er ikke et helt antal på mindst 3/ },
  { why: 'employees not a number', csv: 'id;navn;niveau;område;ansatte\n12345678;A;state;health;mange', code: 'bad-employees', says: /«mange»/ },
  { why: 'a size that contradicts the employees', csv: 'id;navn;niveau;område;størrelse;ansatte\n12345678;A;state;health;3_9;40', code: 'size-contradicts-employees', says: /størrelsen 3_9 passer ikke med 40 ansatte \(10_49\)/ },
  { why: 'a population that is not a count', csv: `${H};population\n12345678;A;state;health;3_9;ca. 40`, code: 'bad-population', says: /Række 2, population \(N_h\): «ca. 40»/ },
  { why: 'a missing population', csv: `${H};population\n12345678;A;state;health;3_9;`, code: 'missing-value', says: /populationstallet mangler/ },
  { why: 'two population counts for one stratum', csv: `${H};population\n12345678;A;state;health;3_9;40\n87654321;B;state;health;3_9;41`, code: 'population-differs', says: /Række 3, population \(N_h\): 41 er ikke det samme som 40 i række 2/, row: 3 },
  { why: 'a population smaller than the sample', csv: `${H};population\n12345678;A;state;health;3_9;1\n87654321;B;state;health;3_9;1`, code: 'population-below-sample', says: /1 er mindre end de 2 udtrukne/ },
  { why: 'a malformed email', csv: 'id;navn;niveau;område;størrelse;email\n12345678;A;state;health;3_9;mh(at)aarhus.dk', code: 'bad-email', says: /Række 2, e-mail: «mh\(at\)aarhus.dk» er ikke en e-mailadresse/ },
  { why: 'a cell far too long', csv: `${H}\n12345678;${'x'.repeat(301)};state;health;3_9`, code: 'too-long', says: /Række 2, navn: cellen er over 300 tegn/ },
  { why: 'a value in a column without a header', csv: `${H}\n12345678;A;state;health;3_9;;løs værdi`, code: 'cell-without-header', says: /Række 2, kolonne 7: cellen har en værdi, men kolonnen har ingen overskrift/ },
];

describe('a bad sample frame is refused whole', () => {
  it.each(BAD)('$why', ({ csv, code, says, row, column }) => {
    const parsed = parseFrameCsv(csv, vocabulary);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const found = parsed.error.find((p) => p.code === code);
    expect(found, JSON.stringify(parsed.error)).toBeDefined();
    expect(found?.message.da).toMatch(says);
    expect(found?.message.en.length).toBeGreaterThan(0);
    if (row !== undefined) expect(found?.row).toBe(row);
    if (column !== undefined) expect(found?.column).toBe(column);
  });

  it('has its own message for every bad frame', () => {
    const messages = BAD.map(({ csv }) => {
      const parsed = parseFrameCsv(csv, vocabulary);
      return parsed.ok ? '' : parsed.error.map((p) => p.message.da).join(' | ');
    });
    expect(new Set(messages).size).toBe(BAD.length);
  });

  it('a single bad row among good ones refuses the file, and every bad row is named', () => {
    const csv = [H, '12345678;A;state;health;3_9', '1;B;state;health;3_9', '87654321;C;state;health;3_9', '22222222;D;amt;health;3_9'].join('\n');
    const parsed = parseFrameCsv(csv, vocabulary);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((p) => [p.row, p.code])).toEqual([[3, 'bad-workplace-id'], [5, 'unknown-code']]);
  });

  it('refuses more rows than can be imported', () => {
    const rows = [['id', 'navn', 'niveau', 'område', 'størrelse'], ...Array.from({ length: 50_001 }, () => ['12345678', 'A', 'state', 'health', '3_9'])];
    const parsed = parseFrameRows(rows, vocabulary);
    expect(parsed.ok ? null : parsed.error[0]?.code).toBe('too-many-rows');
  });
});
