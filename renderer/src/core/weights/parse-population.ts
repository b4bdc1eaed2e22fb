/**
 * Turning a coordinator's population sheet (header row + rows, as a Worker returns it from csv/xlsx)
 * into a validated `PopulationTable`, with problems a coordinator can act on.
 */
import type { LocalText } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import { cellText, matchCode, normHeader } from './stratum-cells';
import {
  STRATUM_DIMENSIONS,
  populationTableSchema,
  rowDimensions,
  stratumKey,
  type PopulationRow,
  type PopulationTable,
  type StratumDimension,
  type StratumVocabulary,
} from './population';

export type PopulationProblemCode =
  | 'empty'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-value'
  | 'unknown-code'
  | 'not-a-count'
  | 'duplicate-stratum'
  | 'invalid';

/**
 * One reason a population table was refused. `row`: from `parsePopulationRows`/`parsePopulationCsv` the
 * sheet row (the header is row 1); from `validatePopulationTable` the 1-based position in the array.
 */
export interface PopulationProblem {
  code: PopulationProblemCode;
  message: LocalText;
  row?: number;
  column?: string;
}

type Column = StratumDimension | 'population';

/** Accepted header names (compared lower-case, spaces/hyphens as `_`), English and Danish. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  sector_level: ['sector_level', 'sector', 'level', 'government_level', 'niveau', 'sektor', 'sektorniveau', 'forvaltningsniveau'],
  policy_area: ['policy_area', 'area', 'område', 'omraade', 'omrade', 'aktivitetsområde', 'opgaveområde'],
  size_class: ['size_class', 'size', 'størrelse', 'stoerrelse', 'storrelse', 'størrelsesklasse', 'størrelsesgruppe'],
  population: ['population', 'antal', 'n', 'n_h', 'count', 'antal_arbejdspladser'],
};
const ACCEPTED = 'sector_level/niveau/sektor, policy_area/område, size_class/størrelse, population/antal';
const MAX_PROBLEMS = 50;

const text = cellText;
const problem = (code: PopulationProblemCode, da: string, en: string, row?: number, column?: string): PopulationProblem => ({
  code,
  message: { da, en },
  ...(row !== undefined ? { row } : {}),
  ...(column !== undefined ? { column } : {}),
});

/** N_h from a cell: an integer ≥ 0; thousands separators (space, `.` or `,` before groups of 3 digits) are allowed. */
function parseCount(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
  const s = text(cell).replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+$/.test(s) || /^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) {
    const n = Number(s.replace(/[.,]/g, ''));
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/**
 * Parse a header row plus data rows into a population table. The header names the columns
 * (`sector_level`, `policy_area`, `size_class`, `population`, or their Danish aliases `niveau`/`sektor`,
 * `område`, `størrelse`, `antal`); the dimension columns present define the strata. Cells hold a code or
 * its label; blank rows are ignored; unknown columns are refused (a misspelt dimension must not silently
 * coarsen the strata); blank lines before the header are skipped. Every problem found is returned
 * (up to 50), each naming its sheet row. (Decoding bytes to text, e.g. Windows-1252, is the caller's job.)
 */
export function parsePopulationRows(
  rows: readonly (readonly unknown[])[],
  vocabulary: StratumVocabulary,
): Result<PopulationTable, PopulationProblem[]> {
  const isBlank = (cells: readonly unknown[]): boolean => cells.every((c) => text(c) === '');
  const headerIndex = rows.findIndex((cells) => !isBlank(cells));
  const header = rows[headerIndex];
  if (!header) {
    return err([problem('empty', 'Filen er tom: den skal have en overskriftsrække.', 'The file is empty: it needs a header row.')]);
  }
  const problems: PopulationProblem[] = [];
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = normHeader(cell);
    if (name === '') return;
    const col = (Object.keys(HEADER_ALIASES) as Column[]).find((c) => HEADER_ALIASES[c].includes(name));
    if (!col) {
      problems.push(problem('unknown-column', `Ukendt kolonne "${text(cell)}". Brug: ${ACCEPTED}.`, `Unknown column "${text(cell)}". Use: ${ACCEPTED}.`, headerIndex + 1, text(cell)));
    } else if (columns.has(col)) {
      problems.push(problem('duplicate-column', `Kolonnen ${col} står der to gange.`, `The column ${col} appears twice.`, headerIndex + 1, text(cell)));
    } else columns.set(col, i);
  });
  const dims = STRATUM_DIMENSIONS.filter((d) => columns.has(d));
  if (!columns.has('population')) {
    problems.push(problem('missing-column', 'Kolonnen population (antal) mangler.', 'The column population (antal) is missing.', headerIndex + 1, 'population'));
  }
  if (dims.length === 0) {
    problems.push(problem('missing-column', 'Der mangler en kolonne for strata: sector_level (niveau), policy_area (område) eller size_class (størrelse).', 'A stratum column is missing: sector_level (niveau), policy_area (område) or size_class (størrelse).', headerIndex + 1));
  }
  if (problems.length > 0) return err(problems);

  const table: PopulationRow[] = [];
  const lines: number[] = [];
  rows.forEach((cells, i) => {
    const line = i + 1;
    if (i <= headerIndex || isBlank(cells)) return;
    const row: PopulationRow = { population: 0 };
    for (const dim of dims) {
      const raw = text(cells[columns.get(dim) ?? -1]);
      const found = raw === '' ? undefined : matchCode(dim, raw, vocabulary);
      if (raw === '') problems.push(problem('missing-value', `Række ${line}: ${dim} er tom.`, `Row ${line}: ${dim} is empty.`, line, dim));
      else if (found === undefined) {
        const known = vocabulary[dim].map((c) => c.code).join(', ');
        problems.push(problem('unknown-code', `Række ${line}: "${raw}" er ikke en kendt ${dim} (${known}).`, `Row ${line}: "${raw}" is not a known ${dim} (${known}).`, line, dim));
      } else row[dim] = found;
    }
    const rawCount = cells[columns.get('population') ?? -1];
    const count = parseCount(rawCount);
    if (text(rawCount) === '') problems.push(problem('missing-value', `Række ${line}: antal mangler.`, `Row ${line}: the population count is missing.`, line, 'population'));
    else if (count === undefined) {
      problems.push(problem('not-a-count', `Række ${line}: "${text(rawCount)}" er ikke et helt antal ≥ 0.`, `Row ${line}: "${text(rawCount)}" is not a whole count ≥ 0.`, line, 'population'));
    } else row.population = count;
    table.push(row);
    lines.push(line);
  });
  if (table.length === 0) problems.push(problem('empty', 'Filen har ingen rækker under overskriften.', 'The file has no rows below the header.'));
  if (problems.length > 0) return err(problems.slice(0, MAX_PROBLEMS));

  const seen = new Map<string, number>();
  table.forEach((row, i) => {
    const key = stratumKey(row, dims);
    const first = seen.get(key);
    const line = lines[i] ?? 0;
    if (first === undefined) seen.set(key, line);
    else problems.push(problem('duplicate-stratum', `Række ${line} gentager stratum fra række ${first} (${key}).`, `Row ${line} repeats the stratum of row ${first} (${key}).`, line));
  });
  if (problems.length > 0) return err(problems.slice(0, MAX_PROBLEMS));
  return validatePopulationTable(table, vocabulary);
}

