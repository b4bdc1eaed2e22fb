/** What differs between the sides of a conflict: the rows of the side-by-side resolution view. */
import { canonicalText } from './canonical-text';
import type { RevisionTree } from './revision-tree';
import { leaves } from './winner';

/** The fields on which the leaves disagree. */
export interface ConflictFields {
  /** Variables whose answers differ (one side unanswered counts), in name order. */
  answers: string[];
  status: boolean;
  /** Deleted on one side, not on another. */
  deleted: boolean;
}

/** Compares the leaves of a tree field by field (nothing differs when there is one leaf). */
export function conflictFields(tree: RevisionTree): ConflictFields {
  const sides = leaves(tree).map((leaf) => leaf.content);
  const names = new Set(sides.flatMap((content) => Object.keys(content.answers)));
  const differs = (read: (content: (typeof sides)[number]) => unknown): boolean =>
    new Set(sides.map((content) => canonicalText(read(content) ?? null))).size > 1;
  return {
    answers: [...names].filter((name) => differs((content) => content.answers[name])).sort(),
    status: differs((content) => content.status),
    deleted: differs((content) => content.deletedAt !== null),
  };
}
