/**
 * The compiled questionnaires an import needs for the summaries of incoming responses: the app's
 * own lookup first, else the stored or embedded definition, loaded once. Synchronous, since it is
 * used inside the merge transaction.
 */
import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from '../core/questionnaire/model';
import type { QuestionnaireLookup } from './response-write';

export function importLookup(appLookup: QuestionnaireLookup, defs: readonly QuestionnaireDef[]): QuestionnaireLookup {
  const compiled = new Map<string, Questionnaire>();
  const byKey = new Map(defs.map((def) => [JSON.stringify([def.id, def.version]), def]));
  return (id, version) => {
    const key = JSON.stringify([id, version]);
    const cached = compiled.get(key);
    if (cached) return cached;
    let q: Questionnaire | undefined;
    try {
      q = appLookup(id, version);
    } catch {
      const def = byKey.get(key);
      const loaded = def === undefined ? undefined : loadQuestionnaire(def);
      if (loaded?.ok) q = loaded.value;
    }
    if (q === undefined) throw new Error(`Questionnaire ${id} version ${version} cannot be loaded.`);
    compiled.set(key, q);
    return q;
  };
}
