/** CSV text → population table (separators `;`, `,` or tab; quotes as in RFC 4180; a BOM is ignored). */
import type { Result } from '../result';
import { parsePopulationRows, type PopulationProblem } from './parse-population';
import type { PopulationTable, StratumVocabulary } from './population';

type Separator = ';' | ',' | '\t';

/** The separator of the header line (the first non-blank line): the most frequent of `;`, `,`, tab outside quotes (`;` wins a tie, as Danish Excel writes it). */
export function detectSeparator(headerLine: string): Separator {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/**
 * Split CSV text into rows of cells. Quoted cells may hold separators, line breaks and `""` for a quote;
 * line ends may be CRLF, LF or CR. Every line becomes a row (blank lines too), so a row's index + 1 is its line.
 */
export function splitCsv(input: string, separator?: Separator): string[][] {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstLine = source.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const sep = separator ?? detectSeparator(firstLine);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Parse population CSV text (as exported by Excel or Statistics Denmark, Danish or English headers). See `parsePopulationRows`. */
export function parsePopulationCsv(text: string, vocabulary: StratumVocabulary): Result<PopulationTable, PopulationProblem[]> {
  return parsePopulationRows(splitCsv(text), vocabulary);
}
