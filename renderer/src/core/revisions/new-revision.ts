/** Making revisions: an edit of a leaf, and the resolution that closes a conflict. */
import { err, ok, type Result } from '../result';
import type { ChosenContent, RevisionActor, RevisionContent } from './revision-content';
import { generationOf, normaliseTree, revisionId, type RevisionNode, type RevisionTree } from './revision-tree';

/** Why a revision could not be made. */
export type RevisionError =
  /** A first revision (no parent) of a tree that already has revisions. */
  | { code: 'not-empty' }
  /** The parent is not in the tree. */
  | { code: 'unknown-revision'; rev: string }
  /** The parent already has a child: editing it would fork the history behind the user's back. */
  | { code: 'not-a-leaf'; rev: string }
  /** `resolveConflict` on a tree with one leaf. */
  | { code: 'no-conflict' };

/** A tree with one revision more, and that revision's id. */
export interface NewRevision {
  tree: RevisionTree;
  rev: string;
}

function addRevision(tree: RevisionTree, parents: readonly string[], content: RevisionContent): NewRevision {
  const generation = parents.length === 0 ? 1 : Math.max(...parents.map(generationOf)) + 1;
  const rev = revisionId(generation, parents, content);
  const node: RevisionNode = { rev, parents: [...parents].sort(), generation };
  const superseded = new Set(parents);
  const next = normaliseTree({
    nodes: [...tree.nodes, node],
    contents: [...tree.contents.filter((leaf) => !superseded.has(leaf.rev)), { rev, content }],
    truncated: tree.truncated,
  });
  return { tree: next, rev };
}

/**
 * Records a change: a revision whose parent is `parentRev` (null for a response's first revision).
 * The parent must be a leaf, normally the winner; editing the winner of a conflicted response keeps
 * the conflict open (the other leaf stays), it never resolves it silently.
 */
export function newRevision(
  tree: RevisionTree,
  parentRev: string | null,
  content: RevisionContent,
): Result<NewRevision, RevisionError> {
  if (parentRev === null) return tree.nodes.length === 0 ? ok(addRevision(tree, [], content)) : err({ code: 'not-empty' });
  if (!tree.nodes.some((node) => node.rev === parentRev)) return err({ code: 'unknown-revision', rev: parentRev });
  if (!tree.contents.some((leaf) => leaf.rev === parentRev)) return err({ code: 'not-a-leaf', rev: parentRev });
  return ok(addRevision(tree, [parentRev], content));
}

/**
 * Closes a conflict: a revision whose parents are ALL current leaves, holding what the person chose
 * (field by field, from any side). Every machine that later merges this revision sees the conflict
 * closed, since none of the old leaves is a leaf there any more.
 */
export function resolveConflict(
  tree: RevisionTree,
  chosen: ChosenContent,
  actor: RevisionActor,
  at: string,
): Result<NewRevision, RevisionError> {
  if (tree.contents.length < 2) return err({ code: 'no-conflict' });
  const content: RevisionContent = {
    answers: chosen.answers,
    status: chosen.status,
    deletedAt: chosen.deletedAt,
    updatedAt: at,
    updatedById: actor.id,
    updatedByName: actor.name,
  };
  return ok(addRevision(tree, tree.contents.map((leaf) => leaf.rev), content));
}
