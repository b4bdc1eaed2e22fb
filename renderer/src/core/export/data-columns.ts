/**
 * The columns of the "Data" sheet, as plain data (no spreadsheet library here), so the later
 * Labels / Codebook sheets can reuse them.
 *
 * Order: the metadata columns, then one column per variable in questionnaire order (questions,
 * grid rows, derived variables), then the workplace's weight. A multiple choice gives its codes column (named as the variable,
 * space-separated codes, as in XLSForm exports) followed by one `variable/option` 0/1 column per
 * option of the FULL choice list — not only the options seen in the data — so the columns of one
 * questionnaire version never shift between exports.
 */
import type { ChoiceDef, Questionnaire, Variable } from '../questionnaire/model';

export const META_COLUMNS = [
  'key',
  'uuid',
  'status',
  'verified',
  'created_by',
  'created_at',
  'updated_at',
  'questionnaire_id',
  'questionnaire_version',
] as const;

export type MetaField = (typeof META_COLUMNS)[number];

/** Separates a multiple choice's name from an option code in its 0/1 columns (XLSForm convention). */
export const OPTION_SEPARATOR = '/';

export type ExportColumn =
  /** Record metadata (identity, status, who and when). */
  | { kind: 'meta'; name: MetaField }
  /** A variable's value: codes, numbers, text; a multiple choice's space-separated codes. */
  | { kind: 'value'; name: string; variable: Variable }
  /** One option of a multiple choice: 1 chosen, 0 not chosen, empty when not asked. */
  | { kind: 'option'; name: string; variable: Variable; choice: ChoiceDef }
  /** The post-stratification weight w = N_h / r_h (1 when unweighted); filled when the whole selection is known. */
  | { kind: 'weight'; name: typeof WEIGHT_COLUMN };

/** The name of the weight column, the last column of the Data sheet. */
export const WEIGHT_COLUMN = 'weight';

/** Excel's column limit (XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;

export function optionColumnName(variableName: string, code: string): string {
  return `${variableName}${OPTION_SEPARATOR}${code}`;
}

/**
 * Every column of the Data sheet for questionnaire `q`. Throws if two columns would share a name
 * (e.g. a variable called `status`), since a spreadsheet with duplicate headers is ambiguous.
 */
export function dataColumns(q: Questionnaire): ExportColumn[] {
  const columns: ExportColumn[] = META_COLUMNS.map((name) => ({ kind: 'meta', name }));
  for (const variable of q.variables) {
    columns.push({ kind: 'value', name: variable.name, variable });
    if (variable.valueKind !== 'multi') continue;
    for (const choice of variable.choices ?? []) {
      columns.push({ kind: 'option', name: optionColumnName(variable.name, choice.code), variable, choice });
    }
  }
  columns.push({ kind: 'weight', name: WEIGHT_COLUMN });
  const seen = new Set<string>();
  for (const { name } of columns) {
    const folded = name.toLowerCase(); // SPSS and Stata do not tell `Status` from `status`
    if (seen.has(folded)) throw new Error(`Export column "${name}" occurs twice in questionnaire ${q.id} ${q.version}`);
    seen.add(folded);
  }
  return columns;
}
