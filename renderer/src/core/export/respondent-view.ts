/**
 * Respondents for the weights and indicators, read straight from the Data rows: what the workbook's
 * Indicators and Weights sheets say is computed from exactly the values its Data sheet holds (a
 * reader can recompute them from Data), and no second copy of 100,000 responses' values is kept.
 *
 * A respondent's `values` is a read-only view of its stored row: a variable's value column, with an empty
 * cell (skipped) and -99 (not answered) read as absent, as in `Evaluation.values`, and a neutralised
 * code read back as the code. A multiple choice reads as its space-separated codes, which the
 * indicator helpers (`picked`) accept.
 */
import type { AnswerValue } from '../questionnaire/model';
import type { Respondent } from '../weights/population';
import type { ExportColumn } from './data-columns';
import type { CellValue } from './data-rows';
import { NOT_IN_EDITION_CODE, UNANSWERED_CODE } from './missing-codes';
import { unneutraliseCode } from './neutralise-formula';
import type { RowStore } from './row-store';

/** Variable name → its value column, for the views of one export. */
export function valueColumnIndex(columns: readonly ExportColumn[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c.kind === 'value') index.set(c.variable.name, i);
  });
  return index;
}

function decode(cell: CellValue | undefined): AnswerValue | undefined {
  if (cell === null || cell === undefined || cell === UNANSWERED_CODE || cell === NOT_IN_EDITION_CODE || cell instanceof Date) return undefined;
  return typeof cell === 'string' ? unneutraliseCode(cell) : cell;
}

/** Makes views over the stored rows of one export (one shared Proxy handler; a view costs a few words). */
export function respondentViews(index: ReadonlyMap<string, number>, store: RowStore): (id: string, row: number) => Respondent {
  const read = (target: { row: number }, name: string | symbol) => {
    const c = typeof name === 'string' ? index.get(name) : undefined;
    return c === undefined ? undefined : decode(store.cell(target.row, c));
  };
  const handler: ProxyHandler<{ row: number }> = {
    get: read,
    has: (target, name) => read(target, name) !== undefined,
  };
  return (id, row) => ({ id, values: new Proxy({ row }, handler) as unknown as Readonly<Record<string, AnswerValue>> });
}
