/**
 * Stored responses → respondents as the weights and indicators read them (`evaluateResponse(...).values`:
 * derived innov_any, size_class, civil_role; skipped questions absent). Evaluated in slices with a
 * pause between them, so 10,000+ responses never hold the window for long.
 */
import type { EditionSet } from '../core/editions/edition-set';
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { Respondent } from '../core/weights/population';
import { valuesInReference } from '../core/weights/edition-strata';
import type { ResponseRecord } from '../db/records';

const SLICE = 500;

/** Lets the browser paint and handle input between slices. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Cancelled extends Error {
  override readonly name = 'Cancelled';
}

/** Throws `Cancelled` when the signal fires between slices (the screen was left or the filter changed). */
export async function respondentsOf(
  set: EditionSet,
  records: readonly RespondentInput[],
  signal?: AbortSignal,
): Promise<Respondent[]> {
  const out: Respondent[] = [];
  for (let start = 0; start < records.length; start += SLICE) {
    if (start > 0) await yieldToBrowser();
    if (signal?.aborted) throw new Cancelled();
    for (const r of records.slice(start, start + SLICE)) out.push(respondentIn(set, r));
  }
  return out;
}

export type RespondentInput = Pick<ResponseRecord, 'id' | 'answers' | 'questionnaireId' | 'questionnaireVersion'>;

/**
 * One response as a respondent in `set`'s reference codes: evaluated in the edition it was keyed in
 * (the reference when that edition is not held), its codes carried through the declared renames.
 */
export function respondentIn(set: EditionSet, r: RespondentInput): Respondent {
  const edition = set.editionOf(r.questionnaireId, r.questionnaireVersion) ?? set.reference;
  return { id: r.id, values: valuesInReference(set, edition, evaluateResponse(edition, r.answers).values) };
}
