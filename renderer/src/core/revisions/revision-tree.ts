/**
 * A response's history as a revision tree, as in CouchDB: every change makes a revision whose id is
 * `<generation>-<digest of its parents and content>`; two machines that make the same change from
 * the same parent make the same id, and different changes never share one.
 *
 * Design choice: the tree keeps the ANCESTRY of every revision (a few dozen bytes each) but the
 * CONTENT of the leaves only. Contents of all revisions would copy every answer at every save
 * (10,000 responses × dozens of saves × kilobytes), while the audit log already records each
 * change field by field with its old and new value. Ancestry alone is enough to merge, classify and
 * detect conflicts; a conflict's sides are leaves, so both are kept until a person resolves them.
 */
// The audit chain's synchronous SHA-256 of a text's UTF-8 (@noble/hashes).
import { sha256Hex } from '../audit/entry-hash';
import { canonicalText } from './canonical-text';
import type { RevisionContent } from './revision-content';

/** `<generation>-<32 hex digits>`: generation 1 for a first revision. */
export const REV_PATTERN = /^[1-9][0-9]{0,8}-[0-9a-f]{32}$/;

/** One revision: its id, its parents' ids (none for the first, two or more for a conflict resolution). */
export interface RevisionNode {
  readonly rev: string;
  readonly parents: readonly string[];
  /** 1 for the first revision, else one more than the highest parent's. Also the prefix of `rev`. */
  readonly generation: number;
}

/** The content of a leaf revision. */
export interface LeafContent {
  readonly rev: string;
  readonly content: RevisionContent;
}

/**
 * A revision tree as stored and exchanged. Canonical form: every array sorted by rev (parents too),
 * so equal trees are equal JSON.
 */
export interface RevisionTree {
  readonly nodes: readonly RevisionNode[];
  /** Exactly one per leaf (a revision no other revision names as parent). */
  readonly contents: readonly LeafContent[];
  /**
   * Revisions named as parents whose own nodes are deliberately not carried (a shortened history).
   * Empty in everything this version writes; a parent neither here nor among `nodes` is an error.
   */
  readonly truncated: readonly string[];
}

/** A tree with no revisions: the state before a response's first revision. */
export const EMPTY_TREE: RevisionTree = Object.freeze({ nodes: [], contents: [], truncated: [] });

/** The generation encoded in a rev id (NaN when the id is malformed). */
export function generationOf(rev: string): number {
  return REV_PATTERN.test(rev) ? Number(rev.slice(0, rev.indexOf('-'))) : Number.NaN;
}

/**
 * The id of a revision with these parents and content: `<generation>-<first 128 bits of the
 * SHA-256 of canonical JSON {parents (sorted), content}>`. Synchronous, so the store can make a
 * revision inside a database transaction (awaiting WebCrypto there would end the transaction).
 */
export function revisionId(generation: number, parents: readonly string[], content: RevisionContent): string {
  const digest = sha256Hex(canonicalText({ content, parents: [...parents].sort() }));
  return `${generation}-${digest.slice(0, 32)}`;
}

/** Compares rev ids as CouchDB does: by generation, then by the id text. */
export function compareRevs(a: string, b: string): number {
  const byGeneration = generationOf(a) - generationOf(b);
  if (byGeneration !== 0) return byGeneration;
  return a < b ? -1 : a > b ? 1 : 0;
}

const byRev = <T extends { rev: string }>(a: T, b: T): number => (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0);

/** The tree in canonical form (sorted arrays); the input is not changed. */
export function normaliseTree(tree: RevisionTree): RevisionTree {
  return {
    nodes: tree.nodes.map((node) => ({ ...node, parents: [...node.parents].sort() })).sort(byRev),
    contents: [...tree.contents].sort(byRev),
    truncated: [...tree.truncated].sort(),
  };
}

/** The revs that are parents of some revision in the tree. */
export function parentRevs(tree: RevisionTree): Set<string> {
  const parents = new Set<string>();
  for (const node of tree.nodes) for (const parent of node.parents) parents.add(parent);
  return parents;
}

/** The nodes that are leaves, i.e. no revision names them as parent. */
export function leafNodes(tree: RevisionTree): RevisionNode[] {
  const parents = parentRevs(tree);
  return tree.nodes.filter((node) => !parents.has(node.rev));
}
