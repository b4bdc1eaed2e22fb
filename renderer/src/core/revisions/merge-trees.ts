/**
 * Merging two histories of one response: the set union of their revisions. A union is commutative,
 * associative and idempotent, which is what makes the order of imports irrelevant and a re-import a
 * no-op. Contents follow the leaves of the union: a revision that was a leaf on one side and has a
 * child on the other loses its content (its successor holds the state).
 */
import { err, ok, type Result } from '../result';
import { canonicalText } from './canonical-text';
import { normaliseTree, type LeafContent, type RevisionNode, type RevisionTree } from './revision-tree';

/**
 * Two trees that cannot both be true: the same rev id with different parents or different content.
 * Rev ids are digests of parents and content, so this means forged or damaged data.
 */
export interface TreeClash {
  code: 'clash';
  rev: string;
}

function sameNode(a: RevisionNode, b: RevisionNode): boolean {
  if (a.generation !== b.generation || a.parents.length !== b.parents.length) return false;
  const theirs = [...b.parents].sort();
  return [...a.parents].sort().every((parent, index) => parent === theirs[index]);
}

/** The union of two revision trees of the same response, in canonical form. */
export function mergeTrees(a: RevisionTree, b: RevisionTree): Result<RevisionTree, TreeClash> {
  if (a === b) return ok(a);
  const nodes = new Map<string, RevisionNode>(a.nodes.map((node) => [node.rev, node]));
  for (const node of b.nodes) {
    const known = nodes.get(node.rev);
    if (known === undefined) nodes.set(node.rev, node);
    else if (!sameNode(known, node)) return err({ code: 'clash', rev: node.rev });
  }
  const contents = new Map<string, LeafContent>(a.contents.map((leaf) => [leaf.rev, leaf]));
  for (const leaf of b.contents) {
    const known = contents.get(leaf.rev);
    if (known === undefined) contents.set(leaf.rev, leaf);
    else if (known.content !== leaf.content && canonicalText(known.content) !== canonicalText(leaf.content)) {
      return err({ code: 'clash', rev: leaf.rev });
    }
  }
  const parents = new Set<string>();
  for (const node of nodes.values()) for (const parent of node.parents) parents.add(parent);
  const leafContents: LeafContent[] = [];
  for (const rev of nodes.keys()) {
    if (parents.has(rev)) continue;
    const leaf = contents.get(rev);
    // A leaf of the union is a leaf wherever it appears, so a valid input always carries its content.
    if (leaf === undefined) return err({ code: 'clash', rev });
    leafContents.push(leaf);
  }
  const truncated = new Set([...a.truncated, ...b.truncated].filter((rev) => !nodes.has(rev)));
  return ok(normaliseTree({ nodes: [...nodes.values()], contents: leafContents, truncated: [...truncated] }));
}
