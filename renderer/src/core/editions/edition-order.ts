/**
 * The order of questionnaire editions, oldest first: an edition comes after the one it names as its
 * previous version (same id); otherwise versions compare as numbers where they are numbers
 * ("2024.1" < "2024.2" < "2024.10"), then by id. The last is the reference edition of a workbook
 * across editions: its codes and wording name the columns.
 */
import type { QuestionnaireDef } from '../questionnaire/model';

/** One edition's identity, as a response records it. */
export const editionKey = (id: string, version: string): string => JSON.stringify([id, version]);

const collator = new Intl.Collator('en', { numeric: true });
const compare = (a: QuestionnaireDef, b: QuestionnaireDef) => collator.compare(a.version, b.version) || collator.compare(a.id, b.id);

/** `defs` oldest first (each edition after its previous version when both are given). */
export function orderEditions<T extends QuestionnaireDef>(defs: readonly T[]): T[] {
  const byKey = new Map(defs.map((d) => [editionKey(d.id, d.version), d]));
  const before = (d: T): T | undefined => (d.previousVersion === undefined ? undefined : byKey.get(editionKey(d.id, d.previousVersion)));
  const placed = new Set<T>();
  const out: T[] = [];
  // Kahn's algorithm, always taking the smallest edition whose previous version is placed (or absent).
  const pending = [...byKey.values()].sort(compare);
  while (pending.length > 0) {
    const i = pending.findIndex((d) => {
      const p = before(d);
      return p === undefined || p === d || placed.has(p);
    });
    // A cycle of previous versions (a → b → a) cannot be ordered by them: fall back to the version order.
    const [next] = pending.splice(i < 0 ? 0 : i, 1) as [T];
    placed.add(next);
    out.push(next);
  }
  return out;
}

/**
 * The editions from `from` to `to` following previous versions back from `to` (both included,
 * oldest first), or null when `to` does not descend from `from`. `[from]` when they are the same.
 */
export function editionPath(defs: ReadonlyMap<string, QuestionnaireDef>, from: QuestionnaireDef, to: QuestionnaireDef): QuestionnaireDef[] | null {
  const path: QuestionnaireDef[] = [to];
  let at = to;
  const seen = new Set<QuestionnaireDef>([to]);
  while (at.id !== from.id || at.version !== from.version) {
    if (at.previousVersion === undefined) return null;
    const prev = defs.get(editionKey(at.id, at.previousVersion));
    if (!prev || seen.has(prev)) return null;
    seen.add(prev);
    path.unshift(prev);
    at = prev;
  }
  return path;
}
