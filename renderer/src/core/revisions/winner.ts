/**
 * Which leaf a response shows, and whether it is in conflict. Deterministic on every machine, so
 * two coordinators holding the same tree show the same values.
 */
import { isDeleted } from './revision-content';
import { compareRevs, type LeafContent, type RevisionTree } from './revision-tree';

/**
 * Orders leaves best first, as CouchDB picks its winner: a live (not deleted) leaf before a deleted
 * one, then the highest generation, then the highest rev id.
 */
export function compareLeaves(a: LeafContent, b: LeafContent): number {
  const deleted = Number(isDeleted(a.content)) - Number(isDeleted(b.content));
  if (deleted !== 0) return deleted;
  return compareRevs(b.rev, a.rev);
}

/** The leaves with their contents, winner first. */
export function leaves(tree: RevisionTree): LeafContent[] {
  return [...tree.contents].sort(compareLeaves);
}

/** The leaf the response shows (undefined for an empty tree). */
export function winner(tree: RevisionTree): LeafContent | undefined {
  let best: LeafContent | undefined;
  for (const leaf of tree.contents) if (best === undefined || compareLeaves(leaf, best) < 0) best = leaf;
  return best;
}

/**
 * The leaves other than the winner: empty unless histories diverged. Unlike CouchDB's `_conflicts`,
 * a deleted leaf counts: "deleted on one machine, edited on another" is a conflict a person must
 * see, never a silent resolution.
 */
export function conflicts(tree: RevisionTree): LeafContent[] {
  return leaves(tree).slice(1);
}

/** True when the tree has more than one leaf. */
export const isConflicted = (tree: RevisionTree): boolean => tree.contents.length > 1;
