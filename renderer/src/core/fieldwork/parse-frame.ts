/**
 * A coordinator's sample-frame sheet (header row + rows, as the Worker returns it from xlsx, or split
 * from csv) → validated cases, or every problem found, each naming its row and column. A frame with
 * any problem is refused whole: nothing of it is stored.
 */
import type { LocalText } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import { splitCsv } from '../weights/population-csv';
import { cellText, matchCode, normHeader } from '../weights/stratum-cells';
import { STRATUM_DIMENSIONS, stratumKey, type PopulationRow, type StratumDimension, type StratumVocabulary } from '../weights/population';
import { frameCaseSchema, MAX_FRAME_TEXT, WORKPLACE_ID, type FrameCase } from './frame';

export type FrameProblemCode =
  | 'empty'
  | 'no-rows'
  | 'too-many-rows'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-value'
  | 'bad-workplace-id'
  | 'duplicate-workplace'
  | 'unknown-code'
  | 'bad-employees'
  | 'size-contradicts-employees'
  | 'bad-population'
  | 'population-differs'
  | 'population-below-sample'
  | 'bad-email'
  | 'too-long'
  | 'cell-without-header'
  | 'unreadable';

/** One reason a frame was refused. `row` is the sheet row (the header is row 1 when nothing is above it). */
export interface FrameProblem {
  code: FrameProblemCode;
  message: LocalText;
  row?: number;
  column?: string;
}

/** A validated frame: its cases in file order, and N_h per stratum when the frame had a population column. */
export interface ParsedFrame {
  cases: FrameCase[];
  /** N_h per level × area × size stratum from the frame's `population` column; null when it had none. */
  population: PopulationRow[] | null;
}

type Column =
  | 'workplaceId' | 'name' | 'address' | 'postcode' | 'city' | 'contact' | 'email' | 'phone'
  | StratumDimension | 'employees' | 'population';

/** Accepted header names (compared lower-case, spaces and hyphens as `_`), Danish and English. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  workplaceId: ['workplace_id', 'id', 'cvr', 'cvr_nr', 'cvr_nummer', 'p_nummer', 'p_nr', 'pnr', 'arbejdsplads_id'],
  name: ['workplace_name', 'name', 'navn', 'arbejdsplads', 'arbejdspladsens_navn'],
  address: ['address', 'adresse'],
  postcode: ['postcode', 'postal_code', 'postnr', 'postnummer'],
  city: ['city', 'by', 'postdistrikt'],
  contact: ['contact', 'kontakt', 'kontaktperson', 'leder'],
  email: ['email', 'e_mail', 'mail'],
  phone: ['phone', 'telefon', 'tlf', 'telefonnummer'],
  sector_level: ['sector_level', 'sector', 'level', 'government_level', 'niveau', 'sektor', 'sektorniveau', 'forvaltningsniveau'],
  policy_area: ['policy_area', 'area', 'område', 'omraade', 'omrade', 'aktivitetsområde', 'opgaveområde', 'virksomhedsområde'],
  size_class: ['size_class', 'size', 'størrelse', 'stoerrelse', 'storrelse', 'størrelsesklasse', 'størrelsesgruppe'],
  employees: ['n_employees', 'employees', 'ansatte', 'antal_ansatte'],
  population: ['population', 'n_h', 'population_n_h', 'antal_i_populationen'],
};

/** The Danish name a problem uses for a column. */
const COLUMN_NAME: Record<Column, string> = {
  workplaceId: 'arbejdsplads-id', name: 'navn', address: 'adresse', postcode: 'postnummer', city: 'by', contact: 'kontaktperson',
  email: 'e-mail', phone: 'telefon', sector_level: 'niveau', policy_area: 'område', size_class: 'størrelse',
  employees: 'antal ansatte', population: 'population (N_h)',
};
const COLUMN_NAME_EN: Record<Column, string> = {
  workplaceId: 'workplace id', name: 'name', address: 'address', postcode: 'postcode', city: 'city', contact: 'contact',
  email: 'email', phone: 'phone', sector_level: 'level', policy_area: 'area', size_class: 'size',
  employees: 'employees', population: 'population (N_h)',
};

const MAX_PROBLEMS = 50;
/** A frame larger than this is refused (the 2021-23 barometer drew 4,494 of 14,297 workplaces). */
export const MAX_FRAME_CASES = 50_000;

