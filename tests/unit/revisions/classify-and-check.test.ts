import { describe, expect, it } from 'vitest';
import { checkTree } from '../../../renderer/src/core/revisions/check-tree';
import { classifyIncoming } from '../../../renderer/src/core/revisions/classify';
import { mergeTrees } from '../../../renderer/src/core/revisions/merge-trees';
import type { RevisionTree } from '../../../renderer/src/core/revisions/revision-tree';
import { winner } from '../../../renderer/src/core/revisions/winner';
import { bo, created, edited, merged, resolved, unwrap } from './revision-support';

const classify = (local: RevisionTree | undefined, incoming: RevisionTree) =>
  unwrap(classifyIncoming(local, incoming)).classification;

describe('classifying an incoming response against the local one', () => {
  const base = created({ a: 1 });
  const later = edited(base, { a: 2 });
  const sideways = edited(base, { a: 3 }, { actor: bo });

  it('is new when this machine has never seen it', () => expect(classify(undefined, base)).toBe('new'));
  it('fast-forwards when it continues the local history', () => expect(classify(base, later)).toBe('fast-forward'));
  it('is unchanged when this machine already has exactly it', () => expect(classify(later, later)).toBe('unchanged'));
  it('is older (ignored) when it is an ancestor of the local state', () => {
    const result = unwrap(classifyIncoming(later, base));
    expect(result.classification).toBe('older');
    expect(result.merged).toBe(later);
  });
  it('is a conflict when the histories diverged', () => expect(classify(later, sideways)).toBe('conflict'));
  it('fast-forwards a resolution of a local conflict', () => {
    const both = merged(later, sideways);
    const done = resolved(both, { answers: { a: 2 }, status: 'completed', deletedAt: null });
    expect(classify(both, done)).toBe('fast-forward');
    expect(classify(done, both)).toBe('older');
  });
});

describe('checking a tree read from a file', () => {
  const tree = edited(edited(created({ a: 1 }), { a: 2 }), { a: 3 });
  const [first, second, third] = [...tree.nodes].sort((a, b) => a.generation - b.generation);
  if (!first || !second || !third) throw new Error('fixture');

  it('accepts a tree made by newRevision', () => expect(checkTree(tree)).toBeUndefined());
  it('refuses an empty tree', () => expect(checkTree({ nodes: [], contents: [], truncated: [] })?.code).toBe('empty'));
  it('refuses a revision listed twice', () =>
    expect(checkTree({ ...tree, nodes: [...tree.nodes, first] })?.code).toBe('duplicate-revision'));
  it('refuses a parent that is neither present nor declared truncated', () => {
    const cut = { ...tree, nodes: tree.nodes.filter((node) => node !== first) };
    expect(checkTree(cut)).toEqual({ code: 'missing-parent', rev: second.rev });
    expect(checkTree({ ...cut, truncated: [first.rev] })).toBeUndefined();
    expect(checkTree({ ...tree, truncated: [first.rev] })?.code).toBe('bad-truncation');
  });
  it('refuses a cycle', () => {
    const looped = { ...tree, nodes: tree.nodes.map((node) => (node === first ? { ...node, parents: [third.rev] } : node)) };
    expect(checkTree(looped)?.code).toBe('cycle');
  });
  it('refuses a generation that does not follow from the parents', () => {
    const wrong = { ...tree, nodes: tree.nodes.map((node) => (node === second ? { ...node, generation: 5 } : node)) };
    expect(checkTree(wrong)).toEqual({ code: 'bad-generation', rev: second.rev });
  });
  it('refuses a leaf without content and content on an inner revision', () => {
    expect(checkTree({ ...tree, contents: [] })).toEqual({ code: 'leaf-without-content', rev: third.rev });
    const leaf = tree.contents[0];
    if (!leaf) throw new Error('fixture');
    expect(checkTree({ ...tree, contents: [...tree.contents, { ...leaf, rev: first.rev }] })?.code).toBe('content-not-a-leaf');
  });
  it('refuses a leaf whose content does not match its rev id', () => {
    const leaf = winner(tree);
    if (!leaf) throw new Error('fixture');
    const tampered = { ...tree, contents: [{ rev: leaf.rev, content: { ...leaf.content, answers: { a: 99 } } }] };
    expect(checkTree(tampered)).toEqual({ code: 'rev-mismatch', rev: leaf.rev });
  });
  it('refuses to merge two trees that disagree about the same rev id', () => {
    const leaf = winner(tree);
    if (!leaf) throw new Error('fixture');
    const forged = { ...tree, contents: [{ rev: leaf.rev, content: { ...leaf.content, answers: { a: 99 } } }] };
    expect(mergeTrees(tree, forged)).toEqual({ ok: false, error: { code: 'clash', rev: leaf.rev } });
  });
});
