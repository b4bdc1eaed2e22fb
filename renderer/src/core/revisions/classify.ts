/** How an incoming history of a response relates to the one on this machine. */
import { ok, type Result } from '../result';
import { mergeTrees, type TreeClash } from './merge-trees';
import type { RevisionTree } from './revision-tree';

/**
 * - `new`: not on this machine yet.
 * - `fast-forward`: the incoming history continues the local one (or closes its conflict); the
 *   merged tree has one leaf.
 * - `unchanged`: this machine already has exactly the incoming revisions and leaves.
 * - `older`: this machine already has every incoming revision, and has moved on from some of them.
 * - `conflict`: after merging, the response has more than one leaf; both sides are kept.
 */
export type Classification = 'new' | 'fast-forward' | 'unchanged' | 'older' | 'conflict';

/** The classification and the tree to store (for `unchanged` and `older`: the local tree itself). */
export interface Classified {
  classification: Classification;
  merged: RevisionTree;
}

/** Classifies an incoming tree against the local one (undefined when the response is not here). */
export function classifyIncoming(local: RevisionTree | undefined, incoming: RevisionTree): Result<Classified, TreeClash> {
  if (local === undefined) return ok({ classification: 'new', merged: incoming });
  const merged = mergeTrees(local, incoming);
  if (!merged.ok) return merged;
  const tree = merged.value;
  // The union contains the local tree, so equal sizes mean nothing was added.
  if (tree.nodes.length === local.nodes.length && tree.truncated.length === local.truncated.length) {
    const localLeaves = new Set(local.contents.map((leaf) => leaf.rev));
    const same = incoming.contents.every((leaf) => localLeaves.has(leaf.rev));
    return ok({ classification: same ? 'unchanged' : 'older', merged: local });
  }
  return ok({ classification: tree.contents.length > 1 ? 'conflict' : 'fast-forward', merged: tree });
}
