/**
 * The editions the coordinator's lists read responses across (the overview's counts, the review
 * queue's filters): every edition this computer holds, the newest as reference, as the export
 * dialog's lists are; undefined while only one is held (its codes are then taken as stored).
 */
import { heldEditionSet, type EditionSet } from '../core/editions/edition-set';
import type { Questionnaire } from '../core/questionnaire/model';
import { stratumVocabulary, type StratumVocabulary } from '../core/weights/population';
import { editionVocabulary } from '../core/weights/edition-strata';

export function acrossHeldEditions(inUse: Questionnaire, held: readonly Questionnaire[]): EditionSet | undefined {
  const set = heldEditionSet(inUse, held);
  return set.editions.length > 1 ? set : undefined;
}

/** The level and area options of `editions` (each once, in the newest edition's words), or of `inUse` alone. */
export function listVocabulary(inUse: Questionnaire, editions: EditionSet | undefined): StratumVocabulary {
  return editions ? editionVocabulary(editions) : stratumVocabulary(inUse);
}