/**
 * Why a frame with more than `MAX_FRAME_CASES` rows below its header is refused: the same words
 * whether the parser counted them or the reader stopped at the limit (it never reads further).
 */
export const TOO_MANY_FRAME_ROWS: LocalText = {
  da: `Filen er for lang: en stikprøve kan have højst ${new Intl.NumberFormat('da-DK').format(MAX_FRAME_CASES)} rækker under overskriften, og filen har flere.`,
  en: `The file is too long: a sample can have at most ${new Intl.NumberFormat('en-GB').format(MAX_FRAME_CASES)} rows below the header, and the file has more.`,
};

const text = cellText;
const problem = (code: FrameProblemCode, da: string, en: string, row?: number, column?: string): FrameProblem => ({
  code,
  message: { da, en },
  ...(row !== undefined ? { row } : {}),
  ...(column !== undefined ? { column } : {}),
});

/** A whole number from a cell (thousands separators allowed), or undefined. */
function parseWhole(cell: string): number | undefined {
  const s = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+$/.test(s) || /^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) {
    const n = Number(s.replace(/[.,]/g, ''));
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** The size class of a number of employees (as the questionnaire's derived `size_class`). */
export function sizeClassOf(employees: number): string {
  if (employees <= 9) return '3_9';
  if (employees <= 49) return '10_49';
  if (employees <= 99) return '50_99';
  return '100_plus';
}

/** A workplace id as typed: spaces and a leading "DK" or "P" are dropped ("DK 12 34 56 78" → 12345678). */
function normaliseId(raw: string): string {
  return raw.replace(/^(dk|p)[\s-]*/i, '').replace(/[\s-]/g, '');
}

interface Header {
  index: number;
  columns: Map<Column, number>;
}

function readHeader(rows: readonly (readonly unknown[])[]): Result<Header, FrameProblem[]> {
  const index = rows.findIndex((cells) => cells.some((c) => text(c) !== ''));
  const header = rows[index];
  if (!header) return err([problem('empty', 'Filen er tom: den skal have en overskriftsrække.', 'The file is empty: it needs a header row.')]);
  const line = index + 1;
  const problems: FrameProblem[] = [];
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = normHeader(cell);
    if (name === '') return;
    const col = (Object.keys(HEADER_ALIASES) as Column[]).find((c) => HEADER_ALIASES[c].includes(name));
    if (!col) {
      problems.push(problem('unknown-column', `Række ${line}, kolonne ${i + 1}: ukendt kolonne «${text(cell)}».`, `Row ${line}, column ${i + 1}: unknown column “${text(cell)}”.`, line, text(cell)));
    } else if (columns.has(col)) {
      problems.push(problem('duplicate-column', `Række ${line}, kolonne ${i + 1}: kolonnen ${COLUMN_NAME[col]} står der to gange.`, `Row ${line}, column ${i + 1}: the column ${COLUMN_NAME_EN[col]} appears twice.`, line, text(cell)));
    } else columns.set(col, i);
  });
  const required: Column[] = ['workplaceId', 'name', 'sector_level', 'policy_area'];
  for (const col of required) {
    if (!columns.has(col)) {
      problems.push(problem('missing-column', `Kolonnen ${COLUMN_NAME[col]} (${HEADER_ALIASES[col][0]}) mangler i overskriftsrækken (række ${line}).`, `The column ${COLUMN_NAME_EN[col]} (${HEADER_ALIASES[col][0]}) is missing from the header row (row ${line}).`, line, COLUMN_NAME[col]));
    }
  }
  if (!columns.has('size_class') && !columns.has('employees')) {
    problems.push(problem('missing-column', `Kolonnen størrelse (size_class) eller antal ansatte (n_employees) mangler i overskriftsrækken (række ${line}).`, `The column size (size_class) or employees (n_employees) is missing from the header row (row ${line}).`, line, COLUMN_NAME.size_class));
  }
  return problems.length > 0 ? err(problems) : ok({ index, columns });
}

/**
 * Parse a header row plus data rows into a frame. Columns are found by their Danish or English names
 * (see `HEADER_ALIASES`); workplace id, name, level and area are required, with size or employees.
 * Blank rows are skipped; every problem (up to 50) names its row and column.
 */
