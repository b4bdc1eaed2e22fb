/**
 * The population table behind the post-stratification weights w = N_h / r_h: one row per stratum h
 * (government level × area of activity × size class, or any coarser combination of those three),
 * holding N_h, the number of workplaces in the population.
 */
import { z } from 'zod';
import type { AnswerValue, ChoiceDef, LocalText, Questionnaire } from '../questionnaire/model';

/** The variables a stratum may be built from, always in this order in keys and labels. */
export const STRATUM_DIMENSIONS = ['sector_level', 'policy_area', 'size_class'] as const;
export type StratumDimension = (typeof STRATUM_DIMENSIONS)[number];

/** Size classes of the derived variable `size_class` (employees 3–9, 10–49, 50–99, 100+). */
export const SIZE_CLASSES = [
  { code: '3_9', label: { da: '3–9 ansatte', en: '3–9 employees' } },
  { code: '10_49', label: { da: '10–49 ansatte', en: '10–49 employees' } },
  { code: '50_99', label: { da: '50–99 ansatte', en: '50–99 employees' } },
  { code: '100_plus', label: { da: '100+ ansatte', en: '100+ employees' } },
] as const satisfies readonly StratumCode[];
const SIZE_CODES = ['3_9', '10_49', '50_99', '100_plus'] as const;

/** One respondent as the engine sees it: `values` are `Evaluation.values` (skipped → absent). */
export interface Respondent {
  id: string;
  values: Readonly<Record<string, AnswerValue>>;
}

/** One stratum of the population table. A dimension that is absent is not used for stratification. */
export interface PopulationRow {
  sector_level?: string;
  policy_area?: string;
  size_class?: string;
  /** N_h: workplaces in the population (integer ≥ 0). */
  population: number;
}

/** Rows with the same dimensions in every row and no stratum twice (see `populationTableSchema`). */
export type PopulationTable = readonly PopulationRow[];

/** A code a stratum dimension can take, with its label. */
export interface StratumCode {
  code: string;
  label: LocalText;
  /**
   * The codes older editions gave this option (declared renames, `edition-strata.ts`): a table
   * written with one of them is read in `code`.
   */
  aliases?: readonly string[];
}

/** The codes (and labels) each dimension can take: used to check imports and to label strata and groups. */
export type StratumVocabulary = Readonly<Record<StratumDimension, readonly StratumCode[]>>;

/**
 * The vocabulary of a questionnaire: `sector_level` and `policy_area` choices as defined in it;
 * `size_class` from the derived variable's value labels when it has them, otherwise `SIZE_CLASSES`.
 */
export function stratumVocabulary(q: Questionnaire): StratumVocabulary {
  const codes = (name: string): StratumCode[] => choicesOf(q, name).map((c) => ({ code: c.code, label: c.label }));
  const sizes = codes('size_class');
  return {
    sector_level: codes('sector_level'),
    policy_area: codes('policy_area'),
    size_class: sizes.length > 0 ? sizes : SIZE_CLASSES,
  };
}

/** A variable's choices: compiled ones, else its choice list by name (questions and derived variables); [] if none. */
export function choicesOf(q: Questionnaire, name: string): readonly ChoiceDef[] {
  const v = q.byName.get(name);
  if (!v) return [];
  if (v.choices) return v.choices;
  const list = v.question?.choices ?? v.derived?.choices;
  return list ? (q.def.choiceLists[list] ?? []) : [];
}

/** The dimensions a row uses, in canonical order. */
export function rowDimensions(row: Partial<Record<StratumDimension, unknown>>): StratumDimension[] {
  return STRATUM_DIMENSIONS.filter((d) => row[d] !== undefined);
}

/**
 * The stratum key: `dimension=code` pairs in canonical order joined by `|`, e.g.
 * `sector_level=municipality|size_class=10_49`. Identical for a population row and a respondent.
 */
export function stratumKey(cells: Partial<Record<StratumDimension, string>>, dims: readonly StratumDimension[]): string {
  return dims.map((d) => `${d}=${cells[d] ?? ''}`).join('|');
}

/** A stratum's label: its dimensions' labels joined by ` · ` (a code without a label stands for itself). */
export function stratumLabel(
  cells: Partial<Record<StratumDimension, string>>,
  dims: readonly StratumDimension[],
  vocabulary?: StratumVocabulary,
): LocalText {
  const parts = dims.map((d) => codeLabel(d, cells[d] ?? '', vocabulary));
  return { da: parts.map((p) => p.da).join(' · '), en: parts.map((p) => p.en).join(' · ') };
}

/** The label of one code of a dimension; an unknown code is its own label. */
export function codeLabel(dim: StratumDimension, code: string, vocabulary?: StratumVocabulary): LocalText {
  const list = vocabulary?.[dim] ?? (dim === 'size_class' ? SIZE_CLASSES : []);
  return list.find((c) => c.code === code)?.label ?? { da: code, en: code };
}

const code = z.string().trim().min(1);

/**
 * Zod schema of a population table (e.g. one stored by the app): strict rows, N_h an integer ≥ 0,
 * size classes from `SIZE_CLASSES`, at least one row and one dimension, the same dimensions in every
 * row, no stratum twice. Codes of `sector_level`/`policy_area` are checked against a questionnaire by
 * `validatePopulationTable`.
 */
export const populationTableSchema = z
  .array(
    z.strictObject({
      sector_level: code.optional(),
      policy_area: code.optional(),
      size_class: z.enum(SIZE_CODES).optional(),
      population: z.number().int().nonnegative(),
    }),
  )
  .min(1, 'The population table has no rows.')
  .superRefine((rows, ctx) => {
    const first = rows[0];
    if (!first) return;
    const dims = rowDimensions(first);
    if (dims.length === 0) {
      ctx.addIssue({ code: 'custom', path: [0], message: 'A stratum needs at least one of sector_level, policy_area, size_class.' });
      return;
    }
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const own = rowDimensions(row);
      if (own.join() !== dims.join()) {
        ctx.addIssue({ code: 'custom', path: [i], message: `Row ${i + 1} uses ${own.join(', ') || 'no dimension'}; the table uses ${dims.join(', ')}.` });
        return;
      }
      const key = stratumKey(row, dims);
      const before = seen.get(key);
      if (before !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i], message: `Row ${i + 1} repeats the stratum of row ${before + 1} (${key}).` });
      } else seen.set(key, i);
    });
  });
