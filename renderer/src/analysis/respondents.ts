/**
 * Stored responses → respondents as the weights and indicators read them (`evaluateResponse(...).values`:
 * derived innov_any, size_class, civil_role; skipped questions absent). Evaluated in slices with a
 * pause between them, so 10,000+ responses never hold the window for long.
 */
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { Questionnaire } from '../core/questionnaire/model';
import type { Respondent } from '../core/weights/population';
import type { ResponseRecord } from '../db/records';

const SLICE = 500;

/** Lets the browser paint and handle input between slices. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Cancelled extends Error {
  override readonly name = 'Cancelled';
}

/** Throws `Cancelled` when the signal fires between slices (the screen was left or the filter changed). */
export async function respondentsOf(
  q: Questionnaire,
  records: readonly Pick<ResponseRecord, 'id' | 'answers'>[],
  signal?: AbortSignal,
): Promise<Respondent[]> {
  const out: Respondent[] = [];
  for (let start = 0; start < records.length; start += SLICE) {
    if (start > 0) await yieldToBrowser();
    if (signal?.aborted) throw new Cancelled();
    for (const r of records.slice(start, start + SLICE)) out.push({ id: r.id, values: evaluateResponse(q, r.answers).values });
  }
  return out;
}