export function parseFrameRows(rows: readonly (readonly unknown[])[], vocabulary: StratumVocabulary): Result<ParsedFrame, FrameProblem[]> {
  const header = readHeader(rows);
  if (!header.ok) return header;
  const { index: headerIndex, columns } = header.value;
  const width = Math.max(...columns.values()) + 1;
  const dataRows = rows.length - headerIndex - 1;
  if (dataRows > MAX_FRAME_CASES) return err([problem('too-many-rows', TOO_MANY_FRAME_ROWS.da, TOO_MANY_FRAME_ROWS.en)]);
  const problems: FrameProblem[] = [];
  const add = (p: FrameProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const cases: FrameCase[] = [];
  const lines: number[] = [];
  const populations: (number | null)[] = [];
  const firstRowOf = new Map<string, number>();

  for (let i = headerIndex + 1; i < rows.length; i += 1) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => text(c) === '')) continue;
    const line = i + 1;
    const cell = (col: Column): string => {
      const at = columns.get(col);
      return at === undefined ? '' : text(cells[at]);
    };
    const at = (col: Column) => `Række ${line}, ${COLUMN_NAME[col]}`;
    const atEn = (col: Column) => `Row ${line}, ${COLUMN_NAME_EN[col]}`;
    let bad = false;
    const report = (code: FrameProblemCode, col: Column, da: string, en: string) => {
      bad = true;
      add(problem(code, `${at(col)}: ${da}`, `${atEn(col)}: ${en}`, line, COLUMN_NAME[col]));
    };

    for (let c = width; c < cells.length; c += 1) {
      if (text(cells[c]) !== '') {
        bad = true;
        add(problem('cell-without-header', `Række ${line}, kolonne ${c + 1}: cellen har en værdi, men kolonnen har ingen overskrift.`, `Row ${line}, column ${c + 1}: the cell has a value but its column has no header.`, line, String(c + 1)));
        break;
      }
    }
    for (const col of columns.keys()) {
      if (cell(col).length > MAX_FRAME_TEXT) report('too-long', col, `cellen er over ${MAX_FRAME_TEXT} tegn.`, `the cell is over ${MAX_FRAME_TEXT} characters.`);
    }

    const rawId = cell('workplaceId');
    const workplaceId = normaliseId(rawId);
    if (rawId === '') report('missing-value', 'workplaceId', 'arbejdsplads-id mangler.', 'the workplace id is missing.');
    else if (!WORKPLACE_ID.test(workplaceId)) {
      report('bad-workplace-id', 'workplaceId', `«${rawId}» er hverken et CVR-nummer (8 cifre) eller et P-nummer (10 cifre).`, `“${rawId}” is neither a CVR number (8 digits) nor a P-number (10 digits).`);
    } else {
      const first = firstRowOf.get(workplaceId);
      if (first !== undefined) report('duplicate-workplace', 'workplaceId', `${workplaceId} står allerede i række ${first}.`, `${workplaceId} is already in row ${first}.`);
      else firstRowOf.set(workplaceId, line);
    }
    const name = cell('name');
    if (name === '') report('missing-value', 'name', 'navnet mangler.', 'the name is missing.');

    const codes: Partial<Record<StratumDimension, string>> = {};
    for (const dim of STRATUM_DIMENSIONS) {
      if (!columns.has(dim)) continue;
      const raw = cell(dim);
      if (raw === '') {
        if (dim !== 'size_class' || !columns.has('employees')) report('missing-value', dim, 'feltet er tomt.', 'the field is empty.');
        continue;
      }
      const found = matchCode(dim, raw, vocabulary);
      if (found === undefined) {
        const known = vocabulary[dim].map((c) => c.code).join(', ');
        report('unknown-code', dim, `«${raw}» er ikke en kendt kode (${known}).`, `“${raw}” is not a known code (${known}).`);
      } else codes[dim] = found;
    }

    let employees: number | null = null;
    const rawEmployees = cell('employees');
    if (rawEmployees !== '') {
      const n = parseWhole(rawEmployees);
      if (n === undefined || n < 3) report('bad-employees', 'employees', `«${rawEmployees}» er ikke et helt antal på mindst 3.`, `“${rawEmployees}” is not a whole number of at least 3.`);
      else employees = n;
    } else if (!columns.has('size_class')) report('missing-value', 'employees', 'antal ansatte mangler (filen har ingen kolonne for størrelse).', 'the number of employees is missing (the file has no size column).');
    if (employees !== null) {
      const derived = sizeClassOf(employees);
      if (codes.size_class === undefined && cell('size_class') === '') codes.size_class = derived;
      else if (codes.size_class !== undefined && codes.size_class !== derived) {
        report('size-contradicts-employees', 'size_class', `størrelsen ${codes.size_class} passer ikke med ${employees} ansatte (${derived}).`, `the size ${codes.size_class} does not fit ${employees} employees (${derived}).`);
      }
    }
    if (!bad && codes.size_class === undefined) report('missing-value', 'size_class', 'feltet er tomt.', 'the field is empty.');

    let population: number | null = null;
    if (columns.has('population')) {
      const raw = cell('population');
      const n = raw === '' ? undefined : parseWhole(raw);
      if (raw === '') report('missing-value', 'population', 'populationstallet mangler.', 'the population count is missing.');
      else if (n === undefined || n < 1) report('bad-population', 'population', `«${raw}» er ikke et helt antal på mindst 1.`, `“${raw}” is not a whole number of at least 1.`);
      else population = n;
    }

    const email = cell('email');
    if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) report('bad-email', 'email', `«${email}» er ikke en e-mailadresse.`, `“${email}” is not an email address.`);

    if (bad) continue;
    const candidate: FrameCase = {
      workplaceId,
      name,
      address: cell('address'),
      postcode: cell('postcode'),
      city: cell('city'),
      contact: cell('contact'),
      email,
      phone: cell('phone'),
      sector_level: codes.sector_level ?? '',
      policy_area: codes.policy_area ?? '',
      size_class: codes.size_class ?? '',
      employees,
    };
    const checked = frameCaseSchema.safeParse(candidate);
    if (!checked.success) {
      add(problem('missing-value', `Række ${line}: ${checked.error.issues[0]?.message ?? 'ugyldig række'}.`, `Row ${line}: ${checked.error.issues[0]?.message ?? 'invalid row'}.`, line));
      continue;
    }
    cases.push(checked.data);
    lines.push(line);
    populations.push(population);
  }
  if (problems.length > 0) return err(problems);
  if (cases.length === 0) return err([problem('no-rows', 'Filen har ingen arbejdspladser under overskriftsrækken.', 'The file has no workplaces below the header row.')]);
  return checkPopulation(cases, lines, populations, columns.has('population'));
}

