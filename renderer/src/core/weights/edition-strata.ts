/**
 * The strata across questionnaire editions. A population table is written in the codes of the
 * set's reference edition (for the weights: the edition for new responses; for the workbook: the
 * newest), and every response is classified in those codes, whatever edition it was keyed in:
 *
 * - an option an older edition renamed (a declared `previousCode`) is ONE stratum, under the
 *   reference's code; the older code is an alias of it, so a table (or a stored table from before
 *   the rename) written with the older code is read in the new one;
 * - an option only older editions have (retired, not renamed) stays a stratum of its own, under its
 *   own code and label (from the newest edition holding it), and matches those editions' responses.
 */
import type { EditionSet } from '../editions/edition-set';
import type { AnswerValue, Questionnaire } from '../questionnaire/model';
import { choicesOf, stratumVocabulary, type StratumCode, type StratumDimension, type StratumVocabulary } from './population';

/** Every stratum code of `set`'s editions in the reference's codes: the reference's first, in its order, then those only older editions have. */
export function editionVocabulary(set: EditionSet): StratumVocabulary {
  const own = stratumVocabulary(set.reference);
  const others = [...set.editions].reverse().filter((q) => q !== set.reference);
  const dimension = (dim: StratumDimension): StratumCode[] => {
    const codes = new Map<string, { code: string; label: StratumCode['label']; aliases: string[] }>();
    for (const c of own[dim]) codes.set(c.code, { code: c.code, label: c.label, aliases: [] });
    for (const q of others) {
      const map = set.codeMap(q, dim);
      for (const c of choicesOf(q, dim)) {
        const code = map.get(c.code) ?? c.code;
        const entry = codes.get(code) ?? { code, label: c.label, aliases: [] };
        codes.set(code, entry);
        if (code !== c.code && !entry.aliases.includes(c.code)) entry.aliases.push(c.code);
      }
    }
    // An older code that is a code of its own elsewhere in the set stays that code, never an alias.
    return [...codes.values()].map(({ aliases, ...c }) => {
      const kept = aliases.filter((a) => !codes.has(a));
      return kept.length > 0 ? { ...c, aliases: kept } : c;
    });
  };
  return { sector_level: dimension('sector_level'), policy_area: dimension('policy_area'), size_class: dimension('size_class') };
}

/**
 * A response's values (`Evaluation.values` of `edition`) with every code of a choice variable in the
 * reference's codes (the renames declared between `edition` and the reference applied), so it is
 * classified and counted as a response of the reference is.
 */
export function valuesInReference(set: EditionSet, edition: Questionnaire, values: Readonly<Record<string, AnswerValue>>): Record<string, AnswerValue> {
  if (edition === set.reference) return { ...values };
  const out: Record<string, AnswerValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const map = typeof value === 'number' ? undefined : set.codeMap(edition, name);
    if (!map || map.size === 0 || typeof value === 'number') out[name] = value;
    else out[name] = Array.isArray(value) ? value.map((c) => map.get(c) ?? c) : (map.get(value) ?? value);
  }
  return out;
}
