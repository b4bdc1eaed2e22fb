/** Small builders for revision tests: contents, edits that must succeed, merges that must succeed. */
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import type { Result } from '../../../renderer/src/core/result';
import { mergeTrees } from '../../../renderer/src/core/revisions/merge-trees';
import { newRevision, resolveConflict } from '../../../renderer/src/core/revisions/new-revision';
import type { ChosenContent, RevisionActor, RevisionContent } from '../../../renderer/src/core/revisions/revision-content';
import { EMPTY_TREE, type RevisionTree } from '../../../renderer/src/core/revisions/revision-tree';
import { winner } from '../../../renderer/src/core/revisions/winner';

/** The value of a result that must be ok; fails the test with the error otherwise. */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export const anna: RevisionActor = { id: 'anna', name: 'Anna Surveyor' };
export const bo: RevisionActor = { id: 'bo', name: 'Bo Surveyor' };
export const coordinator: RevisionActor = { id: 'coord', name: 'Cecilie Coordinator' };

/** A content with defaults: a draft, not deleted, changed at `at` by `actor`. */
export function content(
  answers: Answers,
  options: Partial<Omit<RevisionContent, 'answers'>> & { actor?: RevisionActor } = {},
): RevisionContent {
  const { actor = anna, ...rest } = options;
  return {
    answers,
    status: 'draft',
    deletedAt: null,
    updatedAt: '2025-03-01T09:00:00.000Z',
    updatedById: actor.id,
    updatedByName: actor.name,
    ...rest,
  };
}

/** A tree with one first revision. */
export function created(answers: Answers = {}, options: Parameters<typeof content>[1] = {}): RevisionTree {
  return unwrap(newRevision(EMPTY_TREE, null, content(answers, options))).tree;
}

/** The tree after an edit of its winner. */
export function edited(tree: RevisionTree, answers: Answers, options: Parameters<typeof content>[1] = {}): RevisionTree {
  const parent = winner(tree);
  if (parent === undefined) throw new Error('edited: empty tree');
  return unwrap(newRevision(tree, parent.rev, content(answers, options))).tree;
}

/** The tree after the winner is soft-deleted. */
export function deleted(tree: RevisionTree, at = '2025-03-02T10:00:00.000Z', actor = anna): RevisionTree {
  const parent = winner(tree);
  if (parent === undefined) throw new Error('deleted: empty tree');
  return unwrap(newRevision(tree, parent.rev, { ...parent.content, deletedAt: at, updatedAt: at, updatedById: actor.id, updatedByName: actor.name }))
    .tree;
}

export function merged(...trees: RevisionTree[]): RevisionTree {
  return trees.reduce((a, b) => unwrap(mergeTrees(a, b)), EMPTY_TREE);
}

export function resolved(tree: RevisionTree, chosen: ChosenContent, actor = coordinator, at = '2025-03-05T12:00:00.000Z'): RevisionTree {
  return unwrap(resolveConflict(tree, chosen, actor, at)).tree;
}