/** N_h per stratum from the population column: the same in every row of a stratum, and at least its n_h. */
function checkPopulation(cases: FrameCase[], lines: number[], populations: (number | null)[], present: boolean): Result<ParsedFrame, FrameProblem[]> {
  if (!present) return ok({ cases, population: null });
  const problems: FrameProblem[] = [];
  const strata = new Map<string, { row: PopulationRow; line: number; sampled: number }>();
  cases.forEach((c, i) => {
    const key = stratumKey(c, STRATUM_DIMENSIONS);
    const N = populations[i] ?? 0;
    const line = lines[i] ?? 0;
    const seen = strata.get(key);
    if (!seen) {
      strata.set(key, { row: { sector_level: c.sector_level, policy_area: c.policy_area, size_class: c.size_class, population: N }, line, sampled: 1 });
      return;
    }
    seen.sampled += 1;
    if (seen.row.population !== N && problems.length < MAX_PROBLEMS) {
      problems.push(problem('population-differs', `Række ${line}, population (N_h): ${N} er ikke det samme som ${seen.row.population} i række ${seen.line} for samme stratum.`, `Row ${line}, population (N_h): ${N} differs from ${seen.row.population} in row ${seen.line} for the same stratum.`, line, COLUMN_NAME.population));
    }
  });
  if (problems.length === 0) {
    for (const { row, line, sampled } of strata.values()) {
      if (row.population < sampled && problems.length < MAX_PROBLEMS) {
        problems.push(problem('population-below-sample', `Række ${line}, population (N_h): ${row.population} er mindre end de ${sampled} udtrukne arbejdspladser i stratummet.`, `Row ${line}, population (N_h): ${row.population} is less than the ${sampled} workplaces drawn in the stratum.`, line, COLUMN_NAME.population));
      }
    }
  }
  return problems.length > 0 ? err(problems) : ok({ cases, population: [...strata.values()].map((s) => s.row) });
}

/** Parse frame csv text (`;`, `,` or tab; quotes as RFC 4180; a BOM ignored). See `parseFrameRows`. */
export function parseFrameCsv(input: string, vocabulary: StratumVocabulary): Result<ParsedFrame, FrameProblem[]> {
  return parseFrameRows(splitCsv(input), vocabulary);
}
