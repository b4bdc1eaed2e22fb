/**
 * What the Codebook says of a workbook across editions, per Data column: the editions that have it,
 * the renamed options mapped into it (declared by the later edition: `previous_name` with
 * `previous_version`), and the missing code of the editions that lack it.
 */
import type { EditionSet } from '../editions/edition-set';
import type { ExportColumn } from './data-columns';
import { editionPlan } from './edition-columns';

export const EDITION_CODEBOOK_HEADER = ['editions', 'renamed_options'] as const;

export interface ColumnEditions {
  /** The versions whose responses can fill the column, oldest first. */
  editions: string[];
  /** The renames mapped into it, e.g. `2024.1: product → goods`. */
  renamed: string[];
}

/** Per column of `columns`, the editions that have it and the renames that reach it. */
export function columnEditions(set: EditionSet, columns: readonly ExportColumn[]): ColumnEditions[] {
  const out = columns.map((): ColumnEditions => ({ editions: [], renamed: [] }));
  for (const edition of set.editions) {
    const plan = editionPlan(set, edition, columns);
    plan.forEach((slot, i) => {
      const entry = out[i] as ColumnEditions;
      if (slot.kind === 'absent' || (slot.kind === 'option' && !slot.offered)) return;
      entry.editions.push(edition.version);
      if (slot.kind === 'value') {
        for (const [from, to] of slot.map) entry.renamed.push(`${edition.version}: ${from} → ${to}`);
      } else if (slot.kind === 'option') {
        for (const [from, to] of slot.map) if (to === slot.code) entry.renamed.push(`${edition.version}: ${from} → ${to}`);
      }
    });
  }
  return out;
}
