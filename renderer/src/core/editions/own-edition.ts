/**
 * The edition a response was keyed in, for labelling its answers in that edition's words (its
 * option texts and question wordings), whatever edition new responses are keyed in.
 */
import type { Questionnaire } from '../questionnaire/model';

/** The editions a computer holds, by id and version (`EditionCatalog` is one). */
export interface HeldEditions {
  get(id: string, version: string): Questionnaire | undefined;
}

/** `response`'s own edition when it is held; otherwise `fallback` (the questionnaire in use). */
export function ownEdition(held: HeldEditions, response: { questionnaireId?: string | undefined; questionnaireVersion?: string | undefined }, fallback: Questionnaire): Questionnaire {
  const { questionnaireId: id, questionnaireVersion: version } = response;
  if (id === undefined || version === undefined) return fallback;
  if (id === fallback.id && version === fallback.version) return fallback;
  return held.get(id, version) ?? fallback;
}
