/**
 * Reading the cells of a coordinator's table (population table, sample frame): text as a person
 * typed it, headers compared loosely, and stratum cells that hold a code or its Danish/English label.
 */
import type { StratumDimension, StratumVocabulary } from './population';

/** The cell's text: NFC, runs of white space as one space, trimmed ('' for an empty cell). */
export const cellText = (cell: unknown): string =>
  cell === null || cell === undefined ? '' : String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();

/** A header as compared: lower case, spaces and hyphens as `_`. */
export const normHeader = (cell: unknown): string => cellText(cell).toLowerCase().replace(/[\s-]+/g, '_');

const normCode = (s: string): string => s.toLowerCase().replace(/[–—]/g, '-').replace(/\s*-\s*/g, '-');

/**
 * The code a cell names: the code itself, its Danish/English label (size classes also as `3-9`,
 * `100+`) or a code an older edition gave it (`StratumCode.aliases`).
 */
export function matchCode(dim: StratumDimension, cell: string, vocabulary: StratumVocabulary): string | undefined {
  const wanted = normCode(cell);
  return vocabulary[dim].find((c) => {
    const forms = [c.code, c.label.da, c.label.en, c.code.replace('_plus', '+').replace('_', '-'), ...(c.aliases ?? [])];
    return forms.some((f) => normCode(f) === wanted);
  })?.code;
}
