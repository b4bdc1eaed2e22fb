/** Revision trees of responses (CouchDB-style): make, merge, classify, check, resolve. */
export { canonicalText, withSortedKeys } from './canonical-text';
export { checkTree, sameTree, type TreeProblem, type TreeProblemCode } from './check-tree';
export { classifyIncoming, type Classification, type Classified } from './classify';
export { conflictFields, type ConflictFields } from './conflict-fields';
export { mergeTrees, type TreeClash } from './merge-trees';
export { newRevision, resolveConflict, type NewRevision, type RevisionError } from './new-revision';
export {
  REVISION_STATUSES,
  isDeleted,
  revisionContentSchema,
  type ChosenContent,
  type RevisionActor,
  type RevisionContent,
  type RevisionStatus,
} from './revision-content';
export {
  EMPTY_TREE,
  REV_PATTERN,
  compareRevs,
  generationOf,
  leafNodes,
  normaliseTree,
  revisionId,
  type LeafContent,
  type RevisionNode,
  type RevisionTree,
} from './revision-tree';
export { revisionTreeSchema } from './tree-schema';
export { compareLeaves, conflicts, isConflicted, leaves, winner } from './winner';
