/**
 * A model of field work for property tests: three surveyor laptops edit, delete, restore and
 * resolve a few responses, pass their work to each other at random points, and send packages to a
 * coordinator. Beside the trees, every laptop keeps its own record of which revisions it knows
 * (an oracle that does not look at the trees), so tests can check that merging lost nothing,
 * invented nothing, and shows a conflict exactly when histories diverged.
 */
import fc from 'fast-check';
import { mergeTrees } from '../../../renderer/src/core/revisions/merge-trees';
import { newRevision, resolveConflict } from '../../../renderer/src/core/revisions/new-revision';
import type { RevisionContent } from '../../../renderer/src/core/revisions/revision-content';
import { EMPTY_TREE, type RevisionTree } from '../../../renderer/src/core/revisions/revision-tree';
import { leaves, winner } from '../../../renderer/src/core/revisions/winner';
import { unwrap } from './revision-support';

export const DEVICES = 3;
export const SLOTS = 3;

export type Action =
  | { kind: 'edit'; device: number; slot: number; value: number }
  | { kind: 'delete'; device: number; slot: number }
  | { kind: 'restore'; device: number; slot: number }
  | { kind: 'resolve'; device: number; slot: number; pick: number }
  | { kind: 'exchange'; from: number; to: number }
  | { kind: 'send'; device: number };

const device = fc.integer({ min: 0, max: DEVICES - 1 });
const slot = fc.integer({ min: 0, max: SLOTS - 1 });

/** Random actions; edits are the most common, as in the field. */
export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), device, slot, value: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, slot }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), device, slot }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resolve' as const), device, slot, pick: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('exchange' as const), from: device, to: device }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('send' as const), device }) },
);

/** What a laptop holds: a tree per response, and (oracle) the revisions it knows per response. */
export interface Laptop {
  trees: Map<string, RevisionTree>;
  known: Map<string, Set<string>>;
}

/** Field work of 10 to 80 actions (fast-check's default sizes would make most histories trivial). */
export const historyArb = fc.array(actionArb, { minLength: 10, maxLength: 80, size: 'max' });

/** Everything that happened: the laptops at the end, what they sent (in order), every revision made. */
export interface History {
  laptops: Laptop[];
  sent: { device: number; laptop: Laptop }[];
  /** Every revision made anywhere, with the parents it was made from, per response. */
  made: Map<string, Map<string, readonly string[]>>;
}

export const responseId = (s: number): string => `00000000-0000-4000-8000-${String(s).padStart(12, '0')}`;
const copy = (laptop: Laptop): Laptop => ({
  trees: new Map(laptop.trees),
  known: new Map([...laptop.known].map(([id, revs]) => [id, new Set(revs)])),
});

/** Plays the actions; each laptop ends by sending everything it has. */
export function playHistory(actions: readonly Action[]): History {
  const laptops: Laptop[] = Array.from({ length: DEVICES }, () => ({ trees: new Map(), known: new Map() }));
  const made = new Map<string, Map<string, readonly string[]>>();
  const sent: History['sent'] = [];
  let clock = 0;

  // `parents` are what the laptop edited, as the model saw it, not read back from the tree.
  const record = (laptop: Laptop, id: string, tree: RevisionTree, rev: string, parents: readonly string[]) => {
    laptop.trees.set(id, tree);
    laptop.known.set(id, new Set([...(laptop.known.get(id) ?? []), rev]));
    made.set(id, new Map([...(made.get(id) ?? []), [rev, parents]]));
  };
  const stamp = (d: number): Pick<RevisionContent, 'updatedAt' | 'updatedById' | 'updatedByName'> => ({
    updatedAt: new Date(Date.UTC(2025, 2, 1) + ++clock * 1000).toISOString(),
    updatedById: `surveyor-${d}`,
    updatedByName: `Surveyor ${d}`,
  });

  for (const action of actions) {
    if (action.kind === 'send') {
      sent.push({ device: action.device, laptop: copy(laptops[action.device] as Laptop) });
      continue;
    }
    if (action.kind === 'exchange') {
      const from = laptops[action.from] as Laptop;
      const to = laptops[action.to] as Laptop;
      for (const [id, tree] of from.trees) {
        to.trees.set(id, unwrap(mergeTrees(to.trees.get(id) ?? EMPTY_TREE, tree)));
        to.known.set(id, new Set([...(to.known.get(id) ?? []), ...(from.known.get(id) ?? [])]));
      }
      continue;
    }
    const laptop = laptops[action.device] as Laptop;
    const id = responseId(action.slot);
    const tree = laptop.trees.get(id);
    const top = tree && winner(tree);
    if (tree === undefined || top === undefined) {
      // A response is created once, by the first laptop that edits it; the others get it by exchange.
      if (action.kind !== 'edit' || made.has(id)) continue;
      const first = { answers: { q: action.value }, status: 'draft' as const, deletedAt: null, ...stamp(action.device) };
      const result = unwrap(newRevision(EMPTY_TREE, null, first));
      record(laptop, id, result.tree, result.rev, []);
      continue;
    }
    const at = stamp(action.device);
    let result;
    let parents = [top.rev];
    if (action.kind === 'resolve') {
      const sides = leaves(tree);
      if (sides.length < 2) continue;
      parents = sides.map((side) => side.rev);
      const chosen = (sides[action.pick % sides.length] ?? top).content;
      result = unwrap(resolveConflict(tree, chosen, { id: at.updatedById, name: at.updatedByName }, at.updatedAt));
    } else {
      const answers = action.kind === 'edit' ? { ...top.content.answers, q: action.value } : top.content.answers;
      const deletedAt = action.kind === 'delete' ? at.updatedAt : action.kind === 'restore' ? null : top.content.deletedAt;
      result = unwrap(newRevision(tree, top.rev, { ...top.content, ...at, answers, deletedAt }));
    }
    record(laptop, id, result.tree, result.rev, parents);
  }
  laptops.forEach((laptop, index) => sent.push({ device: index, laptop: copy(laptop) }));
  return { laptops, sent, made };
}

/**
 * The leaves the oracle expects among `known` revisions: those no known revision was made from.
 * Independent of the trees: it uses only what each edit was made from.
 */
export function expectedLeaves(made: Map<string, readonly string[]>, known: ReadonlySet<string>): string[] {
  const parents = new Set<string>();
  for (const rev of known) for (const parent of made.get(rev) ?? []) parents.add(parent);
  return [...known].filter((rev) => !parents.has(rev)).sort();
}

/** `items` in the order given by `keys` (ties by position): a random permutation fast-check can shrink. */
export function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: keys[index] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.item);
}
