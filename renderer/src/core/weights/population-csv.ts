/** CSV text → population table (separators `;`, `,` or tab; quotes as in RFC 4180; a BOM is ignored). */
import type { Result } from '../result';
import { parsePopulationRows, type PopulationProblem } from './parse-population';
import type { PopulationTable, StratumVocabulary } from './population';
import { splitCsv } from './split-csv';

export { detectSeparator, splitCsv } from './split-csv';

/** Parse population CSV text (as exported by Excel or Statistics Denmark, Danish or English headers). See `parsePopulationRows`. */
export function parsePopulationCsv(text: string, vocabulary: StratumVocabulary): Result<PopulationTable, PopulationProblem[]> {
  return parsePopulationRows(splitCsv(text), vocabulary);
}
