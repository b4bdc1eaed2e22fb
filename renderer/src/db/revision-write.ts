/**
 * Every local change of a response extends its revision tree (schema 3), inside the transaction
 * that writes the response: the tree and the response cannot disagree. Revision ids are hashed
 * synchronously, so nothing but Dexie is awaited and the transaction stays open.
 */
import { EMPTY_TREE, isConflicted, newRevision, winner, type RevisionContent, type RevisionTree } from '../core/revisions';
import type { BarometerDb } from './database';
import type { RevisionRow } from './exchange-records';
import type { ResponseRecord } from './records';

/** Who made a revision. */
export interface RevisionAuthor {
  id: string;
  name: string;
}

/** The state of a stored response as revision content. */
export function contentOf(record: ResponseRecord, by: RevisionAuthor): RevisionContent {
  return {
    answers: record.answers,
    status: record.status,
    deletedAt: record.deletedAt,
    updatedAt: record.updatedAt,
    updatedById: by.id,
    updatedByName: by.name,
  };
}

/**
 * The tree of a response written before revisions existed (schema 2, or seeded rows): one first
 * revision holding its current state, attributed to its creator (the audit log says who changed what).
 */
export function firstTreeOf(record: ResponseRecord): RevisionTree {
  const made = newRevision(EMPTY_TREE, null, contentOf(record, { id: record.createdById, name: record.createdByName }));
  if (!made.ok) throw new Error('An empty tree always takes a first revision.');
  return made.value.tree;
}

/** The row to store for a tree. */
export function revisionRow(id: string, tree: RevisionTree): RevisionRow {
  return { id, tree, conflicted: isConflicted(tree) ? 1 : 0 };
}

/**
 * The revision row after `next` (the response as it is being written), a new revision on top of the
 * stored tree's winner. A response with no stored tree gets one: its first revision is `next` itself.
 */
export function extendedRevisions(stored: RevisionRow | undefined, next: ResponseRecord, by: RevisionAuthor): RevisionRow {
  const tree = stored?.tree ?? EMPTY_TREE;
  const made = newRevision(tree, winner(tree)?.rev ?? null, contentOf(next, by));
  // Only a forged tree can refuse its own winner as parent; refusing the write keeps both consistent.
  if (!made.ok) throw new Error(`The response's revision history is damaged (${made.error.code}); nothing was saved.`);
  return revisionRow(next.id, made.value.tree);
}

/** Records `next` (already written) as a new revision of its response. Call inside the writing transaction. */
export async function extendRevisions(db: BarometerDb, next: ResponseRecord, by: RevisionAuthor): Promise<void> {
  await db.revisions.put(extendedRevisions(await db.revisions.get(next.id), next, by));
}
