/** Text in both UI languages, for messages the core builds and the UI shows in the chosen language. */
import type { LocalText } from './questionnaire/model';

export type { LocalText } from './questionnaire/model';

/** `{ da, en }`: Danish first, as the app speaks it by default. */
export const t = (da: string, en: string): LocalText => ({ da, en });

/** Joins alternatives: "a number or text" / "et tal eller tekst". */
export function orList(items: readonly LocalText[]): LocalText {
  return { da: items.map((item) => item.da).join(' eller '), en: items.map((item) => item.en).join(' or ') };
}
