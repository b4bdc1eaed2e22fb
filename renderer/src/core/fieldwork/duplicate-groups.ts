/**
 * Duplicates across laptops: one workplace keyed twice, found without any case link. Two live
 * responses belong together when they carry the same workplace id (section A's `workplace_id`, the
 * CVR or P-number) or are linked to the same case (a case's id is its workplace id), and groups chain
 * through either: a response linked to case 12345678 whose own id answer reads 87654321 joins both.
 * Pure: the store hands in one row per live response.
 */

/** What a live response contributes: its id answer as keyed, and the case it is linked to. */
export interface DuplicateCandidate {
  id: string;
  /** The `workplace_id` answer ('' when unanswered). */
  workplaceId: string;
  /** The case the response was started from or linked to; null when none. */
  caseId: string | null;
  /** Orders a group's responses, oldest first (ISO 8601). */
  createdAt: string;
}

/** Responses that look like one workplace keyed more than once. */
export interface DuplicateGroup {
  /** The workplace ids the group shares (usually one), ascending. */
  workplaceIds: string[];
  /** Two or more response ids, oldest first (then by id). */
  responseIds: string[];
}

/** An id as compared: spaces anywhere are not part of a CVR or P-number ("1234 5678" is 12345678). */
export function normaliseWorkplaceId(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** The groups of two or more, ordered by their first workplace id. */
export function duplicateGroups(candidates: readonly DuplicateCandidate[]): DuplicateGroup[] {
  // Union-find over workplace ids: every response joins the ids it carries.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = x; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const idsOf = (c: DuplicateCandidate): string[] => {
    const own = normaliseWorkplaceId(c.workplaceId);
    return [...new Set([own, c.caseId ?? ''].filter((id) => id !== ''))];
  };
  const carried = candidates.map((c) => ({ c, ids: idsOf(c) })).filter((x) => x.ids.length > 0);
  for (const { ids } of carried) {
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    const [first, ...rest] = ids;
    for (const id of rest) parent.set(find(id), find(first!));
  }
  const byRoot = new Map<string, { ids: Set<string>; responses: DuplicateCandidate[] }>();
  for (const { c, ids } of carried) {
    const root = find(ids[0]!);
    const group = byRoot.get(root) ?? byRoot.set(root, { ids: new Set(), responses: [] }).get(root)!;
    for (const id of ids) group.ids.add(id);
    group.responses.push(c);
  }
  const groups: DuplicateGroup[] = [];
  for (const { ids, responses } of byRoot.values()) {
    if (responses.length < 2) continue;
    responses.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    groups.push({ workplaceIds: [...ids].sort(), responseIds: responses.map((r) => r.id) });
  }
  return groups.sort((a, b) => (a.workplaceIds[0]! < b.workplaceIds[0]! ? -1 : 1));
}

/**
 * The groups that hold a response no group held before (`before`: every response id then in a
 * group): what an import has just brought. A group that only lost members is not new.
 */
export function newGroups(now: readonly DuplicateGroup[], before: ReadonlySet<string>): DuplicateGroup[] {
  return now.filter((g) => g.responseIds.some((id) => !before.has(id)));
}