/**
 * Validate a population table held as data (e.g. stored by the app or typed in): the zod schema
 * (`populationTableSchema`) plus every `sector_level`/`policy_area`/`size_class` code known to the vocabulary.
 * A code an older edition gave an option (`StratumCode.aliases`) is read as the option's code now, so a
 * table stored before an edition renamed a stratum still weights (two rows that become one stratum so
 * are refused).
 */
export function validatePopulationTable(input: unknown, vocabulary: StratumVocabulary): Result<PopulationTable, PopulationProblem[]> {
  const parsed = populationTableSchema.safeParse(input);
  if (!parsed.success) {
    return err(parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
      const index = issue.path[0];
      const row = typeof index === 'number' ? index + 1 : undefined;
      return problem('invalid', `Ugyldig populationstabel: ${issue.message}`, `Invalid population table: ${issue.message}`, row);
    }));
  }
  const problems: PopulationProblem[] = [];
  const table = parsed.data.map((row, i) => {
    const out: PopulationRow = { ...row };
    for (const dim of rowDimensions(row)) {
      const value = row[dim] ?? '';
      const known = vocabulary[dim].find((c) => c.code === value) ?? vocabulary[dim].find((c) => c.aliases?.includes(value));
      if (!known) {
        problems.push(problem('unknown-code', `Række ${i + 1}: "${value}" er ikke en kendt ${dim}.`, `Row ${i + 1}: "${value}" is not a known ${dim}.`, i + 1, dim));
      } else out[dim] = known.code;
    }
    return out;
  });
  if (problems.length > 0) return err(problems.slice(0, MAX_PROBLEMS));
  const first = table[0];
  const dims = first ? rowDimensions(first) : [];
  const seen = new Map<string, number>();
  table.forEach((row, i) => {
    const key = stratumKey(row, dims);
    const before = seen.get(key);
    if (before === undefined) seen.set(key, i);
    else {
      problems.push(problem('duplicate-stratum', `Række ${i + 1} er samme stratum som række ${before + 1} (${key}), efter en udgaves nye koder.`, `Row ${i + 1} is the stratum of row ${before + 1} (${key}), after an edition's new codes.`, i + 1));
    }
  });
  return problems.length > 0 ? err(problems.slice(0, MAX_PROBLEMS)) : ok(table);
}
