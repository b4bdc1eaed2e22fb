/**
 * The editions the weights are computed across: every edition this computer holds, with the edition
 * for new responses as the reference, so a coordinator writes the population table in the codes they
 * see in use, and responses of earlier editions count in them through the declared renames.
 */
import { useEffect, useState } from 'react';
import type { AppServices } from '../app/services-context';
import { editionKey } from '../core/editions/edition-order';
import { editionSet, type EditionSet } from '../core/editions/edition-set';
import type { Questionnaire } from '../core/questionnaire/model';

/** `held` (any order) with `reference` among them, once each. */
export function weightingEditions(held: readonly Questionnaire[], reference: Questionnaire): EditionSet {
  const byKey = new Map(held.map((q) => [editionKey(q.id, q.version), q]));
  byKey.set(editionKey(reference.id, reference.version), reference);
  return editionSet([...byKey.values()], reference);
}

/** The weighting's editions, once the edition for new responses is read; null until then. */
export function useWeightingEditions(services: Pick<AppServices, 'questionnaire' | 'questionnaires'>): { editions: EditionSet | null; error: string | null } {
  const { questionnaire, questionnaires } = services;
  const [state, setState] = useState<{ editions: EditionSet | null; error: string | null }>({ editions: null, error: null });
  useEffect(() => {
    let live = true;
    questionnaires
      .forNewResponses(questionnaire)
      .then((active) => live && setState({ editions: weightingEditions(questionnaires.catalog.all(), active), error: null }))
      .catch((e: unknown) => live && setState({ editions: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [questionnaire, questionnaires]);
  return state;
}
