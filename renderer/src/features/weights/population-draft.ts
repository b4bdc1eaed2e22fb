/**
 * The population editor's state: the dimensions chosen and the text typed per stratum, turned into
 * a population table only when every typed count is valid.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, ok, type Result } from '../../core/result';
import { validatePopulationTable } from '../../core/weights/parse-population';
import {
  STRATUM_DIMENSIONS,
  rowDimensions,
  stratumKey,
  stratumLabel,
  type PopulationRow,
  type PopulationTable,
  type StratumDimension,
  type StratumVocabulary,
} from '../../core/weights/population';

export interface PopulationDraft {
  dims: StratumDimension[];
  /** Typed text per stratum key; strata of other dimension choices are kept but not used. */
  counts: Readonly<Record<string, string>>;
}

export interface DraftStratum {
  key: string;
  cells: Partial<Record<StratumDimension, string>>;
  label: LocalText;
}

/** What keeps a draft from becoming a table: per-field problems (by stratum key) and/or one for the form. */
export interface DraftProblems {
  fields: Record<string, 'not-a-count'>;
  form?: 'no-rows' | LocalText;
}

/** Every stratum of the chosen dimensions, in vocabulary order (level, then area, then size). */
export function draftStrata(dims: readonly StratumDimension[], vocabulary: StratumVocabulary): DraftStratum[] {
  let combos: Partial<Record<StratumDimension, string>>[] = [{}];
  for (const d of STRATUM_DIMENSIONS.filter((x) => dims.includes(x))) {
    combos = combos.flatMap((c) => vocabulary[d].map((code) => ({ ...c, [d]: code.code })));
  }
  const ordered = STRATUM_DIMENSIONS.filter((x) => dims.includes(x));
  return combos.map((cells) => ({ key: stratumKey(cells, ordered), cells, label: stratumLabel(cells, ordered, vocabulary) }));
}

/** The editor's starting state: the table's dimensions and counts, or all three dimensions, blank. */
export function draftFromTable(table: PopulationTable | null): PopulationDraft {
  const first = table?.[0];
  if (!table || !first) return { dims: [...STRATUM_DIMENSIONS], counts: {} };
  const dims = rowDimensions(first);
  const counts: Record<string, string> = {};
  for (const row of table) counts[stratumKey(row, dims)] = String(row.population);
  return { dims, counts };
}

/** A typed count: digits, optionally grouped by thousands with `.` or a space (Danish style); blank → null. */
export function parseTypedCount(text: string): number | null | undefined {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  if (!/^\d+$/.test(s) && !/^\d{1,3}(\.\d{3})+$/.test(s)) return undefined;
  const n = Number(s.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The draft as a validated table: blank strata are left out; any invalid count refuses the whole draft. */
export function tableFromDraft(draft: PopulationDraft, vocabulary: StratumVocabulary): Result<PopulationTable, DraftProblems> {
  const fields: DraftProblems['fields'] = {};
  const rows: PopulationRow[] = [];
  for (const s of draftStrata(draft.dims, vocabulary)) {
    const count = parseTypedCount(draft.counts[s.key] ?? '');
    if (count === undefined) fields[s.key] = 'not-a-count';
    else if (count !== null) rows.push({ ...s.cells, population: count });
  }
  if (Object.keys(fields).length > 0) return err({ fields });
  if (rows.length === 0) return err({ fields, form: 'no-rows' });
  const checked = validatePopulationTable(rows, vocabulary);
  if (!checked.ok) return err({ fields, form: checked.error[0]?.message ?? { da: 'Ugyldig tabel.', en: 'Invalid table.' } });
  return ok(checked.value);
}
