/**
 * CSV text → rows of cells, for the population table and the sample frame. No schema here (no zod):
 * the spreadsheet Worker splits a csv file with it, off the window's thread.
 */
export type Separator = ';' | ',' | '\t';

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

/** The first line holding more than white space ('' for none), found without splitting the whole text. */
function firstNonBlankLine(text: string): string {
  const line = /([^\r\n]*)(?:\r\n|\n|\r)?/y;
  while (line.lastIndex < text.length) {
    const found = line.exec(text)?.[1];
    if (found === undefined) break;
    if (found.trim() !== '') return found;
  }
  return '';
}

/**
 * Split CSV text into rows of cells. Quoted cells may hold separators, line breaks and `""` for a quote;
 * line ends may be CRLF, LF or CR. Every line becomes a row (blank lines too), so a row's index + 1 is its line.
 * At most `maxRows` rows: the rest of the text is not read (a caller refusing a longer file asks for one more).
 */
export function splitCsv(input: string, separator?: Separator, maxRows = Infinity): string[][] {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(firstNonBlankLine(source));
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
      if (rows.length >= maxRows) return rows;
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
