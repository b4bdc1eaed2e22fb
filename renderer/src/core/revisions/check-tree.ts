/**
 * Checks that a revision tree read from a file is internally consistent, before it is merged with
 * anything. The checks run in a fixed order so a given defect is always reported the same way.
 */
import { canonicalText } from './canonical-text';
import { generationOf, revisionId, type RevisionTree } from './revision-tree';

/** What is wrong with a tree, and the revision concerned. */
export type TreeProblemCode =
  | 'empty'
  | 'duplicate-revision'
  | 'missing-parent'
  | 'bad-truncation'
  | 'cycle'
  | 'bad-generation'
  | 'leaf-without-content'
  | 'content-not-a-leaf'
  | 'rev-mismatch';

export interface TreeProblem {
  code: TreeProblemCode;
  rev: string;
}

function findCycle(tree: RevisionTree): string | undefined {
  const parentsOf = new Map(tree.nodes.map((node) => [node.rev, node.parents]));
  const state = new Map<string, 'open' | 'done'>();
  for (const start of parentsOf.keys()) {
    if (state.has(start)) continue;
    // Iterative depth-first search: a long history must not overflow the call stack.
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [string, number];
      const parents = parentsOf.get(top[0]) ?? [];
      const next = parents[top[1]++];
      if (next === undefined) {
        state.set(top[0], 'done');
        stack.pop();
      } else if (parentsOf.has(next)) {
        if (state.get(next) === 'open') return next;
        if (!state.has(next)) {
          state.set(next, 'open');
          stack.push([next, 0]);
        }
      }
    }
  }
  return undefined;
}

/** The first problem found in the tree, or undefined when it is consistent. */
export function checkTree(tree: RevisionTree): TreeProblem | undefined {
  if (tree.nodes.length === 0) return { code: 'empty', rev: '' };
  const nodes = new Map<string, RevisionTree['nodes'][number]>();
  for (const node of tree.nodes) {
    if (nodes.has(node.rev) || new Set(node.parents).size !== node.parents.length) {
      return { code: 'duplicate-revision', rev: node.rev };
    }
    nodes.set(node.rev, node);
  }
  const truncated = new Set(tree.truncated);
  const parents = new Set<string>();
  for (const node of tree.nodes) {
    for (const parent of node.parents) {
      if (!nodes.has(parent) && !truncated.has(parent)) return { code: 'missing-parent', rev: node.rev };
      parents.add(parent);
    }
  }
  for (const rev of tree.truncated) {
    if (nodes.has(rev) || !parents.has(rev) || Number.isNaN(generationOf(rev))) return { code: 'bad-truncation', rev };
  }
  const cycle = findCycle(tree);
  if (cycle !== undefined) return { code: 'cycle', rev: cycle };
  for (const node of tree.nodes) {
    const expected = node.parents.length === 0 ? 1 : Math.max(...node.parents.map(generationOf)) + 1;
    if (node.generation !== expected || generationOf(node.rev) !== expected) return { code: 'bad-generation', rev: node.rev };
  }
  const contents = new Map<string, RevisionTree['contents'][number]>();
  for (const leaf of tree.contents) {
    if (!nodes.has(leaf.rev) || parents.has(leaf.rev) || contents.has(leaf.rev)) {
      return { code: 'content-not-a-leaf', rev: leaf.rev };
    }
    contents.set(leaf.rev, leaf);
  }
  for (const node of tree.nodes) {
    if (parents.has(node.rev)) continue;
    const leaf = contents.get(node.rev);
    if (leaf === undefined) return { code: 'leaf-without-content', rev: node.rev };
    if (revisionId(node.generation, node.parents, leaf.content) !== node.rev) return { code: 'rev-mismatch', rev: node.rev };
  }
  return undefined;
}

/** True when two trees are the same history (same revisions, same leaf contents). */
export function sameTree(a: RevisionTree, b: RevisionTree): boolean {
  return canonicalText(a) === canonicalText(b);
}
