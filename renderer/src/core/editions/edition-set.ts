/**
 * The editions of one workbook: every stored edition, compiled, oldest first; the last is the
 * reference whose codes name the columns. Answers of other editions reach the reference's codes
 * through the renames declared along the chain of previous versions (`option-mapping.ts`).
 */
import type { Questionnaire, QuestionnaireDef } from '../questionnaire/model';
import { editionKey, editionPath, orderEditions } from './edition-order';
import { codeMapAlong } from './option-mapping';

export interface EditionSet {
  /** Oldest first. */
  editions: readonly Questionnaire[];
  reference: Questionnaire;
  /** The edition a response was keyed in, or undefined when it is not in the set. */
  editionOf(id: string, version: string): Questionnaire | undefined;
  /** Code in edition `from` → code in the reference, for variable `name` (only the codes that change). */
  codeMap(from: Questionnaire, name: string): ReadonlyMap<string, string>;
}

const NO_CHANGE: ReadonlyMap<string, string> = new Map();

function newestOf(editions: readonly Questionnaire[]): Questionnaire {
  const def = orderEditions(editions.map((q) => q.def)).at(-1);
  const newest = editions.find((q) => q.def === def);
  if (!newest) throw new Error('A workbook needs at least one questionnaire edition.');
  return newest;
}

/**
 * The set of `editions` (compiled; any order, at least one). `reference`: the edition whose codes the
 * others are carried to (one of `editions`); the newest when absent. The weights take the edition for
 * new responses as theirs, the workbook the newest.
 */
export function editionSet(editions: readonly Questionnaire[], reference: Questionnaire = newestOf(editions)): EditionSet {
  const ordered = orderEditions(editions.map((q) => q.def)).map((def) => editions.find((q) => q.def === def) as Questionnaire);
  if (!ordered.includes(reference)) ordered.push(reference);
  const byKey = new Map(ordered.map((q) => [editionKey(q.id, q.version), q]));
  const defs = new Map<string, QuestionnaireDef>(ordered.map((q) => [editionKey(q.id, q.version), q.def]));
  const maps = new Map<string, ReadonlyMap<string, string>>();
  return {
    editions: ordered,
    reference,
    editionOf: (id, version) => byKey.get(editionKey(id, version)),
    codeMap(from, name) {
      if (from === reference) return NO_CHANGE;
      const key = `${editionKey(from.id, from.version)} ${name}`;
      let map = maps.get(key);
      if (map === undefined) {
        const path = editionPath(defs, from.def, reference.def);
        map = path ? codeMapAlong(path, name) : NO_CHANGE;
        maps.set(key, map);
      }
      return map;
    },
  };
}

/**
 * The editions this computer holds (`held`, any order) with the questionnaire in use among them,
 * the newest as reference: what the export, the overview and the review queue read responses across.
 */
export function heldEditionSet(inUse: Questionnaire, held: readonly Questionnaire[]): EditionSet {
  const byKey = new Map(held.map((q) => [editionKey(q.id, q.version), q]));
  if (!byKey.has(editionKey(inUse.id, inUse.version))) byKey.set(editionKey(inUse.id, inUse.version), inUse);
  return editionSet([...byKey.values()]);
}
